export interface ShareLink {
  network: 'linkedin' | 'x' | 'email';
  label: string;
  href: string;
}

/** Plain share links: no third-party scripts, no tracking, work without JavaScript. */
export const shareLinks = ({ url, title, summary }: { url: string; title: string; summary?: string | null }): ShareLink[] => {
  const encoded = encodeURIComponent(url);
  const body = [summary, url].filter(Boolean).join('\n\n');
  return [
    { network: 'linkedin', label: 'Share on LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${encoded}` },
    { network: 'x', label: 'Share on X', href: `https://x.com/intent/post?url=${encoded}&text=${encodeURIComponent(title)}` },
    { network: 'email', label: 'Share by email', href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}` },
  ];
};
