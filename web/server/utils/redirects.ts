import { RedirectsQuery } from '@insights/api';

/**
 * The CMS's redirects (old address → where it leads now), kept by the site's server as one
 * table: loaded once, then read from memory, so a page view costs no CMS request for it. It is
 * kept in the shared-data store, which the CMS's purge webhook empties (a redirect made or
 * removed, a slug changed): the next request waits for the new table, at most WAIT_MS (then
 * the last one is used). Once SHARED_DATA_TTL_MS has passed, the table is reloaded in the
 * background while the old one is used. Should the CMS not answer, the last table (or none) is
 * kept and asked for again after RETRY_MS: an unreachable CMS never holds requests up here.
 */
const KEY = 'redirects';
const LOADING_KEY = 'redirects:loading';
const RETRY_MS = 30_000;
const WAIT_MS = 2_000;
type Table = Map<string, string>;
let current: Table = new Map();
let loading: Promise<Table> | undefined;

const load = async (): Promise<Table> => {
  const store = sharedDataStore();
  // A purge while this loads empties the store: what this loaded may be out of date already.
  const marker = { value: null, storedAt: Date.now() };
  store.set(LOADING_KEY, marker);
  let storedAt = Date.now();
  try {
    const rows = await cmsQueryAllPages(RedirectsQuery, (data) => data.redirects_connection);
    current = new Map(rows.map(({ path, target }) => [path, target]));
  } catch (error) {
    console.error(`[redirects] could not load them: ${(error as Error).message}`);
    storedAt = Date.now() - SHARED_DATA_TTL_MS + RETRY_MS;
  }
  if (store.get(LOADING_KEY) === marker) store.set(KEY, { value: current, storedAt });
  store.delete(LOADING_KEY);
  return current;
};

export const redirectTable = async (): Promise<Table> => {
  const entry = sharedDataStore().get(KEY);
  if (entry && Date.now() - entry.storedAt < SHARED_DATA_TTL_MS) return entry.value as Table;
  loading ??= load().finally(() => (loading = undefined));
  if (entry) return current;
  const waited = new Promise<Table>((resolve) => setTimeout(() => resolve(current), WAIT_MS).unref());
  return Promise.race([loading, waited]);
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

/**
 * The Location for a target: a full address as the CMS keeps it (encoded); a path of the site
 * (kept decoded) encoded. The request's query string goes along unless the target has its own.
 */
export const redirectLocation = (target: string, search: string): string => {
  const hashAt = target.indexOf('#');
  const hash = hashAt < 0 ? '' : target.slice(hashAt);
  let base = hashAt < 0 ? target : target.slice(0, hashAt);
  const queryAt = base.indexOf('?');
  if (target.startsWith('/')) base = queryAt < 0 ? encodeURI(base) : `${encodeURI(base.slice(0, queryAt))}${base.slice(queryAt)}`;
  return `${base}${queryAt < 0 ? search : ''}${hash}`;
};
