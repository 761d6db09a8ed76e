// Child processes of the benchmark: the CMS, the site, the static baseline server, Lighthouse.
// Each runs in its own process group, so stopping it also stops anything it started (Chromium
// under Lighthouse); every group still alive is killed when the benchmark exits or fails.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { descendants } from './proc.mjs';

export const rootDir = path.resolve(import.meta.dirname, '../..');
export const cmsDir = path.join(rootDir, 'cms');
export const webDir = path.join(rootDir, 'web');
export const benchDir = path.join(rootDir, 'bench');
export const workDir = path.join(benchDir, '.work');

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

const signal = (pid, name) => {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
};

/**
 * Signals a child's process group and, by pid, every process it started: some of those leave
 * the group (chrome-launcher starts Chromium detached, under Lighthouse).
 */
const killGroup = (child, name) => {
  const started = descendants(child.pid);
  signal(-child.pid, name);
  for (const pid of started) signal(pid, name);
};

/** Kills every child still running and what it started, synchronously (for process 'exit'). */
export const killAll = () => {
  for (const child of running) killGroup(child, 'SIGKILL');
  running.clear();
};

let handlersInstalled = false;
const installHandlers = () => {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the benchmark's processes…`);
      killAll();
      process.exit(130);
    });
  }
};

/** A free TCP port on 127.0.0.1. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });

export const secret = (bytes = 24) => randomBytes(bytes).toString('base64url');

/**
 * @typedef {object} Service
 * @property {import('node:child_process').ChildProcess} process
 * @property {() => string} output  the tail of its stdout and stderr
 * @property {() => Promise<void>} stop
 * @property {Promise<number | null>} exited
 */

/**
 * Starts a process in its own group, keeping the tail of its output for error messages.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env?: Record<string, string | undefined>, echo?: boolean }} options
 * @returns {Service}
 */
export const startService = (command, args, { cwd, env = {}, echo = false, name = null }) => {
  installHandlers();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  let stopping = false;
  let tail = '';
  const keep = (chunk) => {
    tail = (tail + chunk.toString()).slice(-20_000);
    if (echo) process.stderr.write(chunk);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      // A server that dies in the middle of the run: say so, with what it last printed.
      if (name && !stopping) console.error(`\n✖ ${name} exited unexpectedly (${signal ?? `code ${code}`}). Its last output:\n${tail.slice(-4000)}\n`);
      resolve(code);
    });
    child.once('error', (error) => {
      tail += `\n${error.message}`;
      running.delete(child);
      resolve(null);
    });
  });
  return {
    process: child,
    output: () => tail,
    exited,
    stop: async () => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
};

/** Runs a process to completion; rejects with its output when it fails. */
export const runToEnd = async (command, args, options) => {
  const service = startService(command, args, options);
  const code = await service.exited;
  if (code !== 0) throw new Error(`${path.basename(args[0] ?? command)} failed (exit ${code}):\n${service.output()}`);
  return service.output();
};

/** Polls a URL until it answers with one of `statuses`; fails early if `service` exits. */
export const waitFor = async (url, { statuses = [200, 204], timeoutMs = 180_000, service } = {}) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service && (service.process.exitCode !== null || service.process.signalCode !== null)) {
      throw new Error(`The process behind ${url} exited:\n${service.output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (statuses.includes(response.status)) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms.\n${service?.output() ?? ''}`);
};

/** Fresh secrets, shared between the CMS and the site as scripts/setup-env.mjs shares them. */
export const stackSecrets = () => ({ preview: secret(), previewToken: randomBytes(48).toString('hex'), purge: secret(), proxy: secret() });

/**
 * The built CMS in production mode on `database` (a SQLite file under bench/.work), with a
 * statement counter preloaded (lib/count-queries.mjs) that answers on `counterPort`.
 */
