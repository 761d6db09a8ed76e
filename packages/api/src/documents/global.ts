import { graphql } from '../graphql.ts';
import { SeoFields } from './shared.ts';

export const GlobalFields = /* @__PURE__ */ graphql(
  `
  fragment GlobalFields on Global {
    siteName
    tagline
    description
    contactEmail
    regionLine
    linkedinUrl
    newsletterBlurb
    newsletterConsentText
    bookingCall { label url blurb }
    quickLinks { label url }
    defaultSeo { ...SeoFields }
  }
`,
  [SeoFields],
);

/** Site-wide settings: name, tagline, footer, newsletter text, coffee-call invitation. */
export const GlobalQuery = /* @__PURE__ */ graphql(
  `
  query Global {
    global { ...GlobalFields }
  }
`,
  [GlobalFields],
);
