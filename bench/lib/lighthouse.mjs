// Lighthouse (pinned at 12.2.3) through its own CLI, one page at a time, default settings:
// mobile form factor with simulated throttling (slow 4G, 4× CPU). Each run launches and closes
// its own headless Chromium (CHROME_PATH) in the CLI's process group. Full reports are kept
// in bench/.work/lighthouse/<page>.report.json.
import fs from 'node:fs/promises';
import path from 'node:path';
import { FOREIGN_CPU_LIMIT, RETRIES, cpuWindow } from './cpu.mjs';
import { rootDir, runToEnd, workDir } from './processes.mjs';
import { chromiumPath } from './weight.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update';

/**
 * @param {string} siteUrl   on 127.0.0.1, a host Lighthouse accepts
 * @param {Record<string, string>} pages  name → path
 */
export const runLighthouse = async (siteUrl, pages) => {
  const dir = path.join(workDir, 'lighthouse');
  await fs.mkdir(dir, { recursive: true });
  const results = {};
  for (const [name, pagePath] of Object.entries(pages)) {
    const output = path.join(dir, `${name}.report.json`);
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
    const audit = (id) => report.audits[id]?.numericValue ?? null;
    results[name] = {
      path: pagePath,
      scores: Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)])),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
      tbtMs: Math.round(audit('total-blocking-time')),
      fcpMs: Math.round(audit('first-contentful-paint')),
      failing: failingAudits(report),
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
