import { stack } from './browser';

/** The CMS's admin API as the demo super admin (the same API the dashboard uses). */
export const adminToken = async (): Promise<string> => {
  const { cmsUrl, admin } = stack();
  const login = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) });
  return ((await login.json()) as { data: { token: string } }).data.token;
};

export const adminApi = async (path: string, token: string, init: { method?: string; body?: unknown } = {}) => {
  const response = await fetch(`${stack().cmsUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  const body = (await response.json()) as any;
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
};

export const ARTICLES = '/content-manager/collection-types/api::article.article';

/** Creates and publishes an article by a demo author, as an editor would; returns its documentId. */
export const publishArticle = async (token: string, title: string, excerpt = 'A short article written by a test.'): Promise<string> => {
  const { results } = (await adminApi('/content-manager/collection-types/api::team-member.team-member?filters[$and][0][slug][$eq]=amara-osei', token)) as { results: { documentId: string }[] };
  const created = await adminApi(ARTICLES, token, {
    method: 'POST',
    body: { title, excerpt, body: [{ type: 'paragraph', children: [{ type: 'text', text: excerpt }] }], authors: { connect: [{ documentId: results[0]!.documentId }] } },
  });
  await adminApi(`${ARTICLES}/${created.data.documentId}/actions/publish`, token, { method: 'POST', body: {} });
  return created.data.documentId as string;
};

export const deleteArticle = (token: string, documentId: string) => adminApi(`${ARTICLES}/${documentId}`, token, { method: 'DELETE' });

export const EVENTS = '/content-manager/collection-types/api::event.event';

/** Creates and publishes an online event that ended on `day` (YYYY-MM-DD); returns its documentId. */
export const publishPastEvent = async (token: string, title: string, day: string): Promise<string> => {
  const created = await adminApi(EVENTS, token, {
    method: 'POST',
    body: {
      title,
      summary: 'An event made by a test.',
      startsAt: `${day}T10:00:00.000Z`,
      endsAt: `${day}T11:00:00.000Z`,
      timezone: 'Europe/London',
      format: 'online',
      onlineUrl: 'https://meet.example.org/test',
      isFree: true,
    },
  });
  await adminApi(`${EVENTS}/${created.data.documentId}/actions/publish`, token, { method: 'POST', body: {} });
  return created.data.documentId as string;
};

export const deleteEvent = (token: string, documentId: string) => adminApi(`${EVENTS}/${documentId}`, token, { method: 'DELETE' });
