import type { StrapiApp } from '@strapi/strapi/admin';
import { registerNewsletterExport } from './newsletter-export';

/**
 * The admin panel in the site's name, so editors know where they are. Built into the admin
 * bundle by `strapi build` (see config options: https://docs.strapi.io/cms/admin-panel-customization).
 */
const SITE_NAME = 'Kestrel & Co';

/**
 * Strapi titles every page "<page> | Strapi" (and the document "Strapi Admin") with no setting
 * for it, so the suffix is renamed whenever the title changes.
 */
const brandDocumentTitle = () => {
  const rename = () => {
    const branded = document.title.replace(/\| Strapi$/, `| ${SITE_NAME}`).replace(/^Strapi Admin$/, SITE_NAME);
    if (branded !== document.title) document.title = branded;
  };
  rename();
  new MutationObserver(rename).observe(document.head, { subtree: true, childList: true, characterData: true });
};

/**
 * Strapi's guided tour ("Create your schema", "Deploy to Strapi Cloud") is for developers setting
 * Strapi up, and its step boxes cover the lists editors work in. It has no setting; it keeps its
 * state in localStorage, so it is switched off there before the panel renders, on every load.
 */
const switchOffGuidedTour = () => {
  const key = 'STRAPI_GUIDED_TOUR';
  try {
    const stored = JSON.parse(window.localStorage.getItem(key) ?? 'null') as Record<string, unknown> | null;
    if (stored?.enabled !== false) window.localStorage.setItem(key, JSON.stringify({ ...stored, enabled: false }));
  } catch {
    window.localStorage.setItem(key, JSON.stringify({ enabled: false }));
  }
};

/** The edit view's field errors, said plainly (the field's description gives the detail). */
const VALIDATION_MESSAGES = {
  'components.Input.error.validation.required': 'This cannot be left empty.',
  'components.Input.error.validation.maxLength': 'Too long: {max} characters at most.',
  'components.Input.error.validation.minLength': 'Too short: at least {min} characters.',
  'components.Input.error.validation.max': 'Too high: {max} at most.',
  'components.Input.error.validation.min': 'Too low: at least {min}.',
  // Every field with a pattern holds an address (the error replaces the field's hint, so say it here).
  'components.Input.error.validation.regex': 'Not an address this field takes: write the whole address, starting with https:// (links may also be a page of this site, /privacy, or mailto:). No spaces.',
  'components.Input.error.validation.email': 'This is not an email address (like name@example.org).',
  'components.Input.error.validation.unique': 'Another entry already uses this: choose another.',
  'component.Input.error.validation.integer': 'Use a whole number.',
};

/**
 * Dates in the dashboard as the team writes them (26/11/2026, 24-hour clock): Strapi's `en`
 * formats them the American way. Its `en-GB` has the same words; it is the default for anyone
 * who has not picked an interface language in their profile (Strapi keeps that choice in
 * localStorage, read when the panel renders, after bootstrap).
 */
const ADMIN_LANGUAGE_KEY = 'strapi-admin-language';
const DEFAULT_ADMIN_LOCALE = 'en-GB';
const preferBritishDates = () => {
  if (!window.localStorage.getItem(ADMIN_LANGUAGE_KEY)) window.localStorage.setItem(ADMIN_LANGUAGE_KEY, DEFAULT_ADMIN_LOCALE);
};

const OWN_MESSAGES = {
  'Auth.form.welcome.title': `Welcome to ${SITE_NAME}`,
  'Auth.form.welcome.subtitle': `Log in to write and publish on the ${SITE_NAME} site`,
  'app.components.LeftMenu.navbrand.title': SITE_NAME,
  'app.components.LeftMenu.navbrand.workplace': 'Editors’ dashboard',
  ...VALIDATION_MESSAGES,
};

export default {
  config: {
    locales: [DEFAULT_ADMIN_LOCALE],
    translations: { en: OWN_MESSAGES, [DEFAULT_ADMIN_LOCALE]: OWN_MESSAGES },
    // No video tutorials or Strapi release notices: editors are not Strapi developers.
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(app: StrapiApp) {
    switchOffGuidedTour();
    preferBritishDates();
    brandDocumentTitle();
    registerNewsletterExport(app);
  },
};
