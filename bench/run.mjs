// `pnpm bench`: seeds benchmark databases, runs the built CMS and site, measures them, and
// writes bench/results/latest.json and latest.md. See bench/README.md for what each figure
// means and how it is measured. scripts/bench.sh installs and builds first.
//
// Environment:
//   BENCH_DURATION=10          seconds per load run        BENCH_WARMUP=2   seconds of warm-up, discarded
//   BENCH_CONNECTIONS=10,50    concurrent connections      BENCH_GROWTH_DURATION=<BENCH_DURATION>
//   BENCH_ARTICLES=10000       the main dataset            BENCH_GROWTH_SIZES=100,1000 (plus the main one)
//   BENCH_SKIP=lighthouse,growth   phases to skip: seed (reuse the last databases), graphql, site,
//                              weight, lighthouse, growth, publish
//   BENCH_FOREIGN_CPU_LIMIT=15, BENCH_RETRIES=2   repeat a run when other processes took the CPU
//   BENCH_SLICES=5, BENCH_SLICE_SECONDS=2   the interleaved GraphQL/REST comparison (see below)
//   BENCH_GHOST_DIR=<unpacked Ghost>   also measure Ghost's post rate in this run (see lib/ghost.mjs)
//   BENCH_GHOST_PATH=/coming-soon/     the Ghost post loaded
import fs from 'node:fs/promises';
import path from 'node:path';
import { measurePublishToLive } from './lib/publish.mjs';
import { startGhost } from './lib/ghost.mjs';
import { getTarget, graphqlTarget, measure, measureInterleaved, rawResponse, requestOnce, statementsPerRequest } from './lib/load.mjs';
import { freePort, killAll, startService, startStack, waitFor, workDir } from './lib/processes.mjs';
import { evaluateTargets, machine, writeResults } from './lib/report.mjs';
import { BROWSER_HEADERS, LIST_QUERY, cmsTargets, siteTargets } from './lib/requests.mjs';
import { databaseFor, publicDir, reuseDatasets, seedDatasets } from './lib/seed.mjs';
import { runLighthouse } from './lib/lighthouse.mjs';
import { measureWeight } from './lib/weight.mjs';

const list = (value, fallback) => (value ?? fallback).split(',').map((item) => item.trim()).filter(Boolean);
const articles = Number(process.env.BENCH_ARTICLES ?? 10_000);
const config = {
  articles,
  members: 50,
  events: 500,
  topics: 30,
  duration: Number(process.env.BENCH_DURATION ?? 10),
  warmup: Number(process.env.BENCH_WARMUP ?? 2),
  growthDuration: Number(process.env.BENCH_GROWTH_DURATION ?? process.env.BENCH_DURATION ?? 10),
  connections: list(process.env.BENCH_CONNECTIONS, '10,50').map(Number),
  growthSizes: [...new Set([...list(process.env.BENCH_GROWTH_SIZES, '100,1000').map(Number).filter((size) => size < articles), articles])],
  skip: list(process.env.BENCH_SKIP, ''),
  slices: Number(process.env.BENCH_SLICES ?? 5),
  sliceSeconds: Number(process.env.BENCH_SLICE_SECONDS ?? 2),
  ghostDir: process.env.BENCH_GHOST_DIR || null,
  ghostPath: process.env.BENCH_GHOST_PATH || '/coming-soon/',
};
const skip = new Set(config.skip);
const load = { duration: config.duration, warmup: config.warmup };

/** Slugs the pages use: one article for the cached page and Lighthouse, another to publish. */
const CACHED_SLUG = 'bulk-article-3';
const PUBLISH_SLUG = 'bulk-article-5';
// Events start one a day from (events / 2) days ago: this one is ten days ahead.
const EVENT_SLUG = `bulk-event-${config.events / 2 + 11}`;
const PAGES = { home: '/', list: '/insights', article: `/insights/${CACHED_SLUG}`, event: `/events/${EVENT_SLUG}` };

const log = (message) => console.error(`\x1b[1;34m▸\x1b[0m ${message}`);
const perConnections = async (fn) => {
  const out = {};
  for (const connections of config.connections) out[connections] = await fn(connections);
  return out;
};
const round2 = (value) => Math.round(value * 100) / 100;

/** The servers whose CPU time per request the load runs report (see measure in lib/load.mjs). */
const services = (stack) => ({ cms: stack.cms.process.pid, site: stack.site.process.pid });

/** Fails loudly when a response is not what the page or query should return. */
const check = (condition, message) => {
  if (!condition) throw new Error(message);
};

