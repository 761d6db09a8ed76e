import http from 'node:http';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWSLETTER_ENV, nextAddress, nextIp, postGraphQL, SIGNUP, subscribe, subscribeRaw, type OptInService } from './helpers/newsletter';
import { startSmtpServer, type TestMailbox } from './helpers/smtp';
import { startStrapi, type TestStrapi } from './helpers/strapi';

/**
 * The signup form is public, so it is attacked: bad input is refused with a message and stores
 * nothing, nobody can send more than a few emails to one address or from one client, and a
 * huge body is refused before it is read.
 */
let cms: TestStrapi;
let mailbox: TestMailbox;
let optIn: OptInService;

beforeAll(async () => {
  mailbox = await startSmtpServer();
  cms = await startStrapi({ env: { ...NEWSLETTER_ENV, ...mailbox.env } });
  optIn = cms.strapi.service('api::newsletter-signup.opt-in') as unknown as OptInService;
});
afterAll(async () => {
  await cms?.stop();
  await mailbox?.close();
});

const VALID = { email: 'valid.person@example.org', firstName: 'Valid', source: '/insights', consent: true };

/** Addresses a person might type, or an attacker might send, that are not a deliverable address. */
const BAD_EMAILS: string[] = [
  '', ' ', '\t', '\n', 'plainaddress', '@example.org', 'user@', 'user@@example.org', 'a@b@example.org', 'user@example', 'user@.example.org',
  'user@example..org', 'user@-example.org', 'user@example-.org', 'user@example.org.', '.user@example.org', 'user.@example.org', 'us..er@example.org',
  'user name@example.org', 'user@exa mple.org', '"quoted"@example.org', 'user@[192.0.2.1]', 'user@192.0.2.1', 'user@example.123', 'user@exam_ple.org',
  'user(comment)@example.org', 'user<script>@example.org', 'user@example.org<script>', '<script>alert(1)</script>', 'user,other@example.org',
  'user;other@example.org', 'user:pass@example.org', 'mailto:user@example.org', 'javascript:alert(1)', "' OR 1=1 --", "x'; DROP TABLE newsletter_signups; --",
  '../../etc/passwd', '${jndi:ldap://example.org/a}', '{{7*7}}', 'user%40example.org', 'user@localhost', 'user@example.org,', '@', '.@.', 'a@b',
  // Unicode tricks: look-alikes, invisible characters, direction overrides, non-ASCII.
  'usér@example.org', 'user@exämple.org', 'user@еxample.org', 'user＠example.org', 'user@example．org', '𝓊𝓈ℯ𝓇@example.org', '😀@example.org', 'user@😀.org',
  'us\u200ber@example.org', 'user@exam\u200bple.org', '\u202euser@example.org', 'user@example.org\u202e', 'us\ufeffer@example.org', 'user\u00a0@example.org',
  'user\u2028@example.org', 'user\u0301@example.org',
  // Null bytes and line breaks: truncation and header injection.
  'user@example.org\u0000', '\u0000user@example.org', 'user\u0000@example.org', 'user@exam\u0000ple.org', 'user@example.org\nBcc: victim@example.org',
  'user@example.org\r\nBcc: victim@example.org', 'user\n@example.org', 'user@exa\r\nmple.org',
  // Too long: local part over 64, a label over 63, the whole over 254, and huge.
  `${'a'.repeat(65)}@example.org`, `user@${'b'.repeat(64)}.org`, `${'x'.repeat(250)}@e.org`, `user@${'a.'.repeat(130)}org`, 'x'.repeat(20_000),
  `${'y'.repeat(30_000)}@example.org`,
];

const BAD_FIRST_NAMES: string[] = [
  'x'.repeat(101), 'é'.repeat(101), '😀'.repeat(51), 'x'.repeat(30_000), 'Ada\u0000', '\u0000', 'Ada\u0007', 'Ada\nLovelace', 'Ada\r\nBcc: x', 'Ada\tL',
  '\u202eadA', 'A\u200bda', 'A\ufeffda', 'Ada\u2066', '\ud800', 'Ada\udfff', '\ue000', 'Ada\u0378', 'Ada\u{e0041}', 'Visit https://spam.example',
  'www.spam.example', 'me@spam.example', 'cheap pills at spam.com', 'http://x.y',
];

const BAD_SOURCES: string[] = ['x'.repeat(301), '/'.repeat(10_000), '/page\u0000', '/page\nX-Injected: 1', '\u202e/page', '/page\u200b'];

