import type { ArticleFixture } from '../types';
import { p, h2, h3, quote, code, ul, ol, img, b, i, a } from '../blocks';

const teamCharterTemplate = `TEAM CHARTER: [team name]                 Last reviewed: [date]

1. Why we exist
   In one or two sentences: who is better off because this team exists?

2. What we are working on this quarter
   -
   -
   -

3. How we decide
   Decisions we make together:
   Decisions one person can make, then tell the rest of us:
   Decisions we escalate, and to whom:

4. How we talk to each other
   Where we share work in progress:
   How quickly we expect replies (and when we don't):
   How we raise a disagreement:

5. What we need from others
   From our manager:
   From partner teams:

6. When we will look at this again
   Date:                 Who will bring it:`;

const learningPlan = `# Learning plan: family support pilot
# Reviewed monthly at the team meeting. Anyone can propose a change.

questions:
  - id: Q1
    ask: >
      For families referred between April and September, what happened
      in the twelve weeks after their first visit?
    asked_by: commissioning team
    evidence:
      - case notes (sample of 30, anonymised)
      - short follow-up call with each family who agrees
    decision: whether to extend the visiting period from 8 to 12 weeks
    needed_by: January board

  - id: Q2
    ask: >
      What do families say made the difference, or got in the way?
    asked_by: parents' advisory group
    evidence:
      - two listening sessions run by the advisory group
    decision: what we change in the first-visit conversation
    needed_by: December

  - id: Q3
    ask: >
      Where do referrals still bounce between services, and why?
    asked_by: frontline key workers
    evidence:
      - referral log, flagged by staff as it happens
    decision: which handoffs to redesign first with partners
    needed_by: rolling, reviewed each month`;

const boardAgenda = `# Partnership Board: [date]
**90 minutes · Chair: [name] · Notes: [name]**

Pre-read (sent one week ahead; not discussed unless someone flags it):
- Written updates from each organisation (half a page each)
- Progress on joint actions from the last meeting

## 1. A story from practice (15 min)
One recent case, anonymised, told by someone who worked on it.
What helped? Where did it get stuck between us?

## 2. Shared problem (45 min)
This month: [e.g. leaving hospital with no fixed address]
- What does each of us see from where we sit?
- What could we try before the next meeting?
- Who will own it, jointly?

## 3. Decisions needed (15 min)
Only items with a clear proposal and a named owner.

## 4. Between now and next time (10 min)
Who needs to talk to whom? Who is missing from this table?

## 5. Check-out (5 min)
One word each on how the meeting felt.`;

