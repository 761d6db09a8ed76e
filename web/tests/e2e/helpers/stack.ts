import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, secret, startService, waitFor, type Service } from './processes';

export const webDir = path.resolve(import.meta.dirname, '../../..');
export const cmsDir = path.resolve(webDir, '../cms');

export interface Stack {
  siteUrl: string;
  cmsUrl: string;
  admin: { email: string; password: string };
  secrets: { preview: string; previewToken: string; purge: string; proxy: string };
  stop(): Promise<void>;
}

export type Secrets = Stack['secrets'];

/** The built site (web/.output) on `port`, talking to the CMS at `cmsUrl`. */
export const startSite = async ({ port, cmsUrl, publicCmsUrl = cmsUrl, secrets, wait = true }: { port: number; cmsUrl: string; publicCmsUrl?: string; secrets: Secrets; wait?: boolean }): Promise<Service> => {
  requireBuild(path.join(webDir, '.output/server/index.mjs'), 'The site');
  const siteUrl = `http://127.0.0.1:${port}`;
  const site = startService(process.execPath, [path.join(webDir, '.output/server/index.mjs')], {
    cwd: webDir,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      NUXT_CMS_URL: cmsUrl,
      NUXT_PUBLIC_CMS_URL: publicCmsUrl,
      NUXT_PUBLIC_ADMIN_URL: publicCmsUrl,
      NUXT_PUBLIC_SITE_URL: siteUrl,
      NUXT_PREVIEW_SECRET: secrets.preview,
      NUXT_CMS_PREVIEW_TOKEN: secrets.previewToken,
      NUXT_PURGE_SECRET: secrets.purge,
      NUXT_CMS_PROXY_SECRET: secrets.proxy,
    },
  });
  if (wait) await waitFor(`${siteUrl}/robots.txt`, { output: site.output, timeoutMs: 60_000 });
  return site;
};

export interface StackOptions {
  /** Extra environment for the CMS (e.g. SMTP settings). */
  cmsEnv?: Record<string, string>;
  /** Point the site at this CMS address instead (e.g. a proxy in front of the CMS). */
  siteCmsUrl?: (cmsUrl: string) => string;
}

const requireBuild = (file: string, what: string) => {
  if (!existsSync(file)) throw new Error(`${what} is not built (${file} is missing). Run the tests with \`npm test\`, which builds first, or run \`pnpm build\`.`);
};

/**
 * The built CMS on a fresh SQLite database with the demo content, and the built site pointing
 * at it, on free ports, with fresh secrets shared between the two.
 */
export const startStack = async (options: StackOptions = {}): Promise<Stack> => {
  requireBuild(path.join(cmsDir, 'dist/build/index.html'), 'The CMS admin panel');
  requireBuild(path.join(cmsDir, 'dist/src/index.js'), 'The CMS');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'insights-e2e-cms-'));
  mkdirSync(path.join(dataDir, 'uploads'));
  const port = await freePort();
  const cmsUrl = `http://127.0.0.1:${port}`;
  const admin = { email: 'e2e-admin@kestrel.example', password: `E2e-${secret(9)}-7a` };
  const secrets = { preview: secret(), previewToken: secret(48), purge: secret(), proxy: secret() };
  const sitePort = await freePort();
  const siteUrl = `http://127.0.0.1:${sitePort}`;

  const cms: Service = startService(path.join(cmsDir, 'node_modules/.bin/strapi'), ['start'], {
    cwd: cmsDir,
    env: {
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: cmsUrl,
      SITE_URL: siteUrl,
      DATABASE_CLIENT: 'sqlite',
      DATABASE_URL: '',
      DATABASE_FILENAME: path.join(dataDir, 'data.db'),
      PUBLIC_DIR: dataDir,
      APP_KEYS: `${secret()},${secret()}`,
      API_TOKEN_SALT: secret(),
      ADMIN_JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      JWT_SECRET: secret(),
      ENCRYPTION_KEY: secret(),
      PREVIEW_SECRET: secrets.preview,
      PREVIEW_API_TOKEN: secrets.previewToken,
      PURGE_SECRET: secrets.purge,
      SITE_PROXY_SECRET: secrets.proxy,
      SEED_DEMO_CONTENT: 'true',
      DEMO_ADMIN_EMAIL: admin.email,
      DEMO_ADMIN_PASSWORD: admin.password,
      LOG_LEVEL: 'warn',
      STRAPI_STARTUP_MESSAGE: 'false',
      STRAPI_TELEMETRY_DISABLED: 'true',
      ...options.cmsEnv,
    },
  });
  const site = await startSite({ port: sitePort, cmsUrl: options.siteCmsUrl?.(cmsUrl) ?? cmsUrl, publicCmsUrl: cmsUrl, secrets, wait: false });
  const stop = async () => {
    await Promise.all([site.stop(), cms.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(`${cmsUrl}/_health`, { output: cms.output });
    await waitFor(`${siteUrl}/`, { output: () => `${site.output()}\n--- CMS ---\n${cms.output()}`, timeoutMs: 60_000 });
  } catch (error) {
    await stop();
    throw error;
  }
  return { siteUrl, cmsUrl, admin, secrets, stop };
};