const graphqlPhase = async (stack) => {
  const targets = cmsTargets(stack.cms.url, articles);
  const counter = stack.cms.counter;

  const listBody = JSON.parse(await requestOnce(targets.graphqlList));
  check(listBody.data.articles_connection.nodes.length === 12 && listBody.data.articles_connection.nodes[0].cover?.url && listBody.data.articles_connection.nodes[0].authors.length === 2, 'The GraphQL list query did not return 12 articles with covers and authors.');
  const restBody = JSON.parse(await requestOnce(targets.restList));
  check(restBody.data.length === 12 && restBody.data[0].cover?.url && restBody.data[0].authors.length === 2, 'The REST list did not return 12 articles with covers and authors.');
  check(JSON.parse(await requestOnce(targets.graphqlSlug)).data.articles.length === 1, 'The GraphQL by-slug query found no article.');
  check(JSON.parse(await requestOnce(targets.restSlug)).data.length === 1, 'The REST by-slug request found no article.');

  log('SQL statements per request…');
  const statements = { graphqlList: {}, restList: {} };
  for (const pageSize of [1, 12, 50]) {
    const sized = cmsTargets(stack.cms.url, articles, pageSize);
    statements.graphqlList[pageSize] = await statementsPerRequest(sized.graphqlList, counter);
    statements.restList[pageSize] = await statementsPerRequest(sized.restList, counter);
  }
  statements.graphqlSlug = await statementsPerRequest(targets.graphqlSlug, counter);
  statements.restSlug = await statementsPerRequest(targets.restSlug, counter);

  // The statements behind one list request, grouped by shape: where the count comes from.
  const recording = await counter.record();
  await requestOnce(targets.graphqlList);
  const shapes = new Map();
  for (const sql of await recording.stop()) {
    const shape = sql.replace(/`t\d+`/g, '`t`').slice(0, 160);
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
  }
  statements.graphqlListShapes = [...shapes].sort((a, b) => b[1] - a[1]).map(([sql, count]) => ({ count, sql }));

  const runs = {};
  for (const [key, target] of Object.entries(targets)) {
    runs[key] = await perConnections(async (connections) => {
      log(`${target.name}, ${connections} connections…`);
      return measure(target, { ...load, connections, counter, services: services(stack) });
    });
  }
  // The ratios: GraphQL and REST in alternating slices, so drift in the machine's speed during
  // the phase falls on both alike (the blocks above give latency and SQL under load).
  const keys = ['graphqlList', 'restList', 'graphqlSlug', 'restSlug'];
  const interleaved = await perConnections(async (connections) => {
    log(`GraphQL and REST interleaved, ${config.slices} × ${config.sliceSeconds} s slices each, ${connections} connections…`);
    const measured = await measureInterleaved(keys.map((key) => targets[key]), { connections, slices: config.slices, sliceSeconds: config.sliceSeconds, counter });
    return Object.fromEntries(keys.map((key, i) => [key, measured[i]]));
  });
  const ratio = (source, a, b) => Object.fromEntries(config.connections.map((c) => [c, round2(source(c, a) / source(c, b))]));
  const fromInterleaved = (c, key) => interleaved[c][key].reqPerSec;
  const fromBlocks = (c, key) => runs[key][c].reqPerSec;
  return {
    query: LIST_QUERY,
    statements,
    load: runs,
    interleaved,
    ratios: { list: ratio(fromInterleaved, 'graphqlList', 'restList'), slug: ratio(fromInterleaved, 'graphqlSlug', 'restSlug') },
    blockRatios: { list: ratio(fromBlocks, 'graphqlList', 'restList'), slug: ratio(fromBlocks, 'graphqlSlug', 'restSlug') },
  };
};

