import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    cmsDistDir: string;
  }
}

/**
 * The tests boot the compiled CMS, as production does. Compile the server sources for this run
 * into a temporary folder (cms/.tmp/test-dist-*), so a test never runs stale code and never disturbs the cms/dist of
 * a CMS running beside it. The admin panel build (cms/dist/build, made by `strapi build`) is
 * linked in for the browser tests that use it.
 */
export default function compileCms(project: TestProject) {
  const cmsDir = path.resolve(import.meta.dirname, '..');
  // Inside cms/ (in the git-ignored .tmp) so the compiled code resolves cms/node_modules.
  mkdirSync(path.join(cmsDir, '.tmp'), { recursive: true });
  const outDir = mkdtempSync(path.join(cmsDir, '.tmp', 'test-dist-'));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', cmsDir, '--outDir', outDir, '--incremental', 'false'], { stdio: 'inherit' });
  const adminBuild = path.join(cmsDir, 'dist', 'build');
  if (existsSync(adminBuild)) symlinkSync(adminBuild, path.join(outDir, 'build'));
  project.provide('cmsDistDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
