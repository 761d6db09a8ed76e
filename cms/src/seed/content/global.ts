import type { GlobalFixture } from '../types';

export const global: GlobalFixture = {
  siteName: 'Kestrel & Co',
  tagline: 'Organisation development and collaboration for the people who run public services',
  description:
    'Kestrel & Co is a small consultancy helping councils, health bodies, charities and government teams work better, and work better together, by listening first, testing ideas in practice and leaving the capability behind.',
  contactEmail: 'hello@kestrel.example',
  regionLine: 'Based in the South East, working globally',
  bookingCall: {
    label: 'Book a coffee call',
    url: 'https://cal.example.org/kestrel/coffee',
    blurb:
      'Thirty minutes, no pitch. Tell us what you are wrestling with and we will share what we have seen work elsewhere, even if the honest answer is that you don’t need us.',
  },
  linkedinUrl: 'https://www.linkedin.com/company/kestrel-and-co-example',
  quickLinks: [
    { label: 'Insights', url: '/insights' },
    { label: 'Events', url: '/events' },
    { label: 'Our team', url: '/team' },
    { label: 'Accessibility statement', url: '/accessibility' },
    { label: 'Privacy notice', url: '/privacy' },
    { label: 'Email us', url: 'mailto:hello@kestrel.example' },
  ],
  newsletterBlurb:
    'One email a month: a new essay from the team, our upcoming free events and one thing we have been reading. No sales pitches, and you can leave whenever you like.',
  newsletterConsentText:
    'Yes, send me the Kestrel & Co newsletter by email, about once a month. Kestrel & Co keeps my address only to send it, and I can unsubscribe at any time with the link in every email.',
  defaultSeo: {
    metaTitle: 'Kestrel & Co: organisation development for public service',
    metaDescription:
      'Essays, free events and practical tools on organisation development, collaboration and leadership for councils, health bodies, charities and government teams.',
    shareImage: {
      key: 'share-kestrel-and-co',
      alt: 'Abstract illustration: ochre, sage and cream arches side by side on a deep teal ground',
      motif: 'arches',
      palette: ['#12343b', '#c8963e', '#9caf88', '#f3ead8'],
      seed: 7,
    },
  },
};
