// The results: bench/results/latest.json (every figure) and latest.md (a table per section,
// with the targets and PASS/MISS), printed to stdout as well.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchDir, rootDir } from './processes.mjs';

/** Peers measured earlier on this machine, shown next to the figures they compare with. */
export const PEERS = {
  ghostArticleReqPerSec: 95,
  ghostLighthousePerformance: 50,
  ghostLcpMs: 8000,
  ghostPostJsGzip: 1_000_000,
  bareNuxtSwrVsStatic: 0.4,
  stockListStatements: '4N + 4 (52 at page size 12)',
  stockGraphqlVsRest: 0.64,
};

export const TARGETS = {
  seedSeconds: 120,
  listStatements: 10,
  cachedVsStatic: 0.5,
  articleP99Ms: 150,
  growthP99Factor: 1.5,
  articleReqPerSec: 3 * PEERS.ghostArticleReqPerSec,
  articleJsGzip: 90 * 1024,
  lighthouse: 95,
  publishMs: 2000,
};

export const machine = () => {
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: rootDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  return {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    commit: git('rev-parse', 'HEAD'),
    // Uncommitted changes to tracked files at the time of the run (the code measured may not be the commit's).
    uncommittedChanges: (git('status', '--porcelain', '--untracked-files=no') ?? '').split('\n').filter(Boolean).length,
  };
};

