import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on an ephemeral local port, for tests of the emails the CMS sends. Every
 * message it receives is parsed (mailparser) and kept. Point Strapi at it with `env`.
 */
export interface Mail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
  /** The raw header lines, as received. */
  headerLines: readonly { key: string; line: string }[];
}

export interface TestMailbox {
  env: Record<string, string>;
  /** Every message received so far. */
  messages: Mail[];
  /** The next message to `address` that no earlier call took; waits for it to arrive. */
  next(address: string, timeoutMs?: number): Promise<Mail>;
  /** Messages received for `address` so far. */
  to(address: string): Mail[];
  close(): Promise<void>;
}

const toMail = (parsed: ParsedMail): Mail => {
  const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((group) => group.value.map((entry) => (entry.address ?? '').toLowerCase()));
  return {
    to,
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
    headers: parsed.headers as Map<string, unknown>,
    headerLines: parsed.headerLines,
  };
};

/** `port`: a given one (to start a mail server where the CMS already expects one), or any free one. */
export const startSmtpServer = async (port = 0): Promise<TestMailbox> => {
  const messages: Mail[] = [];
  const taken = new Set<Mail>();
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on localhost: no TLS upgrade, no login.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          messages.push(toMail(parsed));
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: listening } = server.server.address() as AddressInfo;

  const to = (address: string) => messages.filter((mail) => mail.to.includes(address.toLowerCase()));

  return {
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(listening), SMTP_SECURE: 'false', SMTP_USERNAME: '', SMTP_PASSWORD: '' },
    messages,
    to,
    async next(address, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mail = to(address).find((candidate) => !taken.has(candidate));
        if (mail) {
          taken.add(mail);
          return mail;
        }
        if (Date.now() > deadline) throw new Error(`No email to ${address} within ${timeoutMs} ms (${messages.length} received in all)`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

/** A header line as received, unfolded ("Name: value"). */
export const headerLine = (mail: Mail, name: string): string | undefined =>
  mail.headerLines.find((header) => header.key === name.toLowerCase())?.line.replace(/\r?\n[ \t]+/g, ' ').replace(/: +/, ': ');

/** The token of the site link `/newsletter/<page>?token=…` in an email's text and HTML (they must agree). */
export const linkToken = (mail: Mail, page: 'confirm' | 'unsubscribe'): string => {
  const pattern = new RegExp(`/newsletter/${page}\\?token=([A-Za-z0-9_-]+)`);
  const fromText = mail.text.match(pattern)?.[1];
  const fromHtml = mail.html.match(pattern)?.[1];
  if (!fromText) throw new Error(`No ${page} link in the email "${mail.subject}"`);
  if (fromHtml !== fromText) throw new Error(`The ${page} links of the text and HTML parts differ in "${mail.subject}"`);
  return fromText;
};
