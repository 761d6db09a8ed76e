import { RedirectsQuery } from '@insights/api';

/**
 * The CMS's redirects (old address → where it leads now), kept by the site's server as one
 * table: loaded once, then read from memory, so a page view costs no CMS request for it. It is
 * kept in the shared-data store, so the CMS's purge webhook (a redirect made, a slug changed)
 * marks it out of date together with the cached pages, as does SHARED_DATA_TTL_MS. An out-of-date
 * table is still used while the new one loads in the background, and kept should the CMS not
 * answer (asked again after RETRY_MS): a slow or unreachable CMS never holds up a request here.
 * Only the very first load is waited for, and at most FIRST_LOAD_MS.
 */
const KEY = 'redirects';
const RETRY_MS = 30_000;
const FIRST_LOAD_MS = 3_000;
type Table = Map<string, string>;
let current: Table | undefined;
let loading: Promise<Table> | undefined;

const load = async (): Promise<Table> => {
  const store = sharedDataStore();
  try {
    const rows = await cmsQueryAllPages(RedirectsQuery, (data) => data.redirects_connection);
    current = new Map(rows.map(({ path, target }) => [path, target]));
    store.set(KEY, { value: current, storedAt: Date.now() });
  } catch (error) {
    console.error(`[redirects] could not load them: ${(error as Error).message}`);
    current ??= new Map();
    store.set(KEY, { value: current, storedAt: Date.now() - SHARED_DATA_TTL_MS + RETRY_MS });
  }
  return current;
};

export const redirectTable = async (): Promise<Table> => {
  const entry = sharedDataStore().get(KEY);
  if (entry && Date.now() - entry.storedAt < SHARED_DATA_TTL_MS) return entry.value as Table;
  loading ??= load().finally(() => (loading = undefined));
  if (current) return current;
  const timeout = new Promise<Table>((resolve) => setTimeout(() => resolve(new Map()), FIRST_LOAD_MS).unref());
  return Promise.race([loading, timeout]);
};

/** The form paths are kept in: decoded, without a trailing slash; null for one that cannot be decoded. */
export const redirectKey = (path: string): string | null => {
  try {
    const decoded = decodeURI(path);
    return decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded;
  } catch {
    return null;
  }
};

/** The Location for a target: an address as it is, a path of the site with the request's query string. */
export const redirectLocation = (target: string, search: string): string => {
  if (!target.startsWith('/')) return target;
  const path = encodeURI(target);
  return search && !target.includes('?') ? `${path}${search}` : path;
};
