import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The tests boot the compiled CMS (dist/), as production does. Compile the server sources
 * first, from clean so a deleted source file cannot linger in dist/, and a test never runs
 * against stale code. The admin panel (dist/build) is kept: it is built by `strapi build`
 * (scripts/test.sh) for the browser tests.
 */
export default function compileCms() {
  const cmsDir = path.resolve(import.meta.dirname, '..');
  for (const stale of ['dist/src', 'dist/config', 'dist/tsconfig.tsbuildinfo']) rmSync(path.join(cmsDir, stale), { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', cmsDir], { stdio: 'inherit' });
}