const kb = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (value) => (value === null || value === undefined || !Number.isFinite(value) ? '–' : `${Math.round(value)} ms`);
const num = (value, digits = 1) => (value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));
const ratio = (value) => (value === null || value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}×`);
const mark = (pass) => (pass === null ? 'SKIP' : pass ? 'PASS' : '**MISS**');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const trouble = (run) => {
  const bad = (run?.non2xx ?? 0) + (run?.errors ?? 0) + (run?.timeouts ?? 0);
  return bad ? `⚠ ${bad} failed` : 'ok';
};
/** CPU used by processes other than the benchmark's during the run, in % of the machine. */
/** CPU milliseconds per request of the named servers, "a + b = total" for two. */
const cpuPerRequest = (run, names) => {
  const perRequest = run?.cpuMsPerRequest;
  if (!perRequest || names.some((name) => perRequest[name] === undefined)) return '–';
  const parts = names.map((name) => perRequest[name]);
  const total = parts.reduce((a, b) => a + b, 0);
  return parts.length === 1 ? `${num(total, 2)} ms` : `${parts.map((part) => num(part, 2)).join(' + ')} = ${num(total, 2)} ms`;
};
const foreign = (run) => (run?.cpu?.foreignPct === null || run?.cpu?.foreignPct === undefined ? '–' : `${run.cpu.foreignPct}%${run.attempt > 1 ? ` (try ${run.attempt})` : ''}`);

/** Every load run in the results, to summarise how disturbed the machine was. */
const allRuns = (results) => {
  const runs = [];
  for (const section of [results.graphql?.load, results.site?.load]) {
    for (const byConnections of Object.values(section ?? {})) runs.push(...Object.values(byConnections));
  }
  for (const size of results.growth?.sizes ?? []) runs.push(size.listQuery, size.articlePage);
  return runs.filter(Boolean);
};

/**
 * The targets, each with its measured value and PASS/MISS (SKIP when the phase did not run).
 * @returns {{ section: string, target: string, value: string, pass: boolean | null }[]}
 */
export const evaluateTargets = (results, connections) => {
  const targets = [];
  const add = (section, target, value, pass) => targets.push({ section, target, value, pass });
  const { seed, graphql, site, weight, lighthouse, growth, publish } = results;
  const ran = (phase) => phase && !phase.skipped && !phase.error;

  if (ran(seed) && !seed.reused) {
    const main = seed.datasets.at(-1);
    add('Seeding', `${main.articles.toLocaleString('en')} articles (and all datasets) seeded in < ${TARGETS.seedSeconds} s`, `${num(seed.totalSeconds)} s all, ${num(main.totalSeconds)} s largest`, seed.totalSeconds < TARGETS.seedSeconds);
  }
  if (ran(graphql)) {
    const sizes = Object.entries(graphql.statements.graphqlList);
    const worst = Math.max(...sizes.map(([, value]) => value.statements));
    add('GraphQL', `List query ≤ ${TARGETS.listStatements} SQL statements at any page size`, sizes.map(([size, value]) => `${value.statements} @${size}`).join(', '), worst <= TARGETS.listStatements);
    for (const c of connections) {
      // Measured in alternating slices (see measureInterleaved); older results have blocks only.
      const gql = graphql.interleaved?.[c]?.graphqlList ?? graphql.load.graphqlList[c];
      const rest = graphql.interleaved?.[c]?.restList ?? graphql.load.restList[c];
      const how = graphql.interleaved ? 'interleaved' : 'one block each';
      add('GraphQL', `List query req/s ≥ REST baseline (${c} connections, ${how})`, `${num(gql.reqPerSec)} vs ${num(rest.reqPerSec)} (${ratio(gql.reqPerSec / rest.reqPerSec)})`, gql.reqPerSec >= rest.reqPerSec);
    }
  }
  if (ran(site)) {
    for (const page of ['list', 'article']) {
      const ratios = connections.map((c) => site.ratios[page][c]);
      add('Site', `Cached ${page} ≥ ${TARGETS.cachedVsStatic * 100}% of static baseline req/s`, connections.map((c, n) => `${ratio(ratios[n])} @${c}`).join(', '), ratios.every((value) => value >= TARGETS.cachedVsStatic));
    }
    const article10 = site.load.articleUncached[10] ?? site.load.articleUncached[connections[0]];
    add('Site', `Uncached article p99 < ${TARGETS.articleP99Ms} ms at 10 connections, ${results.config.articles.toLocaleString('en')} articles`, ms(article10.latencyMs.p99), article10.latencyMs.p99 < TARGETS.articleP99Ms);
    const best = Math.max(...connections.map((c) => site.load.articleUncached[c].reqPerSec));
    if (site.load.ghost) {
      // Ghost measured in this run, on this machine: the comparison the target asks for.
      const ghost = Math.max(...connections.map((c) => site.load.ghost[c].reqPerSec));
      add('Site', `Uncached article ≥ 3× Ghost's post rate in this run (${num(3 * ghost)}; best of ${connections.join('/')} connections)`, `${num(best)} vs Ghost ${num(ghost)} req/s (${ratio(best / ghost)})`, best >= 3 * ghost);
    } else {
      add('Site', `Uncached article ≥ 3× Ghost's ${PEERS.ghostArticleReqPerSec} req/s (${TARGETS.articleReqPerSec}; best of ${connections.join('/')} connections)`, `${num(best)} req/s (${ratio(best / PEERS.ghostArticleReqPerSec)} Ghost)`, best >= TARGETS.articleReqPerSec);
    }
  }
  if (ran(growth)) {
    const [first, last] = [growth.sizes[0], growth.sizes.at(-1)];
    for (const [key, label] of [['listQuery', 'GraphQL list query'], ['articlePage', 'Uncached article page']]) {
      const factor = last[key].latencyMs.p99 / first[key].latencyMs.p99;
      add('Growth', `${label} latency flat from ${first.articles.toLocaleString('en')} to ${last.articles.toLocaleString('en')} articles (p99 ≤ ${TARGETS.growthP99Factor}×)`, `p99 ${ms(first[key].latencyMs.p99)} → ${ms(last[key].latencyMs.p99)} (${ratio(factor)})`, factor <= TARGETS.growthP99Factor);
    }
  }
  if (ran(weight)) {
    const uncompressed = Object.values(weight.pages).flatMap((page) => page.uncompressed);
    add('Weight', "HTML, CSS and JS compressed by the site's own server", uncompressed.length ? `${uncompressed.length} uncompressed: ${uncompressed.slice(0, 3).join(', ')}` : `all compressed (${[...new Set(Object.values(weight.pages).flatMap((page) => page.encodings))].join(', ')})`, uncompressed.length === 0);
    const article = weight.pages.article;
    add('Weight', `Article page JS ≤ ${TARGETS.articleJsGzip / 1024} KB gzip (everything loaded)`, `${kb(article.js.gzip)} (${kb(article.jsInitial.gzip)} referenced by the HTML)`, article.js.gzip <= TARGETS.articleJsGzip);
  }
  if (ran(lighthouse)) {
    for (const [name, page] of Object.entries(lighthouse.pages)) {
      const lowest = Math.min(...Object.values(page.scores));
      add('Lighthouse', `${name}: ≥ ${TARGETS.lighthouse} in every category`, Object.values(page.scores).join(' / '), lowest >= TARGETS.lighthouse);
    }
  }
  if (ran(publish)) {
    add('Publish', `Publish → live < ${TARGETS.publishMs / 1000} s (every round)`, `median ${ms(publish.medianMs)}, max ${ms(publish.maxMs)}`, publish.timedOut === 0 && publish.maxMs < TARGETS.publishMs);
  }
  return targets;
};

