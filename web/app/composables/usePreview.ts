/**
 * Whether this page is a preview, and of which status. Known on the server (the preview
 * middleware verified the link) and carried to the browser in the payload.
 */
export const usePreview = () =>
  useState<{ status: 'draft' | 'published' } | null>('preview', () => {
    if (import.meta.server) return (useRequestEvent()?.context.preview as { status: 'draft' | 'published' } | undefined) ?? null;
    return null;
  });
