/**
 * Data every page needs and that rarely changes (site settings, the topic list), kept by the
 * site's server for a few minutes instead of being asked of the CMS on every render, and
 * dropped with the page cache when the CMS's webhook purges. One store per server process, on
 * globalThis because the Vue app and the Nitro server are bundled separately.
 */
export interface SharedDataEntry {
  value: unknown;
  storedAt: number;
}

export const SHARED_DATA_TTL_MS = 5 * 60 * 1000;
const KEY = Symbol.for('insights.sharedData');

export const sharedDataStore = (): Map<string, SharedDataEntry> => {
  const holder = globalThis as unknown as Record<symbol, Map<string, SharedDataEntry> | undefined>;
  holder[KEY] ??= new Map();
  return holder[KEY];
};
