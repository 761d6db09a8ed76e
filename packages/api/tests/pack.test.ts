import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The package as an app outside this repository gets it: `pnpm pack` (which builds dist/ in
 * `prepack`), the tarball unpacked into a temporary app's node_modules beside its declared
 * dependencies only, then loaded by plain Node (no TypeScript loader) and type-checked by tsc.
 */
const packageDir = path.resolve(import.meta.dirname, '..');
let work: string;
let app: string;
let installed: string;

/** Runs a command without the test runner's NODE_OPTIONS, so nothing but Node itself loads the code. */
const run = (command: string, args: string[], cwd: string) => {
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
};

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'insights-api-pack-'));
  run('pnpm', ['pack', '--pack-destination', work], packageDir);
  const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'))!;
  app = path.join(work, 'app');
  installed = path.join(app, 'node_modules', '@insights', 'api');
  mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', path.join(work, tarball), '-C', installed, '--strip-components=1'], work);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  // The packed package's dependencies and peers, as a package manager would install them.
  const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  for (const name of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
    const target = path.join(app, 'node_modules', name);
    mkdirSync(path.dirname(target), { recursive: true });
    symlinkSync(realpathSync(path.join(packageDir, 'node_modules', name)), target);
  }
}, 120_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds JavaScript and declarations only, and points its exports at them', () => {
    const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    const files = readdirSync(installed, { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
    expect(files).toContain('schema.graphql');
  });

  it('runs in plain Node: documents print and a query goes out with its fragments', () => {
    const script = `
      import { print } from 'graphql';
      import { ArticleListQuery, createApiClient, errorCodes, graphqlEndpoint } from '@insights/api';
      const bodies = [];
      const fetch = async (url, init) => { bodies.push(JSON.parse(init.body)); return Response.json({ data: { articles_connection: { nodes: [], pageInfo: { total: 0, page: 1, pageSize: 12, pageCount: 0 } } } }); };
      const result = await createApiClient({ url: 'https://cms.example.org/graphql', fetch }).query(ArticleListQuery, { page: 2 }).toPromise();
      console.log(JSON.stringify({
        endpoint: graphqlEndpoint('https://cms.example.org/graphql'),
        printed: print(ArticleListQuery),
        sent: bodies[0],
        total: result.data.articles_connection.pageInfo.total,
        codes: errorCodes(result.error),
      }));
    `;
    const output = JSON.parse(run(process.execPath, ['--input-type=module', '--eval', script], app));
    expect(output.endpoint).toBe('https://cms.example.org/graphql');
    expect(output.printed).toMatch(/^query ArticleList\(/);
    expect(output.sent.query).toContain('fragment ArticleCard on Article');
    expect(output.sent.variables).toEqual({ page: 2 });
    expect(output.total).toBe(0);
    expect(output.codes).toEqual([]);
  });

  it('types results from its declarations, outside this repository', () => {
    writeFileSync(
      path.join(app, 'consumer.ts'),
      `import { ArticleBySlugQuery, type ResultOf } from '@insights/api';
       type Article = NonNullable<ResultOf<typeof ArticleBySlugQuery>['articles'][number]>;
       export const title = (article: Article): string => article.title;
       // @ts-expect-error: not a field of ArticleFull
       export const missing = (article: Article) => article.notAField;
      `,
    );
    writeFileSync(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2023', 'DOM'], strict: true, noEmit: true, types: [] }, files: ['consumer.ts'] }),
    );
    const tsc = path.join(packageDir, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() => run(process.execPath, [tsc, '-p', app], app)).not.toThrow();
  }, 60_000);
});
