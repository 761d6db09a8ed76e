import type { Core, Modules } from '@strapi/strapi';

/**
 * From publish to live: Strapi calls the site's cache purge endpoint whenever content changes,
 * so a published edit is on the cached pages within seconds. The webhook is kept in code on
 * every boot (created, or reset when its address, secret, events or "enabled" switch were
 * changed in the admin) and handed to the webhook runner at once, so it fires on this boot.
 *
 * Strapi sends `POST ${SITE_URL}/api/cache/purge` with `Authorization: Bearer ${PURGE_SECRET}`,
 * `X-Strapi-Event: <event>`, `Content-Type: application/json` and the body
 * `{ event, createdAt, model, uid, entry }` (for media events: `{ event, createdAt, media }`).
 */
export const PURGE_WEBHOOK_NAME = 'Site cache purge';

/** Everything that can change a cached page. media.* only if the upload plugin registered them. */
export const PURGE_EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish', 'media.update', 'media.delete'];

type Webhook = Modules.WebhookStore.Webhook;

const sameWebhook = (a: Omit<Webhook, 'id'>, b: Omit<Webhook, 'id'>) =>
  a.url === b.url &&
  a.isEnabled === b.isEnabled &&
  JSON.stringify(Object.entries(a.headers ?? {}).sort()) === JSON.stringify(Object.entries(b.headers ?? {}).sort()) &&
  JSON.stringify([...a.events].sort()) === JSON.stringify([...b.events].sort());

export const syncPurgeWebhook = async (strapi: Core.Strapi): Promise<void> => {
  const siteUrl = process.env.SITE_URL ?? '';
  const secret = process.env.PURGE_SECRET ?? '';
  if (!siteUrl || !secret) {
    strapi.log.warn(`SITE_URL or PURGE_SECRET is not set: the "${PURGE_WEBHOOK_NAME}" webhook is not configured, so published changes wait for the site's cache to expire.`);
    return;
  }

  const store = strapi.get<Modules.WebhookStore.WebhookStore>('webhookStore');
  const runner = strapi.get<Modules.WebhookRunner.WebhookRunner>('webhookRunner');
  const allowed = new Set(store.allowedEvents.values());
  const wanted: Omit<Webhook, 'id'> = {
    name: PURGE_WEBHOOK_NAME,
    url: `${siteUrl.replace(/\/+$/, '')}/api/cache/purge`,
    headers: { Authorization: `Bearer ${secret}` },
    events: PURGE_EVENTS.filter((event) => allowed.has(event)),
    isEnabled: true,
  };

  const [current, ...duplicates] = (await store.findWebhooks()).filter((webhook) => webhook.name === PURGE_WEBHOOK_NAME);
  for (const duplicate of duplicates) {
    await store.deleteWebhook(duplicate.id);
    runner.remove(duplicate);
  }
  if (!current) {
    const created = await store.createWebhook({ ...wanted, id: '' });
    runner.add(created);
    strapi.log.info(`Created the "${PURGE_WEBHOOK_NAME}" webhook to ${wanted.url}.`);
  } else if (!sameWebhook(current, wanted)) {
    const updated = await store.updateWebhook(current.id, { ...wanted, id: current.id });
    if (updated) runner.update(updated);
    strapi.log.info(`Reset the "${PURGE_WEBHOOK_NAME}" webhook to ${wanted.url}.`);
  }
};
