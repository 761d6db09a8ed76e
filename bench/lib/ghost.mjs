// Ghost, the best-known blog engine, as a peer measured in the same run (optional): the site's
// uncached article rate is compared with Ghost's post rate on the same machine at the same time.
// The benchmark does not install Ghost. Point BENCH_GHOST_DIR at an unpacked Ghost with its
// production dependencies (see bench/README.md); it runs in production mode on SQLite, with a
// fresh copy of its content folder (its database, theme and default posts) under bench/.work.
import fs from 'node:fs/promises';
import path from 'node:path';
import { freePort, startService, waitFor, workDir } from './processes.mjs';

export const startGhost = async (ghostDir) => {
  const content = path.join(workDir, 'ghost-content');
  await fs.rm(content, { recursive: true, force: true });
  await fs.cp(path.join(ghostDir, 'content'), content, { recursive: true });
  await fs.rm(path.join(content, 'data'), { recursive: true, force: true });
  await fs.mkdir(path.join(content, 'data'), { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const service = startService(process.execPath, [path.join(ghostDir, 'index.js')], {
    cwd: ghostDir,
    name: 'Ghost',
    env: {
      NODE_ENV: 'production',
      url,
      server__host: '127.0.0.1',
      server__port: String(port),
      database__client: 'sqlite3',
      database__connection__filename: path.join(content, 'data', 'ghost.db'),
      database__useNullAsDefault: 'true',
      paths__contentPath: content,
      logging__level: 'error',
      logging__transports: '["stdout"]',
      mail__transport: 'Direct',
    },
  });
  // The first start creates and fills the database: a minute or more on a slow machine.
  await waitFor(`${url}/`, { statuses: [200], timeoutMs: 300_000, service });
  return { ...service, url };
};