export const articles: ArticleFixture[] = [
  {
    slug: 'listening-before-fixing',
    title: 'Listening before fixing: what the first ninety days of a change brief are for',
    excerpt:
      'Most change briefs arrive with the answer already written in. We have learned to spend the first weeks finding out what the question really is, and that this is the fastest route to lasting change, not the slowest.',
    authors: ['amara-osei'],
    topics: ['organisation-development', 'leadership-in-public-service'],
    related: ['team-charter-people-actually-use', 'why-we-stopped-writing-recommendations'],
    featured: true,
    publishedDaysAgo: 6,
    cover: {
      key: 'cover-listening-before-fixing',
      alt: 'Abstract illustration: an ochre sun low over deep teal hills beneath a pale cream sky',
      caption: 'The first weeks are for looking at the whole horizon, not just the nearest problem.',
      motif: 'horizon',
      palette: ['#12343b', '#c8963e', '#f3ead8'],
      seed: 101,
    },
    images: [
      {
        key: 'listening-before-fixing-rhythm',
        alt: 'Abstract illustration: a row of sage, ochre and cream arches of different heights on an ink-blue ground',
        caption: 'Four phases: listen widely, play back, choose where to push, then experiment.',
        motif: 'arches',
        palette: ['#1d2b4f', '#9caf88', '#c8963e', '#f4efe4'],
        seed: 102,
      },
    ],
    body: [
      p(
        'Almost every brief we receive contains a diagnosis. Sometimes it is stated plainly (',
        i('the structure is wrong'),
        ', ',
        i('the culture is siloed'),
        ', ',
        i('people need better leadership'),
        ') and sometimes it hides in the choice of words: a request for a restructure is already a theory of what is broken. We take those diagnoses seriously. They are usually written by people who care and who have been close to the problem for a long time. But we have learned not to start from them.',
      ),
      h2('Why the first diagnosis is rarely the whole story'),
      p(
        'An organisation that asks for help has normally tried the obvious things already. The leadership team has held an away day; someone has redrawn the organisation chart; a values statement has been written and laminated. When those efforts do not stick, it is tempting to conclude that they were not done hard enough. More often, they were aimed at the part of the problem that was easiest to see from the top.',
      ),
      p(
        'In a district council we worked with last year, the brief was to fix ',
        i('slow decision-making'),
        '. Forty conversations later, the picture looked different. Decisions were being made quickly; they were simply being made twice, once in the formal meeting and again in the corridor afterwards, because nobody felt safe disagreeing in the room. A restructure would have left that pattern entirely untouched.',
      ),
      h2('What we actually do in the first ninety days'),
      p('The details vary, but most of our early work follows the same rhythm.'),
      ol(
        [
          b('Weeks one to three: wide, light listening.'),
          ' Short conversations with as many people as we can reach, across grades and sites, including those who are rarely asked. We use the same five open questions each time, so that patterns have a chance to surface.',
        ],
        [
          b('Weeks four to six: playing it back.'),
          ' We share what we heard, anonymised and in people’s own words, first with the sponsor and then with everyone who took part. This is the moment people decide whether to trust the process.',
        ],
        [
          b('Weeks seven to ten: choosing where to push.'),
          ' With a small group drawn from across the organisation, we pick two or three places where a change would be felt quickly and would teach us something.',
        ],
        [
          b('Weeks eleven to thirteen: first experiments.'),
          ' Small, reversible changes, each with a clear owner and a date to look at what happened.',
        ],
      ),
      img('listening-before-fixing-rhythm'),
      p(
        'None of this is novel. What makes it work is discipline: resisting the urge to propose solutions in week two, even when the sponsor is impatient, and even when we think we can already see the answer.',
      ),
      h2('Playing back is an intervention in itself'),
      p(
        'We used to treat the play-back as a report. We now treat it as the first real piece of change. When a frontline officer hears their own frustration read aloud in front of the chief executive, without attribution and without it being explained away, something shifts. People notice that the organisation is capable of hearing itself.',
      ),
      quote('The most useful thing you did was tell us what we already knew, in a room where we couldn’t pretend we didn’t.'),
      p(
        'That line came from a head of service at the end of one play-back session. It is not especially flattering to us, and it was not meant to be. The knowledge was already in the building. Our job was to make it speakable.',
      ),
      h2('When the sponsor wants answers now'),
      p(
        'There is always pressure to move faster. Budgets are annual, boards meet monthly, and ninety days can look like an indulgence. We respond in three ways. First, we share something useful early, usually an interim note at week three that names emerging themes without overclaiming. Second, we are explicit about the cost of a wrong start: a restructure that misses the real problem can take two years to undo. Third, we invite the sponsor to join some of the listening themselves. Nothing builds patience like hearing it first-hand.',
      ),
      p(
        'If you are about to commission work like this, our ',
        a('https://example.org/kestrel/commissioning-checklist', 'short commissioning checklist'),
        ' sets out the questions we would want you to ask us, or anyone else, before you sign.',
      ),
      h2('What changes as a result'),
      p(
        'The product of a good listening phase is not a document. It is a ',
        b('shared account of the problem'),
        ' that people across the organisation recognise as true. From there, solutions tend to arrive faster and meet less resistance, because they answer a question people already feel. The ninety days are not a delay before the real work. They are the real work, done in the right order.',
      ),
    ],
    seo: {
      metaTitle: 'Listening before fixing: the first ninety days of change',
      metaDescription:
        'Why we spend the first weeks of an organisation development brief listening widely and playing back what we hear, before anyone proposes a fix.',
    },
  },
  {
    slug: 'team-charter-people-actually-use',
    title: 'A team charter people actually use',
    excerpt:
      'Team charters have a reputation for ending up in a folder nobody opens. They needn’t. A short, honest charter, written together and revisited often, is one of the cheapest tools for a team that is new, stretched or changing.',
    authors: ['hannah-wojcik', 'amara-osei'],
    topics: ['organisation-development', 'collaboration-across-boundaries'],
    related: ['partnerships-are-made-between-meetings'],
    featured: false,
    publishedDaysAgo: 19,
    cover: {
      key: 'cover-team-charter',
      alt: 'Abstract illustration: a neat grid of cream and sage squares on an ink-blue ground, with a few squares picked out in ochre',
      motif: 'grid',
      palette: ['#1d2b4f', '#9caf88', '#c8963e', '#f4efe4'],
      seed: 111,
    },
    body: [
      p(
        'Ask a public sector team whether it has a charter and you will often get a wry smile. Someone wrote one during the last restructure, it was presented at an away day, and it now lives in a folder nobody can find. Yet when we ask the same team how decisions get made, who picks up the phone when a partner calls, or what happens when two colleagues disagree, the answers are hesitant and often contradictory.',
      ),
      p(
        'That gap is exactly what a charter is for. Done well, it is not a statement of values. It is a short, practical agreement about how ',
        i('this particular group of people'),
        ' will work together for the next few months.',
      ),
      h2('Why most charters gather dust'),
      ul(
        [
          b('They are written for someone else.'),
          ' A charter drafted to reassure a senior leader reads very differently from one drafted by the people who will live with it.',
        ],
        [
          b('They are too abstract.'),
          ' “We value respect and openness” is hard to disagree with and impossible to act on.',
        ],
        [
          b('They are never revisited.'),
          ' People join and leave, priorities shift. A charter that is not reviewed stops being true within a season.',
        ],
      ),
      h2('A template that fits on one page'),
      p(
        'This is the template we use most often. We keep it in plain text on purpose, so that it can sit at the top of a shared document, be pasted into a team channel, or be printed and pinned to a wall.',
      ),
      code(teamCharterTemplate, 'text'),
      p(
        'Every heading is a question with a concrete answer. The section teams find hardest is ',
        b('How we decide'),
        ', and it is usually the most valuable. Simply separating decisions made together from decisions one person can take and then report back removes a surprising amount of friction.',
      ),
      h3('How to write it together'),
      ol(
        'Give everyone the template a week ahead and ask them to jot down their own answers privately.',
        'Meet for ninety minutes. Go section by section, reading out individual answers before discussing them, so that quieter voices are heard first.',
        'Where you disagree, write the disagreement down rather than papering over it. “We haven’t agreed this yet” is an honest entry.',
        'Ask one person to tidy the draft and share it within two days, while the conversation is still fresh.',
        'Set a review date before anyone leaves the room.',
      ),
      h2('Keeping it alive'),
      p(
        'The review date matters more than the first draft. We suggest teams look at their charter every quarter, and whenever someone joins or leaves. A new colleague reading the charter in their first week, and being asked what they would change, is one of the quickest ways we know to help someone feel part of a team rather than a guest in it.',
      ),
      p(
        'Charters work across organisational boundaries too. Several of the multi-agency teams we support use a version of the same template with an extra section on what each partner has agreed to contribute. It makes implicit expectations visible, which is half the battle in any partnership. There is more on that in our piece on ',
        a('/insights/partnerships-are-made-between-meetings', 'the space between partnership meetings'),
        '.',
      ),
      p(
        'Finally, a charter is only as good as the behaviour around it. If a team agrees to raise disagreements openly and the manager then bristles when someone does, the charter becomes a small monument to cynicism. The document is the easy part. Keeping to it is the real work, and that starts with whoever holds the most power in the room.',
      ),
    ],
  },
  {
    slug: 'partnerships-are-made-between-meetings',
    title: 'Partnerships are made in the gaps between meetings',
    excerpt:
      'Multi-agency partnerships live or die in the phone calls, corridor chats and follow-up notes that never appear in the minutes. Here is what we have learned about tending that in-between space on purpose.',
    authors: ['rhys-pritchard'],
    topics: ['collaboration-across-boundaries', 'leadership-in-public-service'],
    related: ['the-agenda-that-changed-a-partnership-board'],
    featured: false,
    publishedDaysAgo: 33,
    cover: {
      key: 'cover-partnerships-between-meetings',
      alt: 'Abstract illustration: fine clay and cream threads weaving across a dark slate ground',
      motif: 'threads',
      palette: ['#2f3e46', '#b5654a', '#e8dcc4'],
      seed: 121,
    },
    body: [
      p(
        'Anyone who has sat on a partnership board knows the feeling. The meeting goes well: the papers have been read, the actions are agreed, the tone is warm. Then nothing much happens for six weeks, and at the next meeting everyone reports, a little sheepishly, that progress has been slower than hoped.',
      ),
      p(
        'It is easy to blame this on workload, and workload is real. But in our experience the bigger problem is that partnerships put nearly all their design effort into the meeting itself and almost none into the time between meetings, which is where the actual work of collaboration happens.',
      ),
      h2('The meeting is the tip of the iceberg'),
      p(
        'When we map how a partnership really operates, we ask people to tell us about the last time something moved. The answers are rarely about board meetings. They are about a housing officer ringing a GP practice manager she had met on a training day; about two commissioners who started walking to the station together on Thursdays; about a charity chief executive who sent a one-paragraph note to a council director saying, plainly, ',
        i('this is what is getting in our way'),
        '.',
      ),
      p(
        'Those moments share three features. They are ',
        b('small'),
        ', they happen ',
        b('between people rather than organisations'),
        ', and they depend on someone having permission to act without waiting for the next formal decision point.',
      ),
      h2('Designing the in-between on purpose'),
      p('You cannot schedule trust, but you can make it more likely. These are the practices we see working most often.'),
      ul(
        [
          b('Named pairs across organisations.'),
          ' Each board action gets two owners from different bodies, not one. They are expected to speak before the next meeting, and the chair asks how that went.',
        ],
        [
          b('A standing fortnightly half-hour.'),
          ' Open to anyone working on the partnership’s priorities, with no papers and no minutes. It is where small problems get mentioned before they become big ones.',
        ],
        [
          b('Delegated permission, written down.'),
          ' A short note from each organisation’s leadership saying what its people can agree to without going back for sign-off. Most people are surprised by how much that turns out to be.',
        ],
        [
          b('Visits, not presentations.'),
          ' A morning spent in a partner’s front office teaches more than any slide deck.',
        ],
      ),
      h3('What the chair can do'),
      p(
        'The chair has more influence over the in-between than anyone. The simplest change we suggest is to end every meeting with one question, ',
        i('who needs to talk to whom before we next meet?'),
        ', and to open the next one by asking whether those conversations happened. It takes five minutes, and it changes what people think the meeting is for.',
      ),
      h3('What everyone else can do'),
      p(
        'For members, the discipline is to treat partners as colleagues rather than counterparts. That sounds obvious. In practice it means phoning before you email, sharing drafts before they are finished, and saying early when your own organisation is about to make a decision that will land on someone else’s desk.',
      ),
      quote('We spent two years agreeing a strategy in the meeting. We delivered most of it in the six months after we started having coffee.'),
      p(
        'That was a director of public health, reflecting on a place-based partnership we supported. She was exaggerating a little for effect, but only a little.',
      ),
      h2('A caution about informality'),
      p(
        'Informal routes can exclude people as easily as they include them. If the real decisions happen over coffee, the small charity whose chief executive works part-time, or the community representative who is not on anyone’s email list, can be quietly shut out. Good partnerships make the in-between visible: a short shared note of who has spoken to whom, open invitations rather than closed circles, and a habit of asking who is missing.',
      ),
      p(
        'If you want to see how this plays out in a formal setting, we have written about ',
        a('/insights/the-agenda-that-changed-a-partnership-board', 'redesigning a board agenda'),
        ' so that the meeting supports the work between meetings rather than trying to replace it.',
      ),
    ],
    seo: {
      metaTitle: 'Partnerships are made in the gaps between meetings',
      metaDescription:
        'Practical ways for councils, health bodies and charities to design the time between partnership meetings, where most collaboration really happens.',
    },
  },
  {
    slug: 'what-a-good-evaluation-question-sounds-like',
    title: 'What a good evaluation question sounds like',
    excerpt:
      'Evaluations often disappoint because they answer questions nobody was really asking. A little time spent sharpening the question saves months of collecting the wrong evidence.',
    authors: ['callum-mcleod'],
    topics: ['learning-and-evaluation'],
    related: ['small-tests-honest-reports'],
    featured: false,
    publishedDaysAgo: 47,
    cover: {
      key: 'cover-good-evaluation-question',
      alt: 'Abstract illustration: concentric ochre and cream rings spreading out from a small point on a moss-green ground',
      motif: 'rings',
      palette: ['#2e3b2c', '#a7894a', '#efe6d2'],
      seed: 131,
    },
    body: [
      p(
        'Most of the evaluations we are asked to review fail in the same quiet way. The methods are sound, the data is carefully gathered, the report is thorough, and when it lands nobody changes what they do. Look back to the start and you will usually find the cause: the evaluation question was too broad, too abstract, or written to satisfy a funder rather than to help the people running the work.',
      ),
      h2('Three tests for a useful question'),
      p('Before we agree to evaluate anything, we put the draft questions through three tests.'),
      ol(
        [
          b('Would anyone act differently depending on the answer?'),
          ' If the programme will carry on unchanged whatever we find, the question is decorative.',
        ],
        [
          b('Would the people doing the work recognise it?'),
          ' A question written in the language of the logic model rather than the language of the front line will produce findings the front line does not trust.',
        ],
        [
          b('Can it be answered in time?'),
          ' A beautifully designed three-year study is no help to a team making a decision next spring.',
        ],
      ),
      h2('From vague to useful'),
      p('Here is how a couple of typical questions change when they go through those tests.'),
      ul(
        [i('Before:'), ' “Has the programme improved outcomes for families?”'],
        [
          i('After:'),
          ' “For families referred in the first six months, what happened in the twelve weeks after their first visit, and what do they say made the difference?”',
        ],
        [i('Before:'), ' “Is the new partnership working?”'],
        [
          i('After:'),
          ' “Which cases are now resolved without a second referral, that would previously have bounced between services, and what made that possible?”',
        ],
      ),
      p(
        'The revised versions are longer, but they are far easier to answer. Each names a group of people, a period of time and something you could actually observe. They also leave room for the unexpected: the ',
        i('what made the difference'),
        ' clause invites explanations the programme’s designers did not anticipate.',
      ),
      h2('Writing it down as a learning plan'),
      p(
        'We keep the questions, and what we intend to do with the answers, in a short plain-text learning plan that sits alongside the project’s other documents. It is deliberately simple enough for anyone on the team to edit.',
      ),
      code(learningPlan, 'yaml'),
      p(
        'The field that matters most is ',
        b('decision'),
        '. If we cannot fill it in, we go back and ask whether the question is worth answering at all. The ',
        b('needed_by'),
        ' field comes a close second: it forces an honest conversation about what evidence is achievable before the decision gets made anyway.',
      ),
      h2('Who gets to ask'),
      p(
        'Finally, a question about power. Evaluation questions are usually written by commissioners and funders, and that shapes what counts as evidence. We now include at least one question in every plan that comes directly from people who use the service, and another from frontline staff. In the plan above, Q2 and Q3 came from exactly those places, and they turned out to be the most illuminating, because they came from people who live with the work every day.',
      ),
      p(
        'None of this replaces good method, and the government’s own ',
        a('https://www.gov.uk/government/publications/the-magenta-book', 'guidance on evaluation'),
        ' remains a sound reference for design. But method follows the question. Get the question right, and a modest evaluation will often teach you more than an ambitious one aimed at the wrong target.',
      ),
    ],
  },
  {
    slug: 'designing-with-the-night-shift',
    title: 'Designing a service with the people who run it at 3am',
    excerpt:
      'Service design workshops tend to happen at ten in the morning with whoever can get away from their desk. The people who understand a round-the-clock service best are often the ones on shift when everyone else has gone home.',
    authors: ['priya-raman'],
    topics: ['service-design-and-delivery', 'organisation-development'],
    related: ['small-tests-honest-reports'],
    featured: false,
    publishedDaysAgo: 62,
    cover: {
      key: 'cover-designing-with-the-night-shift',
      alt: 'Abstract illustration: a sage sun over dark ink-blue hills beneath a pale cream sky',
      motif: 'horizon',
      palette: ['#141d33', '#5f8a7c', '#f6f1e7'],
      seed: 141,
    },
    images: [
      {
        key: 'night-shift-service-map',
        alt: 'Abstract illustration: clay and cream threads crossing and looping back on themselves over a dark ink-blue field, suggesting a route that doubles back',
        caption: 'The night-time route through the service looped back on itself far more often than the daytime map suggested.',
        motif: 'threads',
        palette: ['#1d2b4f', '#b5654a', '#f3ead8'],
        seed: 142,
      },
    ],
    body: [
      p(
        'A few years ago we were asked to help redesign the out-of-hours route into an urgent mental health service. The daytime design sessions were lively and well attended: managers, commissioners, clinical leads and a handful of people with lived experience. The maps on the wall were detailed. They were also, we discovered, substantially wrong about what happened after midnight.',
      ),
      h2('The service nobody draws'),
      p(
        'Most public services run differently at night. Staffing thins out, the senior decision-maker is on call rather than in the building, and the informal workarounds that keep things moving during the day, such as a quick word with a colleague or a call to a familiar number, are simply not available. The night shift develops its own practices, often ingenious and rarely written down.',
      ),
      p(
        'When we finally ran sessions at two and three in the morning, in the staff room, with tea and toast, the call handlers and nurses described a service the daytime map did not show. A referral that took twenty minutes in the afternoon could take three hours at night, not because anyone was slow, but because one step depended on a person who only worked office hours.',
      ),
      img('night-shift-service-map'),
      h2('How we run sessions out of hours'),
      p('Meeting people where they work is not only a courtesy; it changes what you learn. A few things we now always do:'),
      ul(
        [
          b('Go to them.'),
          ' Sessions happen on site, during the shift, in short bursts between calls. We bring the materials and fit around the work, not the other way round.',
        ],
        [
          b('Keep it physical.'),
          ' A large printed map and a pack of sticky notes works better at 3am than a digital whiteboard on a shared laptop.',
        ],
        [b('Pay for the time.'), ' Where people join on a rest day, their time is paid and recognised. Goodwill is not a research budget.'],
        [
          b('Bring the findings back.'),
          ' We return on a later night shift to show what changed as a result. If nothing changed, we explain why.',
        ],
      ),
      h3('Designing for the hardest hour'),
      p(
        'One principle from this work now shapes everything we design. Test a service against its ',
        i('hardest hour'),
        ': the time when it has least capacity and most uncertainty. A service that works at 3am on a bank holiday Sunday will almost certainly work on a Tuesday afternoon. The reverse is rarely true.',
      ),
      p(
        'In practice, the redesigned route removed the step that depended on a daytime role and gave the senior nurse on shift the authority to make that decision directly. It was a small change on paper, and it took careful work with clinical governance colleagues to make it safe. Within the first quarter it had cut night-time waits by more than half.',
      ),
      h2('What this asks of leaders'),
      p(
        'None of this is possible without leaders who are willing to trust people at the edges of the organisation with real decisions. The night shift had known about the delay for years. What they lacked was not insight but a route for their insight to reach someone who could change the rules.',
      ),
      p(
        'If you run a round-the-clock service, try one thing this month: ask your night team to draw the service as they experience it, and put their drawing next to the version on your wall. The gaps between the two are where your next improvement lives. We share more about the practicalities in our ',
        a('https://example.org/kestrel/guides/research-with-shift-workers', 'short guide to research with shift workers'),
        '.',
      ),
    ],
  },
  {
    slug: 'leading-when-the-money-is-shrinking',
    title: 'Leading when the money is shrinking: honesty as a daily practice',
    excerpt:
      'Budget reductions test leaders less on their strategy than on their candour. What we have seen work is not heroic messaging but a steady habit of saying what you know, what you don’t, and when you will know more.',
    authors: ['amara-osei', 'rhys-pritchard'],
    topics: ['leadership-in-public-service', 'organisation-development'],
    related: ['listening-before-fixing'],
    featured: false,
    publishedDaysAgo: 84,
    cover: {
      key: 'cover-leading-when-money-shrinks',
      alt: 'Abstract illustration: a cairn of smooth clay, sand and cream stones on a dark slate ground',
      motif: 'stones',
      palette: ['#2f3e46', '#b5654a', '#d9c9a3', '#f6f1e7'],
      seed: 151,
    },
    body: [
      p(
        'Many of the leaders we work with are in their third or fourth consecutive year of reductions. They know the technical side well: the savings plans, the consultation timelines, the options appraisals. What wears them down is something else, the sense of having to perform a confidence they do not feel in front of teams who can read the numbers as clearly as they can.',
      ),
      h2('People can cope with bad news; they struggle with no news'),
      p(
        'In almost every organisation we have supported through cuts, staff told us the same thing: the uncertainty was harder than the eventual decision. Silence gets filled with rumour, and rumour is almost always worse than the truth. Leaders often hold back because they do not want to worry people before anything is certain. The intention is kind. The effect is usually the opposite.',
      ),
      p(
        'The alternative is not to share everything the moment it crosses your desk. It is to adopt a simple, repeatable rhythm of honesty. We encourage leaders to build every update around three statements:',
      ),
      ul(
        [b('What we know.'), ' The facts that are settled, stated plainly.'],
        [b('What we don’t know yet.'), ' The open questions, without pretending they are closed.'],
        [
          b('When we will know more.'),
          ' A date, even an approximate one, and a promise to come back on that date whether or not there is news.',
        ],
      ),
      p(
        'The third statement does most of the work. It turns an open-ended wait into a bounded one, and it gives people a reason to trust the next update.',
      ),
      h2('Protecting what matters most'),
      p(
        'Cuts force choices about what to stop. Leaders who come through well tend to be explicit about what they are protecting and why, rather than spreading reductions thinly across everything. Salami-slicing feels fairer, but it often leaves every service a little worse and none of them clearly viable.',
      ),
      p('The chief officer of a regional charity we worked with put it well when she explained to her staff why two programmes were closing:'),
      quote(
        'I would rather do four things properly than six things badly, and I would rather tell you that now than let you find out by watching it happen.',
      ),
      p(
        'It was a hard meeting. Yet staff turnover over the following year was lower than in the year before, and several people told us that it was the clarity, not the decision, that made them stay.',
      ),
      h2('Looking after the people delivering the news'),
      p(
        'Middle managers carry a disproportionate share of the emotional load during reductions. They are asked to explain decisions they did not make, often to people they recruited and care about. They need more than a briefing pack. They need time with senior leaders to ask awkward questions in private, permission to say ',
        i('I don’t know'),
        ', and somewhere to take their own worries.',
      ),
      p(
        'We often set up small peer groups of four or five managers from different parts of the organisation, meeting for an hour each fortnight while the change is under way. Nobody fixes anything in those groups. But people leave them steadier, and it shows in how they lead their own teams.',
      ),
      h2('Honesty is a practice, not a policy'),
      p(
        'None of this is solved by a communications plan. It is a set of small habits, repeated under pressure: naming uncertainty, keeping to dates, admitting mistakes quickly. Leaders who practise them do not avoid hard decisions. They make those decisions survivable.',
      ),
      p(
        'For something practical to start with, our one-page ',
        a('https://example.org/kestrel/resources/honest-update-template', 'honest update template'),
        ' turns the three statements above into a weekly note. Several of the teams we work with now use it, and at least one leadership team reads theirs aloud at the start of every all-staff call.',
      ),
    ],
  },
  {
    slug: 'the-agenda-that-changed-a-partnership-board',
    title: 'The agenda that changed a partnership board',
    excerpt:
      'A multi-agency board was meeting faithfully every month and achieving very little. We didn’t change its membership or its terms of reference. We changed the agenda, and with it what the meeting assumed it was for.',
    authors: ['rhys-pritchard', 'callum-mcleod'],
    topics: ['collaboration-across-boundaries', 'learning-and-evaluation'],
    related: ['partnerships-are-made-between-meetings', 'team-charter-people-actually-use'],
    featured: false,
    publishedDaysAgo: 103,
    cover: {
      key: 'cover-agenda-partnership-board',
      alt: 'Abstract illustration: a row of ochre and cream arches on a deep teal ground, like a colonnade',
      motif: 'arches',
      palette: ['#12343b', '#c8963e', '#f3ead8'],
      seed: 161,
    },
    body: [
      p(
        'The board in question brought together a county council, two district councils, the local health system, the police and three voluntary sector networks. Its members were senior, committed and busy. Its meetings ran to two and a half hours, and most of that time went on members taking turns to report progress from their own organisations.',
      ),
      p('Nobody thought this was working. Everyone assumed it was the price of partnership.'),
      h2('What the old agenda assumed'),
      p(
        'Read an agenda closely and it tells you what the meeting thinks it is for. The old agenda had eleven items. Seven were updates. Two were papers for noting. One was ',
        i('any other business'),
        '. Only one item, usually near the end, asked the board to make a decision, and it was regularly deferred for lack of time.',
      ),
      p(
        'The implicit message was clear: this meeting exists so that organisations can account for themselves to each other. That is a legitimate purpose, but it is not the same as working on shared problems, and it does not need eight senior people in a room for an afternoon.',
      ),
      h2('The redesigned agenda'),
      p(
        'After a short round of conversations with members, we proposed a new structure. The updates moved into a written note circulated a week ahead. The meeting itself was rebuilt around one shared problem at a time.',
      ),
      code(boardAgenda, 'markdown'),
      h3('Why the order matters'),
      p(
        'Starting with a story from practice, a real case told by someone who worked on it, grounds the meeting in what is actually happening to people. It is much harder to retreat into organisational positions after hearing how a family experienced being passed between five services.',
      ),
      p(
        'Ending with a check on who needs to speak to whom keeps the work moving between meetings, which is where most of it happens. We have written more about that in ',
        a('/insights/partnerships-are-made-between-meetings', 'Partnerships are made in the gaps between meetings'),
        '.',
      ),
      h2('What happened next'),
      p(
        'The first two meetings in the new format were uncomfortable. Some members missed the updates; a few felt exposed without a prepared paper to speak to. By the fourth meeting the board had agreed two joint actions that had been circling for more than a year, and the meeting had shrunk to ninety minutes.',
      ),
      p(
        'We tracked a handful of simple measures throughout: the share of meeting time spent on decisions rather than reports, the number of actions owned jointly by more than one organisation, and whether those actions were done by the next meeting. All three moved in the right direction. More tellingly, members started asking to see the figures themselves.',
      ),
      quote('It’s the same people around the same table. We just stopped talking at each other.'),
      h2('Try it yourself'),
      ol(
        'Read your last three agendas and count how many items ask for a decision.',
        'Move every pure update into a written note sent out in advance.',
        'Pick one shared problem and give it the best hour of the next meeting.',
        'Close by asking who needs to talk to whom before you meet again.',
      ),
      p(
        'You will not need anyone’s permission to try the first step, and it usually makes the case for the other three on its own.',
      ),
    ],
    seo: {
      metaTitle: 'The agenda that changed a partnership board',
      metaDescription:
        'How a multi-agency board swapped round-robin updates for shared problems, with the one-page agenda template it now uses every month.',
    },
  },
  {
    slug: 'small-tests-honest-reports',
    title: 'Small tests, honest reports: learning through a charity’s first pilot',
    excerpt:
      'A small charity piloting a new advice service asked how to evaluate it without drowning in forms. The answer was to test less at once, write up more often, and make it safe to report what did not work.',
    authors: ['callum-mcleod', 'priya-raman'],
    topics: ['learning-and-evaluation', 'service-design-and-delivery'],
    related: ['what-a-good-evaluation-question-sounds-like', 'designing-with-the-night-shift'],
    featured: false,
    publishedDaysAgo: 131,
    cover: {
      key: 'cover-small-tests-honest-reports',
      alt: 'Abstract illustration: a cairn of smooth sage and sand stones on a dark moss-green ground',
      motif: 'stones',
      palette: ['#2e3b2c', '#9caf88', '#e2d3b5'],
      seed: 171,
    },
    images: [
      {
        key: 'small-tests-cycle',
        alt: 'Abstract illustration: concentric ochre and cream rings on a deep teal ground',
        caption: 'Choose one change, agree what to notice, try it, write it up, then go round again.',
        motif: 'rings',
        palette: ['#12343b', '#c8963e', '#f3ead8'],
        seed: 172,
      },
    ],
    body: [
      p(
        'The charity runs community advice sessions in a coastal town. It had secured two years of funding to pilot a new approach: advisers based in GP surgeries and food banks rather than in its own office, offering help with debt, benefits and housing at the point where people were already asking for it. The funder wanted an evaluation. The staff team of six wanted, understandably, not to spend their time filling in forms.',
      ),
      h2('Start smaller than feels comfortable'),
      p(
        'The original plan was to launch in six locations at once and measure everything. We suggested starting in two, for eight weeks, with a very short list of things to look at. The board thought this felt slow. It turned out to be the fastest way to learn, because within a fortnight the team discovered that the food bank sessions worked brilliantly and the surgery sessions barely worked at all.',
      ),
      p(
        'The advice was not the problem. The surgery had put the adviser in a consulting room at the end of a corridor, and people did not know she was there. Moving her to a desk in the waiting area, with a simple sign, tripled the number of conversations in a week. Had the pilot launched in six places at once, that lesson would have been lost in the noise.',
      ),
      img('small-tests-cycle'),
      h2('A rhythm of short cycles'),
      p('We settled on a simple cycle that the team could run without us:'),
      ol(
        [b('Choose one change.'), ' Small enough to try within a fortnight, with a named person responsible.'],
        [b('Agree what you will notice.'), ' Usually one number and one question to ask people.'],
        [b('Try it.'), ' Keep a short log of what happened, including the surprises.'],
        [b('Write it up on one page.'), ' What we tried, what we saw, what we will do next.'],
      ),
      p(
        'Over eighteen months the team wrote more than forty of these one-page notes. Together they became the backbone of the final evaluation, and a far richer account than any end-of-project survey could have produced.',
      ),
      h2('Making it safe to report failure'),
      p(
        'The hardest part was not method. It was confidence. Staff at small charities are acutely aware that their funding depends on showing success, and it takes courage to write ',
        i('this did not work'),
        ' in a document a funder might read.',
      ),
      p(
        'Two things helped. The first was the funder, which agreed at the outset that notes describing failed tests would be welcomed rather than penalised, and said so in writing. The second was the chief executive, who wrote the first ',
        i('did not work'),
        ' note herself, about a text-message reminder system she had championed. After that, others followed.',
      ),
      h3('What the funder got'),
      p(
        'Instead of a single report at the end, the funder received a quarterly bundle of notes and a short summary of patterns. Its grants officer told us it was the first time she had understood ',
        b('why'),
        ' a project had changed course, rather than simply being told that it had.',
      ),
      p(
        'We have since shared the one-page note in our ',
        a('https://example.org/kestrel/resources/one-page-learning-note', 'learning resources'),
        ' for anyone who wants to adapt it. Use it as a starting point rather than a form: the best versions we have seen were rewritten by the teams using them.',
      ),
    ],
  },
  {
    slug: 'why-we-stopped-writing-recommendations',
    title: 'Why we stopped writing recommendations reports',
    excerpt:
      'For years our work ended with a report full of recommendations. Most were sensible, and most were never implemented. Here is what we do instead, and why it is harder for us and better for the organisations we work with.',
    authors: ['hannah-wojcik'],
    topics: ['organisation-development', 'learning-and-evaluation'],
    related: ['listening-before-fixing'],
    featured: false,
    publishedDaysAgo: 172,
    cover: {
      key: 'cover-stopped-writing-recommendations',
      alt: 'Abstract illustration: a loose grid of clay and cream blocks on a deep plum ground, with a few blocks missing',
      motif: 'grid',
      palette: ['#2b2440', '#c07a5a', '#f2e8dc'],
      seed: 181,
    },
    body: [
      p(
        'For the first few years of Kestrel & Co, almost every engagement ended the same way. We would listen, analyse and test ideas, then write a substantial report with a numbered list of recommendations at the back. Clients thanked us. Boards received the reports. And when we checked in a year later, a depressing share of the recommendations had gone nowhere.',
      ),
      p(
        'This was not because the recommendations were wrong. In most cases the client agreed with them. The problem was structural: a recommendation written by an outsider is an instruction without an owner. It arrives at the end of a project, just as the external support is leaving, and competes for attention with everything else on a busy leadership team’s agenda.',
      ),
      p('Looking back over our old reports, the recommendations that stalled had a lot in common:'),
      ul(
        'They were owned by “the organisation” rather than by a named person.',
        'They needed a decision from a body that met quarterly.',
        'They assumed resources nobody had agreed to release.',
        'They were written in our language, not the client’s.',
      ),
      h2('What we do instead'),
      p(
        'We now design engagements so that there is nothing left to recommend at the end, because the people who will carry the work on have already started doing it. In practice that means three changes.',
      ),
      h3('We work with a group, not for a sponsor'),
      p(
        'Early on, we form a small working group from across the client organisation: people with different roles, grades and perspectives, who have the time and permission to take part. They do the analysis with us. By the time conclusions emerge, they are the group’s conclusions, and the group can explain and defend them without us in the room.',
      ),
      h3('We test before we write'),
      p(
        'Instead of recommending a new process, we help the group try a rough version of it for a few weeks. What comes out at the end is not ',
        i('we recommend you do X'),
        ' but ',
        i('we tried X, here is what happened, and here is what we are doing next'),
        '. That is a much harder sentence for a board to ignore.',
      ),
      h3('We hand over rather than hand in'),
      p(
        'The final output is a short handover: what is under way, who owns it, what support they need, and what we would watch out for. It is usually under ten pages, and it is written by the working group with our help, not by us with theirs.',
      ),
      h2('What this costs'),
      p(
        'This approach is not easier. It takes longer to get going, because forming a working group properly takes time. It asks more of clients, who have to release staff. And it is harder for us to show what we have done, because the best outcome is that the client cannot quite remember which ideas were ours.',
      ),
      quote('You didn’t leave us with a plan. You left us already doing it.'),
      p(
        'That is the sentence we now hope to hear at the end of an engagement. It is less flattering than a glossy report, and considerably more useful.',
      ),
      h2('When a report is still right'),
      p(
        'There are times when a written report is exactly what is needed: an independent review commissioned by a board, say, or an evaluation that must stand on its own for public accountability. We still write those, and we write them carefully. But we are honest with clients at the start about which kind of work they are buying, and we no longer pretend that a list of recommendations is the same thing as change.',
      ),
      p(
        'If you are weighing up what kind of support you need, we are always happy to talk it through on a ',
        a('https://cal.example.org/kestrel/coffee', 'coffee call'),
        ', with no obligation on either side.',
      ),
    ],
  },
];
