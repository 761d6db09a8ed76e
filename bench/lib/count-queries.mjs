// Preloaded into the CMS process by the benchmark (node --import bench/lib/count-queries.mjs
// …/strapi.js start): counts the SQL statements the CMS sends to SQLite, without changing the CMS.
//
// Strapi talks to SQLite through knex's better-sqlite3 client, which runs every statement
// through a better-sqlite3 Statement (`.all()` for reads, `.run()` for writes). The CMS keeps
// compiled statements and reuses them (cms/src/lib/statement-cache.ts), so compiling is not
// counted: running is. Wrapping the Statement methods of better-sqlite3, loaded from the CMS's
// own dependencies (the same module instance knex loads), therefore counts each statement run
// at the driver, whatever layer sent it.
//
// The count is served on 127.0.0.1:$BENCH_COUNTER_PORT:
//   GET  /count     {"statements": <total since start>, "transactionControl": <BEGIN, COMMIT…>}
//   POST /record    start keeping the text of each statement
//   POST /recorded  stop, and return the texts kept since /record
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';

const port = Number(process.env.BENCH_COUNTER_PORT);
const Database = createRequire(path.join(process.cwd(), 'package.json'))('better-sqlite3');

let statements = 0;
let transactionControl = 0;
const CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;
/** @type {string[] | null} */
let recording = null;

const probe = new Database(':memory:');
const Statement = Object.getPrototypeOf(probe.prepare('select 1'));
probe.close();
for (const method of ['all', 'get', 'run', 'iterate']) {
  const run = Statement[method];
  Statement[method] = function countedRun(...args) {
    statements += 1;
    if (CONTROL.test(this.source)) transactionControl += 1;
    if (recording && recording.length < 1000) recording.push(this.source);
    return run.apply(this, args);
  };
}

if (port) {
  const server = createServer((request, response) => {
    const reply = (body) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.url === '/count') return reply({ statements, transactionControl });
    if (request.url === '/record' && request.method === 'POST') {
      recording = [];
      return reply({ recording: true });
    }
    if (request.url === '/recorded' && request.method === 'POST') {
      const kept = recording ?? [];
      recording = null;
      return reply({ statements: kept });
    }
    response.writeHead(404).end();
  });
  server.listen(port, '127.0.0.1');
  server.unref();
}
