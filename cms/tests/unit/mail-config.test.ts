import { env } from '@strapi/utils';
import { afterEach, describe, expect, it } from 'vitest';
import { emailPluginConfig } from '../../src/newsletter/mail-config';

const saved = { ...process.env };
afterEach(() => {
  for (const name of ['EMAIL_FROM', 'EMAIL_REPLY_TO', 'SMTP_HOST']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe('emailPluginConfig', () => {
  it('sends from EMAIL_FROM with replies to EMAIL_REPLY_TO', () => {
    process.env.EMAIL_FROM = 'Kestrel & Co <newsletter@kestrel.example>';
    process.env.EMAIL_REPLY_TO = 'hello@kestrel.example';
    expect(emailPluginConfig(env).settings).toEqual({ defaultFrom: 'Kestrel & Co <newsletter@kestrel.example>', defaultReplyTo: 'hello@kestrel.example' });
  });

  it('treats a variable set but empty (as docker-compose passes one) as unset, never an empty sender', () => {
    process.env.EMAIL_FROM = '';
    process.env.EMAIL_REPLY_TO = ' ';
    expect(emailPluginConfig(env).settings).toEqual({ defaultFrom: 'Newsletter <newsletter@localhost>', defaultReplyTo: 'Newsletter <newsletter@localhost>' });
  });
});
