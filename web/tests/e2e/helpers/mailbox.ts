import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface StoredMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  listUnsubscribe: string;
}

/**
 * A real SMTP server for the browser tests, started once by the global setup. The CMS sends
 * the newsletter's emails to it; each one is written as JSON into a folder the tests (in other
 * threads) read.
 */
export const startMailbox = async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'insights-e2e-mail-'));
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((group) => group.value.map((entry) => (entry.address ?? '').toLowerCase()));
          const mail: StoredMail = {
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            // The web address in List-Unsubscribe: <https://…>, maybe beside a <mailto:…>.
            listUnsubscribe: /<(https?:[^>]+)>/.exec(parsed.headerLines.find((header) => header.key === 'list-unsubscribe')?.line ?? '')?.[1] ?? '',
          };
          count += 1;
          writeFileSync(path.join(dir, `${String(count).padStart(5, '0')}.json`), JSON.stringify(mail));
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    dir,
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false', SMTP_USERNAME: '', SMTP_PASSWORD: '' },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/** The emails received for `address` so far, oldest first. */
export const mailTo = (dir: string, address: string): StoredMail[] =>
  readdirSync(dir)
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as StoredMail)
    .filter((mail) => mail.to.includes(address.toLowerCase()));

/** Waits for the `nth` email (1-based) to `address`. */
export const waitForMail = async (dir: string, address: string, nth = 1, timeoutMs = 15_000): Promise<StoredMail> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = mailTo(dir, address)[nth - 1];
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`Email ${nth} to ${address} did not arrive within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** The first link in an email's text that points at `path` on the site. */
export const linkIn = (mail: StoredMail, pathname: string): string => {
  const match = new RegExp(`https?://[^\\s<>"]+${pathname.replace(/\//g, '\\/')}\\?token=[A-Za-z0-9_-]+`).exec(mail.text);
  if (!match) throw new Error(`No ${pathname} link in: ${mail.text}`);
  return match[0];
};