/** Serves recorded responses from a plain node:http server in its own process. */
const startStaticBaseline = async (responses) => {
  const file = path.join(workDir, 'static-responses.json');
  const serialised = Object.fromEntries(
    Object.entries(responses).map(([urlPath, response]) => {
      const headers = { ...response.headers };
      // Framing and per-connection headers are the server's own; Node writes its own date.
      for (const name of ['connection', 'keep-alive', 'transfer-encoding', 'date']) delete headers[name];
      return [urlPath, { status: response.status, headers, body: response.body.toString('base64') }];
    }),
  );
  await fs.writeFile(file, JSON.stringify(serialised));
  const port = await freePort();
  const server = startService(process.execPath, [path.join(import.meta.dirname, 'lib/static-server.mjs'), String(port), file], { cwd: workDir, name: 'The static baseline server' });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/`, { statuses: [404], service: server, timeoutMs: 10_000 });
  return { ...server, url };
};

const purgeSiteCache = async (stack) => {
  const response = await fetch(`${stack.site.url}/api/cache/purge`, { method: 'POST', headers: { authorization: `Bearer ${stack.secrets.purge}`, 'content-type': 'application/json' }, body: '{}' });
  check(response.ok, `Purging the site cache failed: ${response.status}`);
};

const sitePhase = async (stack) => {
  const targets = siteTargets(stack.site.url, articles, CACHED_SLUG, stack.secrets.purge);
  const counter = stack.cms.counter;

  // The exact bytes the site sends for the cached pages, for the static baseline.
  const recorded = {};
  for (const key of ['listCached', 'articleCached']) {
    const target = targets[key];
    await requestOnce(target);
    const response = await rawResponse(`${stack.site.url}${target.path}`, BROWSER_HEADERS);
    check(response.status === 200, `${target.path} answered ${response.status}`);
    recorded[target.path] = response;
  }
  const encoding = [...new Set(Object.values(recorded).map((response) => response.headers['content-encoding'] ?? 'none'))].join(', ');
  const staticServer = await startStaticBaseline(recorded);

  const cmsStatementsPerView = {};
  for (const key of ['listCached', 'articleCached', 'listUncached', 'articleUncached']) {
    cmsStatementsPerView[key] = (await statementsPerRequest(targets[key], counter)).statements;
  }
  check(cmsStatementsPerView.listCached === 0 && cmsStatementsPerView.articleCached === 0, 'Cached pages reached the CMS: the page cache is not serving them.');
  check(cmsStatementsPerView.listUncached > 0 && cmsStatementsPerView.articleUncached > 0, 'Uncached pages did not reach the CMS: the cache bypass does not work.');

  const runs = {};
  const order = [
    ['listStatic', { ...targets.listCached, name: '/insights static baseline', base: staticServer.url }],
    ['listCached', targets.listCached],
    ['articleStatic', { ...targets.articleCached, name: '/insights/<slug> static baseline', base: staticServer.url }],
    ['articleCached', targets.articleCached],
    ['listUncached', targets.listUncached],
    ['articleUncached', targets.articleUncached],
  ];
  try {
    for (const [key, target] of order) {
      runs[key] = await perConnections(async (connections) => {
        log(`${target.name}, ${connections} connections…`);
        return measure(target, { ...load, connections, counter, services: services(stack) });
      });
    }
  } finally {
    await staticServer.stop();
  }
  if (config.ghostDir) {
    // The peer, on the same machine in the same run, while the CMS and the site are idle.
    log('Starting Ghost (BENCH_GHOST_DIR)…');
    const ghost = await startGhost(config.ghostDir);
    const target = getTarget(`Ghost ${config.ghostPath}`, ghost.url, config.ghostPath, { headers: BROWSER_HEADERS });
    try {
      await requestOnce(target);
      runs.ghost = await perConnections(async (connections) => {
        log(`${target.name}, ${connections} connections…`);
        return measure(target, { ...load, connections, counter, services: { ghost: ghost.process.pid } });
      });
    } finally {
      await ghost.stop();
    }
  }
  // Thousands of one-off cache entries from the uncached runs: start the next phases clean.
  await purgeSiteCache(stack);
  const ratio = (a, b) => Object.fromEntries(config.connections.map((c) => [c, round2(runs[a][c].reqPerSec / runs[b][c].reqPerSec)]));
  return {
    cacheBypass: 'x-page-cache-bypass header with the purge secret on every request (the site renders afresh)',
    ...(config.ghostDir ? { ghostPath: config.ghostPath } : {}),
    encoding,
    cmsStatementsPerView,
    load: runs,
    ratios: { list: ratio('listCached', 'listStatic'), article: ratio('articleCached', 'articleStatic') },
  };
};

const warmPages = async (stack) => {
  for (const pagePath of Object.values(PAGES)) {
    const response = await fetch(`${stack.site.url}${pagePath}`);
    await response.text();
    check(response.ok, `${pagePath} answered ${response.status}`);
  }
};

/** The list query and the uncached article page at 10 connections, on the running stack. */
const growthAt = async (stack, size) => {
  const connections = 10;
  const duration = { duration: config.growthDuration, warmup: config.warmup };
  const listQuery = graphqlTarget('GraphQL list (12)', stack.cms.url, LIST_QUERY, { page: 1, pageSize: 12 });
  const article = siteTargets(stack.site.url, size, CACHED_SLUG, stack.secrets.purge).articleUncached;
  log(`Growth, ${size.toLocaleString('en')} articles…`);
  const result = {
    articles: size,
    listStatements: await statementsPerRequest(listQuery, stack.cms.counter),
    listQuery: await measure(listQuery, { ...duration, connections, counter: stack.cms.counter, services: services(stack) }),
    articlePage: await measure(article, { ...duration, connections, counter: stack.cms.counter, services: services(stack) }),
  };
  await purgeSiteCache(stack);
  return result;
};

const main = async () => {
  const started = performance.now();
  const results = { date: new Date().toISOString(), machine: machine(), config, phaseSeconds: {} };
  const failures = [];
  const phase = async (name, fn) => {
    if (skip.has(name)) {
      results[name] = { skipped: true };
      return;
    }
    const phaseStarted = performance.now();
    try {
      results[name] = await fn();
    } catch (error) {
      failures.push(name);
      results[name] = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      console.error(`\n✖ ${name} failed: ${results[name].error}\n`);
    } finally {
      results.phaseSeconds[name] = Math.round((performance.now() - phaseStarted) / 100) / 10;
    }
  };

  // The admin's password stays in bench/.work/seed.json, out of the results.
  const plan = { sizes: config.growthSizes, members: config.members, events: config.events, topics: config.topics };
  let admin;
  if (skip.has('seed')) {
    const { admin: reusedAdmin, ...seeded } = await reuseDatasets(plan);
    admin = reusedAdmin;
    results.seed = seeded;
  } else {
    log(`Seeding ${config.growthSizes.map((size) => size.toLocaleString('en')).join(', ')}-article databases in bench/.work…`);
    await phase('seed', async () => {
      const { admin: seededAdmin, ...seeded } = await seedDatasets(plan);
      admin = seededAdmin;
      return seeded;
    });
    if (results.seed.error) throw new Error('Seeding failed; nothing to measure.');
  }

  log(`Starting the CMS and the site on ${articles.toLocaleString('en')} articles…`);
  const stack = await startStack({ database: databaseFor(articles), publicDir });
  // Growth on the main dataset is measured while its stack runs; the smaller ones after.
  const growthSizes = [];
  let growthError = null;
  let growthSeconds = 0;
  try {
    await phase('graphql', () => graphqlPhase(stack));
    await phase('site', () => sitePhase(stack));
    await warmPages(stack);
    await phase('weight', async () => {
      log('Page weight in Chromium…');
      return { pages: await measureWeight(stack.site.url, PAGES) };
    });
    await phase('lighthouse', async () => {
      await warmPages(stack);
      log('Lighthouse…');
      return { pages: await runLighthouse(stack.site.url, PAGES) };
    });
    if (!skip.has('growth')) {
      const growthStarted = performance.now();
      try {
        growthSizes.push(await growthAt(stack, articles));
      } catch (error) {
        growthError = error;
      }
      growthSeconds = (performance.now() - growthStarted) / 1000;
    }
    await phase('publish', async () => {
      log('Publish → live…');
      return measurePublishToLive({ cmsUrl: stack.cms.url, siteUrl: stack.site.url, admin, slug: PUBLISH_SLUG });
    });
  } finally {
    await stack.stop();
  }

  await phase('growth', async () => {
    if (growthError) throw growthError;
    for (const size of config.growthSizes.filter((value) => value !== articles)) {
      const small = await startStack({ database: databaseFor(size), publicDir });
      try {
        growthSizes.unshift(await growthAt(small, size));
      } finally {
        await small.stop();
      }
    }
    return { sizes: growthSizes.sort((a, b) => a.articles - b.articles) };
  });
  if (results.phaseSeconds.growth !== undefined) results.phaseSeconds.growth = Math.round((results.phaseSeconds.growth + growthSeconds) * 10) / 10;

  results.totalSeconds = Math.round((performance.now() - started) / 1000);
  results.targets = evaluateTargets(results, config.connections);
  const markdown = await writeResults(results);
  console.log(markdown);
  console.error(`Results: bench/results/latest.json and latest.md (${results.totalSeconds} s).`);
  if (failures.length) {
    console.error(`Phases that failed: ${failures.join(', ')}.`);
    process.exitCode = 1;
  }
};

main().catch((error) => {
  console.error(error);
  killAll();
  process.exit(1);
});
