// HTTP load with autocannon (used programmatically), and the same requests one at a time for
// counting the SQL statements each one costs the CMS.
import http from 'node:http';
import autocannon from 'autocannon';
import { FOREIGN_CPU_LIMIT, RETRIES, cpuWindow } from './cpu.mjs';

/**
 * One kind of request. `vary(i)` gives the i-th request's path and/or body, so a run can walk
 * through many articles or defeat a cache with a unique query string; without it every request
 * is identical.
 * @typedef {object} Target
 * @property {string} name
 * @property {string} base     origin, e.g. http://127.0.0.1:1337
 * @property {string} path
 * @property {string} [method]
 * @property {Record<string, string>} [headers]
 * @property {string} [body]
 * @property {(i: number) => { path?: string, body?: string }} [vary]
 */

/** @returns {Target} */
export const graphqlTarget = (name, base, query, variables, vary) => ({
  name,
  base,
  path: '/graphql',
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query, variables }),
  ...(vary ? { vary: (i) => ({ body: JSON.stringify({ query, variables: { ...variables, ...vary(i) } }) }) } : {}),
});

/** @returns {Target} */
export const getTarget = (name, base, path, { headers = {}, vary } = {}) => ({ name, base, path, method: 'GET', headers, ...(vary ? { vary } : {}) });

let sequence = 0;
/** The i-th request of a target (a process-wide sequence, so no two runs repeat a cache buster). */
const requestAt = (target, i) => ({ method: target.method ?? 'GET', path: target.path, headers: target.headers ?? {}, body: target.body, ...(target.vary ? target.vary(i) : {}) });

const run = (target, { connections, duration }) =>
  autocannon({
    url: target.base,
    connections,
    duration,
    timeout: 30,
    requests: [
      {
        ...requestAt(target, 0),
        ...(target.vary ? { setupRequest: (request) => ({ ...request, ...target.vary((sequence += 1)) }) } : {}),
      },
    ],
  });

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * When autocannon stops, the requests it had in flight are still being served (up to one per
 * connection; at 50 connections, seconds of work for a slow endpoint). The next run must not
 * start on a server still busy with them: wait until the CMS has run no SQL for 500 ms.
 */
export const untilIdle = async (counter, { quietMs = 500, timeoutMs = 120_000 } = {}) => {
  const deadline = Date.now() + timeoutMs;
  let last = (await counter.count()).statements;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = (await counter.count()).statements;
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) {
      return;
    }
  }
  throw new Error(`The CMS was still busy ${timeoutMs / 1000} s after a load run.`);
};

/**
 * Requests per second of several targets measured in alternating slices (A B C D, D C B A, …)
 * rather than one block each: on a shared machine the speed drifts over a minute by more than
 * the difference a ratio between two targets is meant to show, and slices spread that drift
 * evenly over every target. Waits for the CMS to be idle after each slice (see untilIdle).
 * Any non-2xx answer, error or timeout is counted in `trouble`.
 */
export const measureInterleaved = async (targets, { connections, slices, sliceSeconds, counter }) => {
  const totals = targets.map(() => ({ requests: 0, seconds: 0, trouble: 0 }));
  for (let slice = 0; slice < slices; slice += 1) {
    const order = targets.map((_, i) => (slice % 2 === 0 ? i : targets.length - 1 - i));
    for (const i of order) {
      const result = await run(targets[i], { connections, duration: sliceSeconds });
      await untilIdle(counter);
      totals[i].requests += result.requests.total;
      totals[i].seconds += result.duration;
      totals[i].trouble += result.non2xx + result.errors + result.timeouts;
    }
  }
  return totals.map((total) => ({ connections, slices, sliceSeconds, ...total, seconds: round(total.seconds, 2), reqPerSec: round(total.requests / total.seconds) }));
};

/**
 * Loads `target` with `connections` for `duration` seconds after a `warmup` (discarded), then
 * waits until the CMS is idle again (see untilIdle), so no run starts on a server still busy
 * with the last. Latencies in milliseconds. Also reported: the CMS's SQL statements per
 * completed request over the run (requests cut off at the end add a little), and how busy the
 * machine was (cpu.busyPct) and how much of it was other processes (cpu.foreignPct, see
 * cpu.mjs); a run disturbed by others is repeated and the least disturbed attempt kept. Any
 * non-2xx answer, error or timeout is kept in the result and flagged by the report. With
 * `services` (name → pid, e.g. the CMS and the site), also the CPU milliseconds each used per
 * completed request (`cpuMsPerRequest`): where a request's time goes, whatever the machine's speed
 * did to req/s.
 */
export const measure = async (target, { connections, duration, warmup, counter, services = {} }) => {
  let best = null;
  for (let attempt = 1; attempt <= 1 + RETRIES; attempt += 1) {
    if (warmup > 0) {
      await run(target, { connections, duration: warmup });
      await untilIdle(counter);
    }
    const before = await counter.count();
    const window = cpuWindow(services);
    const result = await run(target, { connections, duration });
    const cpu = window.stop();
    await untilIdle(counter);
    const after = await counter.count();
    const summary = {
      connections,
      seconds: result.duration,
      requests: result.requests.total,
      reqPerSec: round(result.requests.average),
      latencyMs: { p50: round(result.latency.p50), p90: round(result.latency.p90), p99: round(result.latency.p99), max: round(result.latency.max) },
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      statementsPerRequest: result.requests.total ? round((after.statements - before.statements) / result.requests.total, 2) : null,
      cpuMsPerRequest: cpu.serviceMs && result.requests.total ? Object.fromEntries(Object.entries(cpu.serviceMs).map(([name, msUsed]) => [name, round(msUsed / result.requests.total, 2)])) : null,
      cpu,
      attempt,
    };
    if (!best || (summary.cpu.foreignPct ?? 0) < (best.cpu.foreignPct ?? 0)) best = summary;
    if ((cpu.foreignPct ?? 0) <= FOREIGN_CPU_LIMIT) break;
    console.error(`  other processes used ${cpu.foreignPct}% of the machine's CPU during that run${attempt <= RETRIES ? ': repeating it' : ''}`);
  }
  return best;
};

/** Sends the i-th request of a target once; fails on a non-2xx answer or a GraphQL error. */
export const requestOnce = async (target, i = (sequence += 1)) => {
  const { method, path, headers, body } = requestAt(target, i);
  const response = await fetch(`${target.base}${path}`, { method, headers, body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${target.name}: ${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  if (target.path === '/graphql' && JSON.parse(text).errors) throw new Error(`${target.name}: GraphQL errors: ${text.slice(0, 500)}`);
  return text;
};

/**
 * SQL statements per request: `count` requests one after another, with the CMS otherwise idle,
 * divided into the statements the CMS ran meanwhile (all of them, and without BEGIN/COMMIT).
 */
export const statementsPerRequest = async (target, counter, count = 10) => {
  await requestOnce(target);
  const before = await counter.count();
  for (let n = 0; n < count; n += 1) await requestOnce(target);
  const after = await counter.count();
  return {
    statements: round((after.statements - before.statements) / count, 2),
    withoutTransactionControl: round((after.statements - after.transactionControl - before.statements + before.transactionControl) / count, 2),
  };
};

/**
 * A response exactly as the server sent it on the wire: status, headers and the body bytes
 * still encoded (fetch would decompress them).
 */
export const rawResponse = (url, headers) =>
  new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      })
      .on('error', reject);
  });