type Case = { name: string; input: Record<string, unknown>; field: string };

/** Values that reach the resolver (the GraphQL types are right) and must be refused there. */
const resolverCases = (): Case[] => {
  const cases: Case[] = [];
  for (const email of BAD_EMAILS) {
    cases.push({ name: `email ${JSON.stringify(email.slice(0, 40))}`, input: { ...VALID, email }, field: 'email' });
    cases.push({ name: `email ${JSON.stringify(email.slice(0, 40))} alone`, input: { email, consent: true }, field: 'email' });
    cases.push({ name: `email ${JSON.stringify(email.slice(0, 40))} without consent`, input: { ...VALID, email, consent: false }, field: 'email' });
  }
  for (const firstName of BAD_FIRST_NAMES) cases.push({ name: `firstName ${JSON.stringify(firstName.slice(0, 40))}`, input: { ...VALID, firstName }, field: 'firstName' });
  for (const source of BAD_SOURCES) cases.push({ name: `source ${JSON.stringify(source.slice(0, 40))}`, input: { ...VALID, source }, field: 'source' });
  for (const email of ['valid.person@example.org', 'Someone.Else@Example.ORG', 'third@example.net']) {
    cases.push({ name: `no consent for ${email}`, input: { ...VALID, email, consent: false }, field: 'consent' });
    cases.push({ name: `no consent and no name for ${email}`, input: { email, consent: false }, field: 'consent' });
  }
  cases.push({ name: 'everything wrong', input: { email: 'nope', firstName: 'x'.repeat(200), source: 'y'.repeat(400), consent: false }, field: 'email' });
  return cases;
};

const SUBSCRIBE = `mutation ($input: NewsletterSubscriptionInput!) { subscribeToNewsletter(input: $input) { ok message } }`;
const inline = (input: string) => ({ query: `mutation { subscribeToNewsletter(input: ${input}) { ok message } }` });

/** Requests the GraphQL layer refuses before the resolver: wrong types, missing fields, broken bodies. */
const typeCases = (): { name: string; body: unknown }[] => {
  const variables = (input: unknown) => ({ query: SUBSCRIBE, variables: { input } });
  const cases: { name: string; body: unknown }[] = [
    { name: 'no input', body: { query: SUBSCRIBE } },
    { name: 'no variables object', body: { query: SUBSCRIBE, variables: 'x' } },
  ];
  for (const input of [null, 'a@example.org', 42, true, [], [VALID]]) cases.push({ name: `input ${JSON.stringify(input)}`, body: variables(input) });
  for (const email of [null, 42, true, {}, [], ['a@example.org'], undefined]) cases.push({ name: `email ${JSON.stringify(email)}`, body: variables({ ...VALID, email }) });
  for (const consent of [null, 'true', 'yes', 1, 0, [], {}, [true], undefined]) cases.push({ name: `consent ${JSON.stringify(consent)}`, body: variables({ ...VALID, consent }) });
  for (const firstName of [42, true, {}, ['Ada']]) cases.push({ name: `firstName ${JSON.stringify(firstName)}`, body: variables({ ...VALID, firstName }) });
  for (const source of [42, {}, ['/a']]) cases.push({ name: `source ${JSON.stringify(source)}`, body: variables({ ...VALID, source }) });
  cases.push({ name: 'unknown field', body: variables({ ...VALID, status: 'confirmed' }) });
  cases.push({ name: 'confirmed smuggled in', body: variables({ ...VALID, confirmedAt: '2020-01-01' }) });
  for (const literal of [
    '{ email: 42, consent: true }',
    '{ email: "a@example.org" }',
    '{ email: "a@example.org", consent: "true" }',
    '{ email: "a@example.org", consent: null }',
    '{ email: null, consent: true }',
    '{ consent: true }',
    '{ email: "a@example.org", consent: true, status: confirmed }',
    '"a@example.org"',
    'null',
  ]) {
    cases.push({ name: `literal ${literal}`, body: inline(literal) });
  }
  cases.push({ name: 'no arguments', body: { query: 'mutation { subscribeToNewsletter { ok } }' } });
  cases.push({ name: 'token as a number', body: { query: 'mutation { confirmNewsletterSubscription(token: 42) { outcome } }' } });
  cases.push({ name: 'token null', body: { query: 'mutation ($t: String!) { unsubscribeFromNewsletter(token: $t) { outcome } }', variables: { t: null } } });
  cases.push({ name: 'unknown outcome field', body: { query: 'mutation { confirmNewsletterSubscription(token: "x") { email } }' } });
  for (const raw of ['{', '{"query": ', 'null', '[]', '"string"', '{"query": 42}', '{"query": "mutation { subscribeToNewsletter(input: {"}', `{"query": "${'{'.repeat(5000)}"}`]) {
    cases.push({ name: `body ${raw.slice(0, 30)}`, body: raw });
  }
  return cases;
};

