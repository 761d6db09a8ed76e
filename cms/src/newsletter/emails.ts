/**
 * The newsletter's two emails, as HTML and plain text. Pure: give it the links and the names.
 * The confirmation email goes to an address nobody has proven yet, so it carries nothing the
 * requester typed (no name): it cannot be used to send someone else's words.
 */
export interface Links {
  confirmUrl?: string;
  unsubscribeUrl: string;
}

export interface Email {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export interface Site {
  siteName: string;
  siteUrl: string;
}

export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** `${SITE_URL}/newsletter/confirm?token=…` and `${SITE_URL}/newsletter/unsubscribe?token=…`. */
export const newsletterLink = (siteUrl: string, page: 'confirm' | 'unsubscribe', token: string): string => {
  const url = new URL(`${siteUrl.replace(/\/+$/, '')}/newsletter/${page}`);
  url.searchParams.set('token', token);
  return url.toString();
};

/** RFC 2369 and RFC 8058: mail clients show an unsubscribe button that POSTs to the link. */
const listHeaders = (unsubscribeUrl: string): Record<string, string> => ({
  'List-Unsubscribe': `<${unsubscribeUrl}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
});

const layout = (site: Site, body: string): string => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(site.siteName)}</title></head>
<body style="margin:0;padding:24px;background:#f6f5f2;font-family:Georgia,serif;color:#1d1d1b;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:32px;border-radius:6px">
<p style="margin:0 0 24px;font-size:14px;letter-spacing:.04em;text-transform:uppercase"><a href="${escapeHtml(site.siteUrl)}" style="color:#1d1d1b;text-decoration:none">${escapeHtml(site.siteName)}</a></p>
${body}
</div>
</body>
</html>
`;

const button = (href: string, label: string) =>
  `<p style="margin:24px 0"><a href="${escapeHtml(href)}" style="display:inline-block;background:#1d1d1b;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-family:Arial,sans-serif">${escapeHtml(label)}</a></p>`;

export const confirmationEmail = (site: Site, links: Required<Links>): Email => ({
  subject: `Confirm your subscription to the ${site.siteName} newsletter`,
  headers: listHeaders(links.unsubscribeUrl),
  text: [
    'Hello,',
    '',
    `Someone, we hope you, asked to receive the ${site.siteName} newsletter at this address. To confirm, open this link within 48 hours:`,
    '',
    links.confirmUrl,
    '',
    'If you are already subscribed, confirming changes nothing.',
    '',
    'If you did not ask for it, ignore this email: without your confirmation you will not hear from us again. Or tell us to drop the request now:',
    '',
    links.unsubscribeUrl,
    '',
    `${site.siteName}`,
    site.siteUrl,
    '',
  ].join('\n'),
  html: layout(
    site,
    `<p>Hello,</p>
<p>Someone, we hope you, asked to receive the ${escapeHtml(site.siteName)} newsletter at this address. To confirm, use this button within 48 hours:</p>
${button(links.confirmUrl, 'Confirm my subscription')}
<p style="font-size:14px">Or copy this link into your browser: <a href="${escapeHtml(links.confirmUrl)}">${escapeHtml(links.confirmUrl)}</a></p>
<p style="font-size:14px">If you are already subscribed, confirming changes nothing.</p>
<p style="font-size:14px;color:#555">If you did not ask for it, ignore this email: without your confirmation you will not hear from us again. Or <a href="${escapeHtml(links.unsubscribeUrl)}">tell us to drop the request now</a>.</p>`,
  ),
});

export const welcomeEmail = (site: Site, person: { firstName: string | null }, links: Links): Email => {
  const greeting = person.firstName ? `Hello ${person.firstName},` : 'Hello,';
  return {
    subject: `Welcome to the ${site.siteName} newsletter`,
    headers: listHeaders(links.unsubscribeUrl),
    text: [
      greeting,
      '',
      `Thank you: your subscription is confirmed. The next ${site.siteName} newsletter will come to this address.`,
      '',
      'You can leave whenever you like, with the link at the bottom of every email, or this one:',
      '',
      links.unsubscribeUrl,
      '',
      `${site.siteName}`,
      site.siteUrl,
      '',
    ].join('\n'),
    html: layout(
      site,
      `<p>${escapeHtml(greeting)}</p>
<p>Thank you: your subscription is confirmed. The next ${escapeHtml(site.siteName)} newsletter will come to this address.</p>
<p style="font-size:14px;color:#555">You can leave whenever you like: <a href="${escapeHtml(links.unsubscribeUrl)}">unsubscribe</a>.</p>`,
    ),
  };
};
