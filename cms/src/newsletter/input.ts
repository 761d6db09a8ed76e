/**
 * What a signup form may send, checked before anything else happens. Pure: returns the cleaned
 * signup or one message per field that a person can act on.
 */
export interface Subscription {
  /** Trimmed and lower-cased: one person, one row. */
  email: string;
  firstName: string | null;
  /** The page the form was on, as the site reports it. */
  source: string | null;
  /** The consent wording the form showed, when it says (the site's form does); checked against the site's wordings. */
  consentText: string | null;
}

export interface FieldError {
  path: [keyof Subscription | 'consent'];
  message: string;
}

export type ValidationResult = { ok: true; value: Subscription } | { ok: false; errors: FieldError[] };

export const MAX_EMAIL_LENGTH = 254;
export const MAX_LOCAL_PART_LENGTH = 64;
export const MAX_FIRST_NAME_LENGTH = 100;
export const MAX_SOURCE_LENGTH = 300;
/** As long as the site settings' consent wording may be. */
export const MAX_CONSENT_TEXT_LENGTH = 500;

export const MESSAGES = {
  emailMissing: 'Enter your email address.',
  emailTooLong: `This email address is too long: an address has at most ${MAX_EMAIL_LENGTH} characters. Check it and try again.`,
  emailInvalid: 'Enter a valid email address, like name@example.org.',
  consent: 'Tick the box to agree to receive the newsletter: we can only send it with your consent.',
  firstNameTooLong: `Your first name can have at most ${MAX_FIRST_NAME_LENGTH} characters.`,
  firstNameCharacters: 'Your first name contains invisible or control characters. Type it again without them.',
  firstNameLink: 'Your first name cannot contain a web or email address.',
  sourceTooLong: `The source page can have at most ${MAX_SOURCE_LENGTH} characters.`,
  sourceCharacters: 'The source page contains invisible or control characters.',
  consentChanged: 'The consent wording has changed since this page was loaded. Reload the page, read it again and tick the box to agree.',
} as const;

/**
 * The address syntax browsers accept in <input type="email"> (WHATWG), plus a dot in the
 * domain: what the form already checks, so both sides agree. No quoted local parts, no IP
 * literals, ASCII only (an internationalised domain is written in its xn-- form).
 */
const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** Control, format (zero-width, bidirectional overrides), surrogate, private-use and unassigned characters. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u;
/** Names are greeted in emails: no links to smuggle into them. */
const LINK = /:\/\/|www\.|@|\.(?:com|net|org|io|ru|info|xyz|top|biz)\b/i;

const isEmailAddress = (email: string): boolean => {
  if (!EMAIL.test(email)) return false;
  const [local, domain] = email.split('@') as [string, string];
  if (local.length > MAX_LOCAL_PART_LENGTH) return false;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  // A top-level domain has letters.
  return /[a-z]/.test(domain.slice(domain.lastIndexOf('.') + 1));
};

/** A trimmed, NFC-normalised optional text, or null when empty or absent. */
const optionalText = (value: unknown): string | null | undefined => {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return undefined;
  const text = value.normalize('NFC').trim();
  return text === '' ? null : text;
};

export const validateSubscription = (input: Record<string, unknown>): ValidationResult => {
  const errors: FieldError[] = [];

  let email = '';
  if (typeof input.email !== 'string' || input.email.trim() === '') {
    errors.push({ path: ['email'], message: MESSAGES.emailMissing });
  } else {
    email = input.email.trim().toLowerCase();
    if (email.length > MAX_EMAIL_LENGTH) errors.push({ path: ['email'], message: MESSAGES.emailTooLong });
    else if (!isEmailAddress(email)) errors.push({ path: ['email'], message: MESSAGES.emailInvalid });
  }

  const firstName = optionalText(input.firstName);
  if (firstName === undefined) errors.push({ path: ['firstName'], message: MESSAGES.firstNameCharacters });
  else if (firstName !== null) {
    if (firstName.length > MAX_FIRST_NAME_LENGTH) errors.push({ path: ['firstName'], message: MESSAGES.firstNameTooLong });
    else if (INVISIBLE.test(firstName)) errors.push({ path: ['firstName'], message: MESSAGES.firstNameCharacters });
    else if (LINK.test(firstName)) errors.push({ path: ['firstName'], message: MESSAGES.firstNameLink });
  }

  const source = optionalText(input.source);
  if (source === undefined) errors.push({ path: ['source'], message: MESSAGES.sourceCharacters });
  else if (source !== null) {
    if (source.length > MAX_SOURCE_LENGTH) errors.push({ path: ['source'], message: MESSAGES.sourceTooLong });
    else if (INVISIBLE.test(source)) errors.push({ path: ['source'], message: MESSAGES.sourceCharacters });
  }

  if (input.consent !== true) errors.push({ path: ['consent'], message: MESSAGES.consent });
  // Compared with the site's wordings later (opt-in.ts): anything else is refused there.
  const consentText = optionalText(input.consentText);
  if (consentText === undefined || (consentText !== null && consentText.length > MAX_CONSENT_TEXT_LENGTH)) errors.push({ path: ['consent'], message: MESSAGES.consentChanged });

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { email, firstName: firstName ?? null, source: source ?? null, consentText: consentText ?? null } };
};