describe('malformed input', () => {
  it('gets BAD_USER_INPUT with a message for the field, and stores nothing', async () => {
    const before = await cms.strapi.db.query(SIGNUP).findMany({});
    const cases = resolverCases();
    expect(cases.length).toBeGreaterThanOrEqual(200);

    for (const { name, input, field } of cases) {
      const response = await subscribe(cms.url, input);
      expect(response.status, name).toBeLessThan(500);
      expect(response.data ?? null, name).toBeNull();
      const [error] = response.errors ?? [];
      expect(error?.extensions?.code, name).toBe('BAD_USER_INPUT');
      expect(error?.message, name).toMatch(/^(Enter|This email|Tick the box|Your first name|The source page)/);
      const details = (error?.extensions?.error as { details?: { errors?: { path: string[] }[] } } | undefined)?.details?.errors ?? [];
      expect(details.map((detail) => detail.path[0]), name).toContain(field);
    }

    await optIn.idle();
    expect(await cms.strapi.db.query(SIGNUP).findMany({})).toEqual(before);
    expect(mailbox.messages).toHaveLength(0);
  });

  it('with wrong GraphQL types or a broken body gets a 4xx answer, never a server error, and stores nothing', async () => {
    const cases = typeCases();
    for (const { name, body } of cases) {
      const response = await postGraphQL(cms.url, body);
      expect(response.status, name).toBeGreaterThanOrEqual(400);
      expect(response.status, name).toBeLessThan(500);
      expect(response.body, name).not.toMatch(/INTERNAL_SERVER_ERROR|Internal Server Error/);
      const parsed = JSON.parse(response.body) as { errors?: { extensions?: { code?: string } }[] };
      if (parsed.errors) {
        for (const error of parsed.errors) expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST'], name).toContain(error.extensions?.code);
      }
    }
    await optIn.idle();
    expect(await cms.strapi.db.query(SIGNUP).count({})).toBe(0);
  });

  it('accepts what people really type: spaces around, capitals, plus and dots, names in any script', async () => {
    for (const [email, firstName] of [
      ['  Jane.Doe+news@Example.ORG ', 'Jane'],
      ['o.brien@example.co.uk', "Seán O'Brien-Núñez"],
      ['li@xn--fsqu00a.example', '李小龍'],
      ['a@b.io', 'محمد'],
    ] as const) {
      const response = await subscribe(cms.url, { email, firstName, consent: true });
      expect(response.errors, email).toBeUndefined();
    }
    await optIn.idle();
    expect((await cms.strapi.db.query(SIGNUP).findOne({ where: { email: 'jane.doe+news@example.org' } }))?.firstName).toBe('Jane');
    expect((await cms.strapi.db.query(SIGNUP).findOne({ where: { email: 'o.brien@example.co.uk' } }))?.firstName).toBe("Seán O'Brien-Núñez");
  });
});