export const startCms = async ({ database, publicDir, port, counterPort, siteUrl, secrets }) => {
  const cmsUrl = `http://127.0.0.1:${port}`;
  const preload = pathToFileURL(path.join(benchDir, 'lib/count-queries.mjs')).href;
  const strapiBin = path.join(cmsDir, 'node_modules/@strapi/strapi/bin/strapi.js');
  const cms = startService(process.execPath, ['--import', preload, strapiBin, 'start'], {
    name: 'The CMS',
    cwd: cmsDir,
    env: {
      ...cmsEnv({ database, publicDir }),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: cmsUrl,
      SITE_URL: siteUrl,
      PREVIEW_SECRET: secrets.preview,
      PREVIEW_API_TOKEN: secrets.previewToken,
      PURGE_SECRET: secrets.purge,
      SITE_PROXY_SECRET: secrets.proxy,
      BENCH_COUNTER_PORT: String(counterPort),
    },
  });
  await waitFor(`${cmsUrl}/_health`, { service: cms });
  return { ...cms, url: cmsUrl, counter: statementCounter(`http://127.0.0.1:${counterPort}`) };
};

/**
 * Environment shared by every CMS process of the benchmark (the seeding worker too). Everything
 * that could otherwise come from cms/.env (Strapi loads it for unset variables) is set, so the
 * developer's database and uploads are never touched.
 */
export const cmsEnv = ({ database, publicDir }) => ({
  DATABASE_CLIENT: 'sqlite',
  DATABASE_URL: '',
  DATABASE_FILENAME: database,
  PUBLIC_DIR: publicDir,
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  SEED_DEMO_CONTENT: 'false',
  // The every-minute scheduled-publishing task would add its own statements to the counts.
  CRON_ENABLED: 'false',
  SMTP_HOST: '',
  STRAPI_STARTUP_MESSAGE: 'false',
  STRAPI_TELEMETRY_DISABLED: 'true',
});

/** The built site (web/.output) on `port`, talking to the CMS at `cmsUrl`. */
export const startSite = async ({ port, cmsUrl, secrets }) => {
  const siteUrl = `http://127.0.0.1:${port}`;
  const site = startService(process.execPath, [path.join(webDir, '.output/server/index.mjs')], {
    name: 'The site',
    cwd: webDir,
    env: {
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      NUXT_CMS_URL: cmsUrl,
      NUXT_PUBLIC_CMS_URL: cmsUrl,
      NUXT_PUBLIC_ADMIN_URL: cmsUrl,
      NUXT_PUBLIC_SITE_URL: siteUrl,
      NUXT_PREVIEW_SECRET: secrets.preview,
      NUXT_CMS_PREVIEW_TOKEN: secrets.previewToken,
      NUXT_PURGE_SECRET: secrets.purge,
      NUXT_CMS_PROXY_SECRET: secrets.proxy,
    },
  });
  await waitFor(`${siteUrl}/robots.txt`, { service: site, timeoutMs: 60_000 });
  return { ...site, url: siteUrl };
};

/**
 * The CMS and the site on free ports with shared secrets: the site's cache purge endpoint is
 * the CMS's webhook target (SITE_URL, PURGE_SECRET = NUXT_PURGE_SECRET).
 */
export const startStack = async ({ database, publicDir }) => {
  const [cmsPort, counterPort, sitePort] = [await freePort(), await freePort(), await freePort()];
  const secrets = stackSecrets();
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  const cms = await startCms({ database, publicDir, port: cmsPort, counterPort, siteUrl, secrets });
  let site;
  try {
    site = await startSite({ port: sitePort, cmsUrl: cms.url, secrets });
  } catch (error) {
    await cms.stop();
    throw error;
  }
  return {
    cms,
    site,
    secrets,
    async stop() {
      await Promise.all([site.stop(), cms.stop()]);
    },
  };
};

/** Reads the CMS's SQL statement counter (see count-queries.mjs). */
const statementCounter = (url) => ({
  /** Statements the CMS has run since it started: all, and BEGIN/COMMIT/… among them. */
  async count() {
    const response = await fetch(`${url}/count`);
    return /** @type {{ statements: number, transactionControl: number }} */ (await response.json());
  },
  /** Starts recording statement texts; `stop()` returns them. */
  async record() {
    await fetch(`${url}/record`, { method: 'POST' });
    return {
      stop: async () => (await (await fetch(`${url}/recorded`, { method: 'POST' })).json()).statements,
    };
  },
});
