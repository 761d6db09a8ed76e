import type { TopicFixture } from '../types';

export const topics: TopicFixture[] = [
  {
    slug: 'organisation-development',
    name: 'Organisation development',
    description:
      'How organisations change the way they work from the inside: structures, habits, decisions and culture. We write about change that starts with listening and lasts because the people doing the work shaped it.',
  },
  {
    slug: 'collaboration-across-boundaries',
    name: 'Collaboration across boundaries',
    description:
      'Working well across councils, health bodies, charities and government teams, where nobody is fully in charge. Partnerships, shared problems and the everyday practice of trusting people who do not report to you.',
  },
  {
    slug: 'leadership-in-public-service',
    name: 'Leadership in public service',
    description:
      'Leading people through pressure, scarcity and uncertainty without losing sight of the public you serve. Practical writing on candour, judgement, care for teams and the quieter habits of good leaders.',
  },
  {
    slug: 'service-design-and-delivery',
    name: 'Service design and delivery',
    description:
      'Designing services with the people who use them and the people who run them, then making them work on an ordinary Tuesday and at three in the morning. Research, prototyping and the unglamorous craft of delivery.',
  },
  {
    slug: 'learning-and-evaluation',
    name: 'Learning and evaluation',
    description:
      'Finding out what is working, for whom and why, in time to do something about it. Evaluation questions that matter, short learning cycles, and reporting honestly on what did not go to plan.',
  },
];