describe('abuse limits', () => {
  const expectLimited = (response: Awaited<ReturnType<typeof subscribe>>) => {
    expect(response.status).toBe(429);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(response.errors?.[0]?.message).toMatch(/try again later/);
  };

  it('sends at most 5 emails an hour to one address, from however many clients', async () => {
    const email = nextAddress();
    for (let attempt = 1; attempt <= 5; attempt += 1) expect((await subscribe(cms.url, { email, consent: true })).errors, `attempt ${attempt}`).toBeUndefined();
    expectLimited(await subscribe(cms.url, { email, consent: true }));
    expectLimited(await subscribe(cms.url, { email: email.toUpperCase(), consent: true }));
    await optIn.idle();
    expect(mailbox.to(email)).toHaveLength(5);
  });

  it('accepts 20 signups an hour from one client, then says to wait', async () => {
    const ip = nextIp();
    for (let attempt = 1; attempt <= 20; attempt += 1) expect((await subscribe(cms.url, { email: nextAddress(), consent: true }, { ip })).errors, `attempt ${attempt}`).toBeUndefined();
    const limited = await subscribeRaw(cms.url, { email: nextAddress(), consent: true }, { ip });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(3000);
    expectLimited({ status: limited.status, ...JSON.parse(limited.body) });
    // Someone else is not affected.
    expect((await subscribe(cms.url, { email: nextAddress(), consent: true })).errors).toBeUndefined();
    await optIn.idle();
  });

  it('counts an IPv6 client by its /64', async () => {
    for (let host = 1; host <= 20; host += 1) {
      expect((await subscribe(cms.url, { email: nextAddress(), consent: true }, { ip: `2001:db8:aaaa:bbbb::${host.toString(16)}` })).errors).toBeUndefined();
    }
    expectLimited(await subscribe(cms.url, { email: nextAddress(), consent: true }, { ip: '2001:db8:aaaa:bbbb:ffff::1' }));
    expect((await subscribe(cms.url, { email: nextAddress(), consent: true }, { ip: '2001:db8:aaaa:bbbc::1' })).errors).toBeUndefined();
    await optIn.idle();
  });

  it('trusts X-Forwarded-For only with the site’s proxy secret', async () => {
    // Without the secret (or with a wrong one), every request counts as the socket's address,
    // whatever X-Forwarded-For says.
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      const sender = attempt % 2 === 0 ? { secret: null } : { secret: 'wrong-secret' };
      expect((await subscribe(cms.url, { email: nextAddress(), consent: true }, sender)).errors, `attempt ${attempt}`).toBeUndefined();
    }
    expectLimited(await subscribe(cms.url, { email: nextAddress(), consent: true }, { secret: null, ip: nextIp() }));
    expectLimited(await subscribe(cms.url, { email: nextAddress(), consent: true }, { secret: `${NEWSLETTER_ENV.SITE_PROXY_SECRET}x`, ip: nextIp() }));
    // The site's server, with the secret, reports each visitor's own address.
    expect((await subscribe(cms.url, { email: nextAddress(), consent: true })).errors).toBeUndefined();
    // It is the last X-Forwarded-For entry, the one the site's server added, that counts.
    const visitor = nextIp();
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      await subscribe(cms.url, { email: nextAddress(), consent: true }, { forwardedFor: `${nextIp()}, ${visitor}` });
    }
    expectLimited(await subscribe(cms.url, { email: nextAddress(), consent: true }, { forwardedFor: `${nextIp()}, ${visitor}` }));
    await optIn.idle();
  });

  it('says the same whether or not the address is on the list', async () => {
    const listed = nextAddress();
    await subscribe(cms.url, { email: listed, consent: true });
    await optIn.idle();
    const ip = nextIp();
    for (let attempt = 1; attempt <= 20; attempt += 1) await subscribe(cms.url, { email: nextAddress(), consent: true }, { ip });
    const answers = [await subscribeRaw(cms.url, { email: listed, consent: true }, { ip }), await subscribeRaw(cms.url, { email: nextAddress(), consent: true }, { ip })];
    const comparable = (body: string) => body.replace(/"retryAfterSeconds":\d+/, '').replace(/"retry-after","\d+"/, '');
    expect(answers[0]!.status).toBe(429);
    expect(comparable(answers[0]!.body)).toBe(comparable(answers[1]!.body));
    await optIn.idle();
  });
});

describe('one signup per request', () => {
  it('refuses several mutations in one operation before running any', async () => {
    const [first, second] = [nextAddress(), nextAddress()];
    const source = `mutation ($a: NewsletterSubscriptionInput!, $b: NewsletterSubscriptionInput!) {
      a: subscribeToNewsletter(input: $a) { ok }
      ...More
    }
    fragment More on Mutation { b: subscribeToNewsletter(input: $b) { ok } }`;
    const raw = await postGraphQL(cms.url, { query: source, variables: { a: { email: first, consent: true }, b: { email: second, consent: true } } });
    expect(raw.status).toBe(400);
    const body = JSON.parse(raw.body) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]!.message).toMatch(/one mutation; this one has 2 \(a, b\)/);
    await optIn.idle();
    expect(await cms.strapi.db.query(SIGNUP).count({ where: { email: { $in: [first, second] } } })).toBe(0);
    expect(mailbox.to(first)).toHaveLength(0);

    const single = await subscribe(cms.url, { email: first, consent: true });
    expect(single.errors).toBeUndefined();
    expect(single.data?.subscribeToNewsletter.ok).toBe(true);
    await optIn.idle();
  });
});

