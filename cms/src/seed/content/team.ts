import type { TeamMemberFixture } from '../types';
import { p, i } from '../blocks';

export const team: TeamMemberFixture[] = [
  {
    slug: 'amara-osei',
    name: 'Amara Osei',
    jobTitle: 'Founding Partner',
    shortBio:
      'Amara founded Kestrel & Co after fifteen years in local government, latterly as a director of communities. She works with leadership teams on organisation development and on change that starts from listening.',
    bio: [
      p(
        'Amara began her career as a housing officer in a London borough and spent the next fifteen years in local government, moving through neighbourhood services, policy and, eventually, a director’s post responsible for communities and libraries. She set up Kestrel & Co because she kept meeting consultants who arrived with the answer already in their bags.',
      ),
      p(
        'Her work now centres on organisation development for leadership teams in councils, health bodies and charities: diagnosing what is really going on, making it speakable, and helping people change the everyday habits that shape how decisions get made. She is at her best in the difficult middle of a piece of work, when the first theory has fallen apart and the real one is emerging.',
      ),
      p(
        'Outside work, Amara is a trustee of a small community arts charity, a slow but determined open-water swimmer and an enthusiastic, if unreliable, grower of tomatoes.',
      ),
    ],
    linkedinUrl: 'https://www.linkedin.com/in/amara-osei-example',
    expertise: ['organisation-development', 'leadership-in-public-service'],
    sortOrder: 10,
    photo: {
      key: 'portrait-amara-osei',
      alt: 'Illustrated placeholder portrait of Amara Osei: a deep teal silhouette on a cream background',
      motif: 'portrait',
      palette: ['#12343b', '#c8963e', '#f3ead8'],
      seed: 501,
      initials: 'AO',
    },
  },
  {
    slug: 'rhys-pritchard',
    name: 'Rhys Pritchard',
    jobTitle: 'Partner, Collaboration and Systems',
    shortBio:
      'Rhys helps partnerships between councils, health bodies and charities achieve more together than they could apart. Before Kestrel he spent a decade in NHS commissioning and ran a rural community transport charity.',
    bio: [
      p(
        'Rhys grew up in mid Wales and started his working life driving minibuses for a community transport scheme, which he later ran as chief executive. He moved into health commissioning, where he spent ten years trying to make hospital, community and social care services fit together around the people who used them.',
      ),
      p(
        'At Kestrel & Co he leads our work with multi-agency partnerships and place-based programmes. He is particularly interested in what happens ',
        i('between'),
        ' meetings: the phone calls, favours and small acts of trust that let people in different organisations act as one team.',
      ),
      p(
        'Rhys chairs a local food partnership, sings (loudly) in a community choir and is still quietly proud of his minibus licence.',
      ),
    ],
    linkedinUrl: 'https://www.linkedin.com/in/rhys-pritchard-example',
    expertise: ['collaboration-across-boundaries', 'leadership-in-public-service'],
    sortOrder: 20,
    photo: {
      key: 'portrait-rhys-pritchard',
      alt: 'Illustrated placeholder portrait of Rhys Pritchard: an ink-blue silhouette on a cream background',
      motif: 'portrait',
      palette: ['#1d2b4f', '#9caf88', '#f4efe4'],
      seed: 502,
      initials: 'RP',
    },
  },
  {
    slug: 'priya-raman',
    name: 'Priya Raman',
    jobTitle: 'Service Design Lead',
    shortBio:
      'Priya leads our service design work, with a soft spot for services that run around the clock. She trained as an architect, then spent eight years designing digital and face-to-face services with central government teams.',
    bio: [
      p(
        'Priya trained as an architect in Leicester and spent her early career designing libraries and health centres, before realising that the buildings mattered less than what happened inside them. She moved into service design and spent eight years working with central government teams on benefits, licensing and justice services.',
      ),
      p(
        'Her research practice is deliberately unglamorous: sitting with call handlers, shadowing night shifts, and drawing services as the people who run them actually experience them. She believes a service should be tested against its hardest hour, not its easiest, and that the people on the front line usually know exactly where the problem is.',
      ),
      p(
        'Priya mentors early-career designers, sketches compulsively in meetings and is working her way, slowly, through every walk in the Peak District.',
      ),
    ],
    linkedinUrl: 'https://www.linkedin.com/in/priya-raman-example',
    expertise: ['service-design-and-delivery', 'learning-and-evaluation'],
    sortOrder: 30,
    photo: {
      key: 'portrait-priya-raman',
      alt: 'Illustrated placeholder portrait of Priya Raman: a slate silhouette on a cream background',
      motif: 'portrait',
      palette: ['#2f3e46', '#b5654a', '#e8dcc4'],
      seed: 503,
      initials: 'PR',
    },
  },
  {
    slug: 'callum-mcleod',
    name: 'Callum McLeod',
    jobTitle: 'Head of Learning and Evaluation',
    shortBio:
      'Callum helps teams learn from their own work while it is still happening. A former researcher at a Scottish housing association and a policy evaluator in central government, he thinks evaluation should be useful first and rigorous always.',
    bio: [
      p(
        'Callum started out as a researcher at a housing association in Glasgow, interviewing tenants about repairs, rent arrears and what made a flat feel like home. He then spent seven years as an evaluator in central government, where he learned how to design a robust study and, more importantly, how easily a robust study can be ignored.',
      ),
      p(
        'At Kestrel & Co he leads our learning and evaluation work. He helps charities, councils and health bodies ask sharper questions, run short learning cycles and report honestly on what did not work, in a way that funders and boards can actually use.',
      ),
      p(
        'Callum is a keen hill runner, a patient teacher of spreadsheet formulas and the office’s self-appointed guardian of plain English.',
      ),
    ],
    linkedinUrl: 'https://www.linkedin.com/in/callum-mcleod-example',
    expertise: ['learning-and-evaluation', 'collaboration-across-boundaries'],
    sortOrder: 40,
    photo: {
      key: 'portrait-callum-mcleod',
      alt: 'Illustrated placeholder portrait of Callum McLeod: a moss-green silhouette on a cream background',
      motif: 'portrait',
      palette: ['#2e3b2c', '#a7894a', '#efe6d2'],
      seed: 504,
      initials: 'CM',
    },
  },
  {
    slug: 'hannah-wojcik',
    name: 'Hannah Wójcik',
    jobTitle: 'Associate Director, Teams and Leadership',
    shortBio:
      'Hannah designs leadership programmes and team development for people in public service. Previously head of learning at a national charity, she is an accredited coach and is wary of anything that only works on an away day.',
    bio: [
      p(
        'Hannah’s parents came to Nottingham from Kraków in the 1980s, and she grew up translating for them at the GP, the bank and the council offices, which she credits with a lifelong interest in how public services feel from the other side of the counter.',
      ),
      p(
        'She spent a decade in the voluntary sector, most recently as head of learning at a national charity, where she built a leadership programme for frontline managers that is still running. At Kestrel & Co she works with teams that are new, stretched or changing, and with leaders who want to get better at the everyday parts of the job: running a good meeting, having a hard conversation, and deciding what not to do.',
      ),
      p(
        'Hannah is an accredited coach, a reluctant but improving cyclist and a fierce defender of the ninety-minute meeting.',
      ),
    ],
    linkedinUrl: 'https://www.linkedin.com/in/hannah-wojcik-example',
    expertise: ['leadership-in-public-service', 'organisation-development'],
    sortOrder: 50,
    photo: {
      key: 'portrait-hannah-wojcik',
      alt: 'Illustrated placeholder portrait of Hannah Wójcik: a deep plum silhouette on a cream background',
      motif: 'portrait',
      palette: ['#2b2440', '#c07a5a', '#f2e8dc'],
      seed: 505,
      initials: 'HW',
    },
  },
];
