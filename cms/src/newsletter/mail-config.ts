import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

/**
 * Settings for Strapi's email plugin with the nodemailer provider. With SMTP_HOST set, mail
 * goes to that SMTP server. Without it (local development), nodemailer only renders each
 * message: the newsletter writes it to cms/.tmp/mail/*.eml and prints its links in the log.
 */
export const emailPluginConfig = (env: Env) => {
  const host = env('SMTP_HOST', '');
  const username = env('SMTP_USERNAME', '');
  const providerOptions = host
    ? {
        host,
        port: env.int('SMTP_PORT', 587),
        // true for implicit TLS (port 465); with false, STARTTLS is used when the server offers it.
        secure: env.bool('SMTP_SECURE', false),
        ...(username ? { auth: { user: username, pass: env('SMTP_PASSWORD', '') } } : {}),
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }
    : { streamTransport: true, buffer: true, newline: 'unix' };
  // Set but empty (docker-compose's `${EMAIL_FROM:-}`) counts as unset: never an empty sender.
  const from = env('EMAIL_FROM', '').trim() || 'Newsletter <newsletter@localhost>';
  return {
    provider: 'nodemailer',
    providerOptions,
    settings: {
      defaultFrom: from,
      defaultReplyTo: env('EMAIL_REPLY_TO', '').trim() || from,
    },
  };
};
