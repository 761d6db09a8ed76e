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

/** The edit view's field errors, said plainly (the field's description gives the detail). */
const VALIDATION_MESSAGES = {
  'components.Input.error.validation.required': 'This cannot be left empty.',
  'components.Input.error.validation.maxLength': 'Too long: {max} characters at most.',
  'components.Input.error.validation.minLength': 'Too short: at least {min} characters.',
  'components.Input.error.validation.max': 'Too high: {max} at most.',
  'components.Input.error.validation.min': 'Too low: at least {min}.',
  'components.Input.error.validation.regex': 'This is not in the expected form: see the hint under the field.',
  'components.Input.error.validation.email': 'This is not an email address (like name@example.org).',
  'components.Input.error.validation.unique': 'Another entry already uses this: choose another.',
  'component.Input.error.validation.integer': 'Use a whole number.',
};

export default {
  config: {
    locales: [],
    translations: {
      en: {
        'Auth.form.welcome.title': `Welcome to ${SITE_NAME}`,
        'Auth.form.welcome.subtitle': `Log in to write and publish on the ${SITE_NAME} site`,
        'app.components.LeftMenu.navbrand.title': SITE_NAME,
        'app.components.LeftMenu.navbrand.workplace': 'Editors’ dashboard',
        ...VALIDATION_MESSAGES,
      },
    },
    // No video tutorials or Strapi release notices: editors are not Strapi developers.
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(app: StrapiApp) {
    brandDocumentTitle();
    registerNewsletterExport(app);
  },
};
