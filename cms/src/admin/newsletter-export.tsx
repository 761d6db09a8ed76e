import { useState } from 'react';
import { Button } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useFetchClient, useNotification, type StrapiApp } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';

/**
 * "Export confirmed subscribers" in the newsletter signups list: downloads
 * GET /newsletter/export.csv (src/newsletter/export.ts) with the editor's admin session.
 * The server decides who may export: roles that can read newsletter signups.
 */
const SIGNUPS = 'api::newsletter-signup.newsletter-signup';

const saveFile = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
};

const ExportSubscribersButton = () => {
  // The list view's route is /content-manager/collection-types/:slug.
  const { slug } = useParams<{ slug: string }>();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = useState(false);
  if (slug !== SIGNUPS) return null;

  const download = async () => {
    setBusy(true);
    try {
      const { data } = await get<Blob>('/newsletter/export.csv', { responseType: 'blob' });
      saveFile(data, `newsletter-subscribers-${new Date().toISOString().slice(0, 10)}.csv`);
    } catch {
      toggleNotification({ type: 'danger', message: 'The export failed. Your role may not be allowed to read newsletter signups; ask an administrator.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button variant="secondary" startIcon={<Download />} loading={busy} onClick={download}>
      Export confirmed subscribers (CSV)
    </Button>
  );
};

/** Puts the export button in the content manager's list view actions. */
export const registerNewsletterExport = (app: StrapiApp): void => {
  const contentManager = app.getPlugin('content-manager') as unknown as {
    injectComponent(view: string, zone: string, component: { name: string; Component: typeof ExportSubscribersButton }): void;
  };
  contentManager.injectComponent('listView', 'actions', { name: 'newsletter-export-csv', Component: ExportSubscribersButton });
};
