// Lighthouse (pinned at 12.2.3) through its own CLI, one page at a time, default settings:
// mobile form factor with simulated throttling (slow 4G, 4× CPU). Each run launches and closes
// its own headless Chromium (CHROME_PATH) in the CLI's process group. Each page is run
// BENCH_LIGHTHOUSE_RUNS times (3) and the run with the median performance score is reported,
// as Lighthouse's own guidance on variability advises; every run's score is kept. Full reports
// are kept in bench/.work/lighthouse/<page>.report.json (the median run) and <page>.<n>.report.json.
import fs from 'node:fs/promises';
import path from 'node:path';
import { FOREIGN_CPU_LIMIT, RETRIES, cpuWindow } from './cpu.mjs';
import { rootDir, runToEnd, workDir } from './processes.mjs';
import { chromiumPath } from './weight.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update';
const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));

/**
 * @param {string} siteUrl   on 127.0.0.1, a host Lighthouse accepts
 * @param {Record<string, string>} pages  name → path
 */
export const runLighthouse = async (siteUrl, pages) => {
  const dir = path.join(workDir, 'lighthouse');
  await fs.mkdir(dir, { recursive: true });
  const results = {};
  for (const [name, pagePath] of Object.entries(pages)) {
    const runs = [];
    for (let run = 1; run <= RUNS; run += 1) {
      const output = path.join(dir, `${name}.${run}.report.json`);
      // Simulated throttling scales what it observes on this CPU: a run that shared the machine
      // with someone else's build is repeated, as load runs are.
      let cpu;
      for (let attempt = 1; attempt <= 1 + RETRIES; attempt += 1) {
        const window = cpuWindow();
        await runToEnd(
          process.execPath,
          [
            path.join(rootDir, 'node_modules/lighthouse/cli/index.js'),
            `${siteUrl}${pagePath}`,
            '--output=json',
            `--output-path=${output}`,
            `--only-categories=${CATEGORIES.join(',')}`,
            `--chrome-flags=${CHROME_FLAGS}`,
            '--quiet',
          ],
          { cwd: rootDir, env: { CHROME_PATH: chromiumPath() } },
        );
        cpu = { ...window.stop(), attempt };
        if ((cpu.foreignPct ?? 0) <= FOREIGN_CPU_LIMIT) break;
        console.error(`  other processes used ${cpu.foreignPct}% of the machine's CPU during Lighthouse on ${pagePath}${attempt <= RETRIES ? ': repeating it' : ''}`);
      }
      const report = JSON.parse(await fs.readFile(output, 'utf8'));
      if (report.runtimeError) throw new Error(`Lighthouse on ${pagePath}: ${report.runtimeError.code} ${report.runtimeError.message}`);
      runs.push({ report, output, cpu, performance: report.categories.performance?.score ?? 0 });
    }
    // The median run by performance score (the lower middle for an even number of runs).
    const ordered = [...runs].sort((a, b) => a.performance - b.performance);
    const { report, output, cpu } = ordered[Math.floor((ordered.length - 1) / 2)];
    await fs.copyFile(output, path.join(dir, `${name}.report.json`));
    const audit = (id) => report.audits[id]?.numericValue ?? null;
    results[name] = {
      path: pagePath,
      scores: Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)])),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
      tbtMs: Math.round(audit('total-blocking-time')),
      fcpMs: Math.round(audit('first-contentful-paint')),
      failing: failingAudits(report),
      performanceRuns: runs.map((run) => Math.round(run.performance * 100)),
      // Lighthouse's own measure of this CPU's speed during each run (higher is faster):
      // simulated throttling scales what it observes, so a slow moment lowers the score.
      benchmarkIndexRuns: runs.map((run) => Math.round(run.report.environment?.benchmarkIndex ?? 0) || null),
      cpu,
      warnings: report.runWarnings ?? [],
    };
  }
  return results;
};

/** Audits under 0.9 in the categories that count, so a missed score says what to fix. */
const failingAudits = (report) => {
  const ids = new Set(CATEGORIES.flatMap((category) => (report.categories[category]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id)));
  return [...ids]
    .map((id) => report.audits[id])
    .filter((audit) => audit && audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
    .map((audit) => `${audit.id} (${audit.displayValue || audit.score})`);
};