describe('request size', () => {
  const post = (body: Buffer, options: { chunked: boolean; encoding?: string }) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(`${cms.url}/graphql`);
      const request = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-site-proxy-secret': NEWSLETTER_ENV.SITE_PROXY_SECRET,
            'x-forwarded-for': nextIp(),
            ...(options.chunked ? {} : { 'content-length': String(body.length) }),
            ...(options.encoding ? { 'content-encoding': options.encoding } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      request.on('error', reject);
      // In 4 KB chunks, as a slow client would send them.
      for (let offset = 0; offset < body.length; offset += 4096) request.write(body.subarray(offset, offset + 4096));
      request.end();
    });

  /** A subscribe request of exactly `size` bytes (the email is padded). */
  const requestOfSize = (size: number): Buffer => {
    const shell = (email: string) => JSON.stringify({ query: SUBSCRIBE, variables: { input: { email, consent: true } } });
    const padding = size - Buffer.byteLength(shell(''));
    return Buffer.from(shell('x'.repeat(padding)));
  };

  it('refuses a body over 64 KB with 413, by its Content-Length', async () => {
    const response = await post(requestOfSize(64 * 1024 + 1), { chunked: false });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).errors[0].message).toMatch(/over 64 KB/);
  });

  it('answers a body that is not JSON in GraphQL’s error shape, saying what to send', async () => {
    for (const chunked of [false, true]) {
      const response = await post(Buffer.from('{"query": '), { chunked });
      expect(response.status).toBe(400);
      const body = JSON.parse(response.body) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
      expect(body.errors[0]!.message).toMatch(/not valid JSON .*\{"query"/);
    }
  });

  it('refuses a chunked body once it passes 64 KB', async () => {
    const response = await post(requestOfSize(200 * 1024), { chunked: true });
    expect(response.status).toBe(413);
  });

  it('reads a body of up to 64 KB, chunked or not', async () => {
    for (const chunked of [false, true]) {
      const response = await post(requestOfSize(64 * 1024), { chunked });
      expect(response.status).toBe(200);
      expect(JSON.parse(response.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    const email = nextAddress();
    const chunked = await post(Buffer.from(JSON.stringify({ query: SUBSCRIBE, variables: { input: { email, consent: true } } })), { chunked: true });
    expect(chunked.status).toBe(200);
    expect(JSON.parse(chunked.body).data.subscribeToNewsletter.ok).toBe(true);
    await optIn.idle();
    expect(await cms.strapi.db.query(SIGNUP).count({ where: { email } })).toBe(1);
  });

  it('holds a compressed body to the same 64 KB once decompressed', async () => {
    // 200 KB that gzip to well under 1 KB: judged by what it inflates to, not by its length.
    const bomb = gzipSync(requestOfSize(200 * 1024));
    expect(bomb.length).toBeLessThan(2048);
    for (const chunked of [false, true]) {
      const response = await post(bomb, { chunked, encoding: 'gzip' });
      expect(response.status).toBe(413);
      expect(JSON.parse(response.body).errors[0].message).toMatch(/over 64 KB/);
    }
    const brotli = await post(brotliCompressSync(requestOfSize(200 * 1024)), { chunked: false, encoding: 'br' });
    expect(brotli.status).toBe(413);
  });

  it('reads a compressed body within the limit, and says what is wrong with a bad one', async () => {
    const email = nextAddress();
    const response = await post(gzipSync(JSON.stringify({ query: SUBSCRIBE, variables: { input: { email, consent: true } } })), { chunked: false, encoding: 'gzip' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).data.subscribeToNewsletter.ok).toBe(true);
    await optIn.idle();
    expect(await cms.strapi.db.query(SIGNUP).count({ where: { email } })).toBe(1);

    const corrupt = await post(Buffer.from('not gzip at all'), { chunked: false, encoding: 'gzip' });
    expect(corrupt.status).toBe(400);
    expect(JSON.parse(corrupt.body).errors[0].message).toMatch(/not valid gzip/);
    expect(JSON.parse(corrupt.body).errors[0].extensions.code).toBe('BAD_REQUEST');
    const unknown = await post(requestOfSize(1024), { chunked: false, encoding: 'zstd' });
    expect(unknown.status).toBe(415);
    expect(JSON.parse(unknown.body).errors[0].message).toMatch(/gzip, deflate or br/);
    expect(JSON.parse(unknown.body).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