const phaseNote = (phase) => (phase?.skipped ? '_Skipped (BENCH_SKIP)._' : phase?.error ? `_Failed: ${phase.error.split('\n')[0]}_` : null);

/** Markdown for the whole run. */
export const toMarkdown = (results) => {
  const { config, seed, graphql, site, weight, lighthouse, growth, publish, targets } = results;
  const connections = config.connections;
  const out = [];
  const m = results.machine;
  out.push(`# Benchmark ${results.date}`);
  out.push('');
  out.push(`${m.cpuModel}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node ${m.node}. Commit ${m.commit?.slice(0, 12) ?? '?'}${m.uncommittedChanges ? ` with ${m.uncommittedChanges} uncommitted changed files` : ''}.`);
  const runs = allRuns(results);
  const disturbed = runs.filter((run) => (run.cpu?.foreignPct ?? 0) > 15);
  const repeated = runs.filter((run) => run.attempt > 1);
  const machineNote = runs.length
    ? `Other processes on the machine: at most ${Math.max(...runs.map((run) => run.cpu?.foreignPct ?? 0))}% of its CPU during a load run; ${repeated.length} of ${runs.length} runs repeated because of them${disturbed.length ? `, ${disturbed.length} still above 15% (figures marked in "Other load" are doubtful)` : ''}.`
    : '';
  out.push(`SQLite, ${config.articles.toLocaleString('en')} articles, ${config.members} team members, ${config.events} events, ${config.topics} topics; ${config.duration} s per load run after ${config.warmup} s warm-up; connections ${connections.join(', ')}. Total run ${num(results.totalSeconds, 0)} s.`);
  if (machineNote) out.push(machineNote);
  out.push('');

  out.push('## Targets');
  out.push(table(['Section', 'Target', 'Measured', 'Result'], targets.map((t) => [t.section, t.target, t.value, mark(t.pass)])));
  out.push('');

  out.push('## Seeding');
  if (phaseNote(seed)) out.push(phaseNote(seed));
  else {
    if (seed.reused) out.push('_Reused the previous run’s databases (BENCH_SKIP=seed); times are from that run._\n');
    out.push(table(
      ['Database', 'CMS load', 'Bulk insert', 'Total', 'Published articles / members / events / topics'],
      [
        ['template (6 images uploaded, settings, admin)', `${num(seed.template.loadSeconds)} s`, `${num(seed.template.uploadSeconds)} s (uploads)`, `${num(seed.template.totalSeconds)} s`, '–'],
        ...seed.datasets.map((d) => [`${d.articles.toLocaleString('en')} articles`, `${num(d.loadSeconds)} s`, `${num(d.bulkSeconds)} s`, `${num(d.totalSeconds)} s`, Object.values(d.published).join(' / ')]),
      ],
    ));
    out.push(`\nAll seeding: ${num(seed.totalSeconds)} s.`);
  }
  out.push('');

  out.push(`## GraphQL and REST (CMS, ${config.articles.toLocaleString('en')} articles)`);
  if (phaseNote(graphql)) out.push(phaseNote(graphql));
  else {
    const rows = [];
    for (const [key, label] of [['graphqlList', 'GraphQL list (12)'], ['restList', 'REST list (12)'], ['graphqlSlug', 'GraphQL by slug'], ['restSlug', 'REST by slug']]) {
      for (const c of connections) {
        const run = graphql.load[key][c];
        rows.push([label, c, num(run.reqPerSec), ms(run.latencyMs.p50), ms(run.latencyMs.p99), num(run.statementsPerRequest), cpuPerRequest(run, ['cms']), trouble(run), foreign(run)]);
      }
    }
    out.push(table(['Request', 'Conns', 'req/s', 'p50', 'p99', 'SQL/req under load', 'CMS CPU/req', 'Responses', 'Other load'], rows));
    out.push('');
    if (graphql.interleaved) {
      const first = graphql.interleaved[connections[0]].graphqlList;
      out.push(`Interleaved: the four requests again, in alternating slices (${first.slices} × ${first.sliceSeconds} s each, order reversed every slice), so the machine's drift in speed falls on GraphQL and REST alike. The ratios and the target use these figures; the blocks above give latency and SQL under load.`);
      out.push('');
      const rows = [];
      for (const [key, label] of [['graphqlList', 'GraphQL list (12)'], ['restList', 'REST list (12)'], ['graphqlSlug', 'GraphQL by slug'], ['restSlug', 'REST by slug']]) {
        for (const c of connections) {
          const run = graphql.interleaved[c][key];
          rows.push([label, c, num(run.reqPerSec), num(run.seconds), run.trouble ? `⚠ ${run.trouble} failed` : 'ok']);
        }
      }
      out.push(table(['Request (interleaved)', 'Conns', 'req/s', 'Seconds in all', 'Responses'], rows));
      out.push('');
    }
    out.push(table(['Ratio GraphQL / REST', ...connections.map((c) => `${c} conns`)], [
      [graphql.interleaved ? 'list (interleaved)' : 'list', ...connections.map((c) => ratio(graphql.ratios.list[c]))],
      [graphql.interleaved ? 'by slug (interleaved)' : 'by slug', ...connections.map((c) => ratio(graphql.ratios.slug[c]))],
      ...(graphql.blockRatios
        ? [
            ['list (one block each)', ...connections.map((c) => ratio(graphql.blockRatios.list[c]))],
            ['by slug (one block each)', ...connections.map((c) => ratio(graphql.blockRatios.slug[c]))],
          ]
        : []),
    ]));
    out.push(`\nStock Strapi 5.54 measured earlier: GraphQL list ${PEERS.stockGraphqlVsRest}× REST.`);
    out.push('');
    out.push('SQL statements per request (one request at a time, counted at the better-sqlite3 driver):');
    out.push('');
    out.push(table(['Request', 'Statements', 'Without BEGIN/COMMIT'], [
      ...Object.entries(graphql.statements.graphqlList).map(([size, v]) => [`GraphQL list, page size ${size}`, num(v.statements), num(v.withoutTransactionControl)]),
      ...Object.entries(graphql.statements.restList).map(([size, v]) => [`REST list, page size ${size}`, num(v.statements), num(v.withoutTransactionControl)]),
      ['GraphQL by slug', num(graphql.statements.graphqlSlug.statements), num(graphql.statements.graphqlSlug.withoutTransactionControl)],
      ['REST by slug', num(graphql.statements.restSlug.statements), num(graphql.statements.restSlug.withoutTransactionControl)],
    ]));
    out.push(`\nStock Strapi measured earlier: ${PEERS.stockListStatements}.`);
  }
  out.push('');

  out.push('## Site');
  if (phaseNote(site)) out.push(phaseNote(site));
  else {
    const rows = [];
    for (const [key, label] of [['listUncached', '/insights uncached'], ['listCached', '/insights cached'], ['listStatic', '/insights static baseline'], ['articleUncached', '/insights/<slug> uncached'], ['articleCached', '/insights/<slug> cached'], ['articleStatic', '/insights/<slug> static baseline']]) {
      for (const c of connections) {
        const run = site.load[key][c];
        rows.push([label, c, num(run.reqPerSec), ms(run.latencyMs.p50), ms(run.latencyMs.p99), site.cmsStatementsPerView[key] === undefined ? '–' : num(site.cmsStatementsPerView[key]), key.endsWith('Static') ? '–' : cpuPerRequest(run, ['site', 'cms']), trouble(run), foreign(run)]);
      }
    }
    for (const c of site.load.ghost ? connections : []) {
      const run = site.load.ghost[c];
      rows.push([`Ghost 6.65 ${site.ghostPath} (peer, this run)`, c, num(run.reqPerSec), ms(run.latencyMs.p50), ms(run.latencyMs.p99), '–', cpuPerRequest(run, ['ghost']), trouble(run), foreign(run)]);
    }
    out.push(table(['Page', 'Conns', 'req/s', 'p50', 'p99', 'CMS SQL per view', 'CPU per view, site + CMS', 'Responses', 'Other load'], rows));
    out.push('');
    out.push(table(['Cached / static baseline', ...connections.map((c) => `${c} conns`)], [
      ['/insights', ...connections.map((c) => ratio(site.ratios.list[c]))],
      ['/insights/<slug>', ...connections.map((c) => ratio(site.ratios.article[c]))],
    ]));
    out.push(
      `\nBare Nuxt 4.5 with SWR measured earlier: ${PEERS.bareNuxtSwrVsStatic}× static. ` +
        (site.load.ghost ? `Ghost 6.65 ran in this run (BENCH_GHOST_DIR): production mode, SQLite, no page cache, its own default post ${site.ghostPath}.` : `Ghost 6.65 uncached post, measured earlier on another machine: ~${PEERS.ghostArticleReqPerSec} req/s (set BENCH_GHOST_DIR to measure it in the run).`),
    );
    out.push(`Requests send \`accept-encoding: br, gzip\`; the site answered with \`content-encoding: ${site.encoding}\`. Uncached = every request carries the page-cache bypass header (\`x-page-cache-bypass\` with the purge secret), so the site renders it from the CMS; the CMS SQL column shows each view really reached (or skipped) the CMS.`);
  }
  out.push('');

  out.push('## Page weight (gzip -9 of each response, loaded in Chromium until network idle)');
  if (phaseNote(weight)) out.push(phaseNote(weight));
  else {
    out.push(table(['Page', 'HTML', 'CSS', 'JS (all)', 'JS (in HTML)', 'JS files', 'Fonts', 'Images', 'Served encodings'], Object.entries(weight.pages).map(([name, p]) => [
      `${name} \`${p.path}\``, kb(p.html.gzip), kb(p.css.gzip), kb(p.js.gzip), kb(p.jsInitial.gzip), p.js.requests, kb(p.font.bytes), kb(p.image.bytes), p.encodings.join(', '),
    ])));
    out.push(`\nGhost 6.65 measured earlier: ~${kb(PEERS.ghostPostJsGzip)} gzipped JS on a post. Fonts and images: bytes as served.`);
  }
  out.push('');

  out.push('## Lighthouse 12.2.3 (mobile, simulated throttling, cached pages)');
  if (phaseNote(lighthouse)) out.push(phaseNote(lighthouse));
  else {
    out.push('The run with the median performance score of each page; every run\'s score in the last columns, with Lighthouse\'s benchmark index for the CPU during that run (higher is faster; simulated throttling scales what it observes, so a slow moment of a shared machine lowers the score).\n');
    out.push(table(['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP', 'CLS', 'TBT', 'Below 0.9', 'Performance, every run', 'CPU benchmark index, every run'], Object.entries(lighthouse.pages).map(([name, p]) => [
      `${name} \`${p.path}\``, p.scores.performance, p.scores.accessibility, p.scores['best-practices'], p.scores.seo, ms(p.lcpMs), num(p.cls, 3), ms(p.tbtMs), p.failing.join('; ') || '–', (p.performanceRuns ?? [p.scores.performance]).join(', '),
      (p.benchmarkIndexRuns ?? []).map((index) => index ?? '–').join(', ') || '–',
    ])));
    out.push(`\nGhost 6.65 measured earlier: performance ${PEERS.ghostLighthousePerformance}, LCP ${PEERS.ghostLcpMs / 1000} s.`);
  }
  out.push('');

  out.push('## Growth (10 connections)');
  if (phaseNote(growth)) out.push(phaseNote(growth));
  else {
    out.push(table(['Articles', 'List query req/s', 'List query p99', 'List query SQL', 'List query CMS CPU/req', 'Article page (uncached) req/s', 'Article page p99', 'Article page CPU per view, site + CMS', 'Responses', 'Other load'], growth.sizes.map((s) => [
      s.articles.toLocaleString('en'), num(s.listQuery.reqPerSec), ms(s.listQuery.latencyMs.p99), num(s.listStatements.statements), cpuPerRequest(s.listQuery, ['cms']), num(s.articlePage.reqPerSec), ms(s.articlePage.latencyMs.p99), cpuPerRequest(s.articlePage, ['site', 'cms']), `${trouble(s.listQuery)} / ${trouble(s.articlePage)}`, `${foreign(s.listQuery)} / ${foreign(s.articlePage)}`,
    ])));
  }
  out.push('');

  out.push('## Publish → live (admin API publish to new title on the cached page, polled every 50 ms)');
  if (phaseNote(publish)) out.push(phaseNote(publish));
  else {
    out.push(table(['Round', 'Publish request', 'Live after', 'Polls'], publish.rounds.map((r) => [r.round, ms(r.publishRequestMs), r.liveMs === null ? 'timed out' : ms(r.liveMs), r.polls])));
    out.push(`\nMedian ${ms(publish.medianMs)}, max ${ms(publish.maxMs)}.`);
  }
  out.push('');
  return out.join('\n');
};

export const writeResults = async (results) => {
  const dir = path.join(benchDir, 'results');
  await fs.mkdir(dir, { recursive: true });
  const markdown = toMarkdown(results);
  await fs.writeFile(path.join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  await fs.writeFile(path.join(dir, 'latest.md'), markdown);
  return markdown;
};
