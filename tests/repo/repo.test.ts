import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
/** TypeScript files under a folder of the repository, recursively. */
const sources = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => path.join(dir, file));
/** Names of the environment variables code reads: env('X'), env.int('X'), requireEnv('X'), process.env.X, env.X. */
const variablesRead = (files: string[]) =>
  new Set(files.flatMap((file) => [...read(file).matchAll(/\b(?:env(?:\.[a-z]+)?|requireEnv)\(\s*'([A-Z][A-Z0-9_]+)'|\benv\.([A-Z][A-Z0-9_]+)\b|process\.env(?:\.([A-Z][A-Z0-9_]+)|\[['"]([A-Z][A-Z0-9_]+)['"]\])/g)].map((match) => match.slice(1).find(Boolean)!)));
const envKeys = (file: string) => [...read(file).matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]!);

interface Service {
  build?: { context: string; target: string };
  image?: string;
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  ports?: string[];
}
const compose = parse(read('docker-compose.yml')) as { services: Record<string, Service>; volumes: Record<string, unknown> };

describe('docker-compose.yml', () => {
  it('describes PostgreSQL, the CMS and the site, started in order of health', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['cms', 'postgres', 'web']);
    expect(compose.services.cms!.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(compose.services.web!.depends_on).toEqual({ cms: { condition: 'service_healthy' } });
  });

  it('builds targets that exist in the Dockerfile', () => {
    const targets = [...read('Dockerfile').matchAll(/^FROM \S+ AS (\S+)$/gm)].map((match) => match[1]);
    for (const name of ['cms', 'web']) expect(targets).toContain(compose.services[name]!.build!.target);
  });

  it('gives the CMS every secret it refuses to start without, and PostgreSQL', () => {
    const environment = compose.services.cms!.environment!;
    for (const key of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY']) expect(environment[key], key).toBeTruthy();
    expect(environment.DATABASE_URL).toMatch(/^postgres:\/\/.+@postgres:5432\//);
    expect(environment.NODE_ENV).toBe('production');
  });

  it('only sets variables the apps document', () => {
    const cmsDocumented = new Set([...envKeys('cms/.env.example'), 'NODE_ENV']);
    for (const key of Object.keys(compose.services.cms!.environment!)) expect(cmsDocumented.has(key), `cms: ${key}`).toBe(true);
    const webDocumented = new Set(envKeys('web/.env.example'));
    for (const key of Object.keys(compose.services.web!.environment!)) expect(webDocumented.has(key), `web: ${key}`).toBe(true);
  });

  it('shares the preview, purge and proxy secrets between the two apps', () => {
    const cms = compose.services.cms!.environment!;
    const web = compose.services.web!.environment!;
    expect(web.NUXT_PREVIEW_SECRET).toBe(cms.PREVIEW_SECRET!.replace(/:\?.*\}$/, '}'));
    expect(web.NUXT_PURGE_SECRET).toBe(cms.PURGE_SECRET!.replace(/:\?.*\}$/, '}'));
    expect(web.NUXT_CMS_PROXY_SECRET).toBe(cms.SITE_PROXY_SECRET!.replace(/:\?.*\}$/, '}'));
    expect(web.NUXT_CMS_PREVIEW_TOKEN).toBe(cms.PREVIEW_API_TOKEN!.replace(/:\?.*\}$/, '}'));
  });
});

describe('README', () => {
  const readme = read('README.md');

  it('starts with the two commands', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## What runs where'));
    expect(quickStart).toContain('npm start');
    expect(quickStart).toContain('npm test');
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toBe('bash scripts/start.sh');
    expect(scripts.test).toBe('bash scripts/test.sh');
  });

  it('documents every configuration variable of both apps', () => {
    const reference = readme.slice(readme.indexOf('## Configuration reference'), readme.indexOf('## Architecture'));
    const missing = [...envKeys('cms/.env.example'), ...envKeys('web/.env.example')].filter((key) => !reference.includes(key));
    expect(missing).toEqual([]);
  });

  it('documents every variable the CMS reads', () => {
    const reference = readme.slice(readme.indexOf('## Configuration reference'), readme.indexOf('### Site'));
    const read = variablesRead([...sources('cms/config'), ...sources('cms/src')]);
    // The scan finds what it should (so an empty result below means something).
    for (const known of ['HOST', 'APP_KEYS', 'DATABASE_POOL_MAX', 'NEWSLETTER_LIMIT_PER_IP', 'SEED_DEMO_CONTENT']) expect(read).toContain(known);
    expect([...read].filter((name) => !new RegExp(`\\b${name}\\b`).test(reference) && !reference.includes(`\`${name.replace(/^DATABASE/, '')}\``))).toEqual([]);
  });
});
