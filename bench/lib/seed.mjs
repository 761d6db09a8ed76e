// The benchmark's own databases, under bench/.work (git-ignored), never cms/.tmp/data.db.
//
// A template database gets the images, the site settings and an admin (seed-worker.mjs
// "template"); each dataset is a copy of it plus generated content (seed-worker.mjs "bulk",
// which calls the CMS's bulkSeed). All datasets share the template's uploads folder.
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cmsDir, cmsEnv, runToEnd, secret, workDir } from './processes.mjs';

export const publicDir = path.join(workDir, 'public');
const templateDb = path.join(workDir, 'template.db');
const manifestFile = path.join(workDir, 'seed.json');

/** The SQLite file of the dataset with `articles` articles. */
export const databaseFor = (articles) => path.join(workDir, `articles-${articles}.db`);

const runWorker = async (database, mode, options, extraEnv = {}) => {
  const output = await runToEnd(process.execPath, [path.join(import.meta.dirname, 'seed-worker.mjs'), mode, JSON.stringify(options)], {
    cwd: cmsDir,
    env: { ...cmsEnv({ database, publicDir }), NODE_ENV: 'production', LOG_LEVEL: 'error', ...extraEnv },
  });
  const line = output.split('\n').find((text) => text.startsWith('BENCH_RESULT '));
  if (!line) throw new Error(`The seeding worker printed no result:\n${output}`);
  return JSON.parse(line.slice('BENCH_RESULT '.length));
};

const copyDatabase = async (from, to) => {
  for (const suffix of ['', '-wal', '-shm']) {
    await fs.rm(`${to}${suffix}`, { force: true });
    if (existsSync(`${from}${suffix}`)) await fs.copyFile(`${from}${suffix}`, `${to}${suffix}`);
  }
};

/**
 * Seeds one database per size in `sizes` (articles), each with the same team, events and topics.
 * @param {{ sizes: number[], members: number, events: number, topics: number }} plan
 */
export const seedDatasets = async ({ sizes, members, events, topics }) => {
  const started = performance.now();
  await fs.rm(workDir, { recursive: true, force: true });
  await fs.mkdir(path.join(publicDir, 'uploads'), { recursive: true });
  const admin = { email: 'bench-admin@bench.example', password: `Bench-${secret(9)}-7a` };

  const template = await runWorker(templateDb, 'template', {}, { BENCH_ADMIN_EMAIL: admin.email, BENCH_ADMIN_PASSWORD: admin.password });
  const datasets = [];
  for (const articles of sizes) {
    const database = databaseFor(articles);
    await copyDatabase(templateDb, database);
    const result = await runWorker(database, 'bulk', { articles, members, events, topics });
    datasets.push({ articles, database: path.relative(workDir, database), ...result });
    console.error(`  ${articles} articles: bulk insert ${result.bulkSeconds} s (CMS load ${result.loadSeconds} s)`);
  }
  const manifest = { admin, plan: { sizes, members, events, topics }, template, datasets, totalSeconds: Math.round((performance.now() - started) / 100) / 10 };
  await fs.writeFile(manifestFile, JSON.stringify(manifest, null, 2));
  return manifest;
};

/** The previous run's databases (BENCH_SKIP=seed), when they match the plan. */
export const reuseDatasets = async ({ sizes }) => {
  if (!existsSync(manifestFile)) throw new Error('BENCH_SKIP=seed: there are no databases from a previous run in bench/.work; run once without it.');
  const manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8'));
  const missing = sizes.filter((size) => !manifest.plan.sizes.includes(size) || !existsSync(databaseFor(size)));
  if (missing.length > 0) throw new Error(`BENCH_SKIP=seed: no database with ${missing.join(', ')} articles in bench/.work; run once without it.`);
  return { ...manifest, reused: true };
};
