// The static baseline: a plain node:http server that answers each recorded path with the
// site's own response (status, headers, compressed body bytes) from memory. It runs in its
// own process, like the site, so it does not share an event loop with the load generator.
//
//   node static-server.mjs <port> <responses.json>
//   responses.json: { "<path>": { "status": 200, "headers": { … }, "body": "<base64>" } }
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [port, file] = process.argv.slice(2);
const responses = new Map(
  Object.entries(JSON.parse(readFileSync(file, 'utf8'))).map(([path, response]) => [path, { ...response, body: Buffer.from(response.body, 'base64') }]),
);

http
  .createServer((request, response) => {
    const recorded = responses.get(request.url ?? '');
    if (!recorded) return response.writeHead(404).end();
    response.writeHead(recorded.status, recorded.headers);
    response.end(recorded.body);
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`static baseline on ${port}`));
