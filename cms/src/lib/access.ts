/**
 * Who may read what they ask for, beyond the published content everyone can read.
 *
 * Drafts are readable by the admin (editors in the dashboard) and by API tokens issued as
 * "full access" or "custom" (the site's preview token). Read-only API tokens, which is what
 * other apps get, and everyone without credentials see published content only.
 */
export interface AuthState {
  strategy?: { name?: string } | null;
  credentials?: { type?: string } | null;
}

const ADMIN_STRATEGIES = new Set(['admin', 'admin-token']);
const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

export const canReadDrafts = (auth: AuthState | null | undefined): boolean => {
  const strategy = auth?.strategy?.name ?? '';
  if (ADMIN_STRATEGIES.has(strategy)) return true;
  if (API_TOKEN_STRATEGIES.has(strategy)) return auth?.credentials?.type !== 'read-only';
  return false;
};

export const DRAFTS_FORBIDDEN_MESSAGE =
  'Drafts are only available to the admin and to API tokens with full or custom access. Ask for published content (the default) or send such a token.';
