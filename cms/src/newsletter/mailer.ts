import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Email, Links } from './emails';

export interface Mailer {
  send(to: string, email: Email, links: Links): Promise<void>;
}

interface SentInfo {
  messageId?: string;
  /** Set by nodemailer's stream transport: the rendered message, which went nowhere. */
  message?: unknown;
}

/** Where development emails land when no SMTP server is configured. */
export const localMailDir = (strapi: Core.Strapi): string => path.join(strapi.dirs.app.root, '.tmp', 'mail');

/**
 * Sends through Strapi's email plugin. When the plugin runs without an SMTP server (nodemailer's
 * stream transport), the message is written to cms/.tmp/mail/ as an .eml file and its links are
 * printed in the log, so a developer can follow them.
 */
export const createMailer = (strapi: Core.Strapi): Mailer => ({
  async send(to, email, links) {
    const info = (await strapi.plugin('email').service('email').send({ to, ...email })) as SentInfo | undefined;
    if (!info || !Buffer.isBuffer(info.message)) return;
    const dir = localMailDir(strapi);
    await fs.mkdir(dir, { recursive: true });
    const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${to.replace(/[^a-z0-9@._-]/gi, '_')}.eml`);
    await fs.writeFile(file, info.message);
    const lines = [`Newsletter email "${email.subject}" to ${to} caught locally (no SMTP_HOST): ${path.relative(strapi.dirs.app.root, file)}`];
    if (links.confirmUrl) lines.push(`  confirm:     ${links.confirmUrl}`);
    lines.push(`  unsubscribe: ${links.unsubscribeUrl}`);
    strapi.log.info(lines.join('\n'));
  },
});
