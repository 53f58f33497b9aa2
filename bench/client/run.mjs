// npm run bench:client — overhead (ops/s) and bundle size of @hwcloud-directory/client beside
// bare openapi-fetch, a hand-written fetch and the client `redocly generate-client` makes from
// our bundled spec. Generated and bundled code goes to a temporary folder, never committed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('./', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'hwcloud-bench-client-'));
const redoclyClient = join(work, 'redocly-meeting-client.ts');

try {
  // 1. The Redocly-generated client, from our own bundled spec.
  const generated = spawnSync(
    join(root, 'node_modules/.bin/redocly'),
    ['generate-client', join(root, 'generated/meeting.openapi.yaml'), '-o', redoclyClient],
    { cwd: root, encoding: 'utf8' },
  );
  if (generated.status !== 0) throw new Error(`redocly generate-client failed:\n${generated.stderr}`);
  const alias = { 'redocly-meeting-client': redoclyClient };

  // 2. Overhead: bundle the benchmark (TypeScript) and run it in a fresh Node process.
  const benchFile = join(work, 'overhead.mjs');
  await build({ entryPoints: [join(here, 'overhead.ts')], outfile: benchFile, bundle: true, platform: 'node', format: 'esm', target: 'node20', alias, logLevel: 'error' });
  const run = spawnSync(process.execPath, [benchFile], { stdio: 'inherit', cwd: root });
  if (run.status !== 0) throw new Error('overhead benchmark failed');

  // 3. Size: esbuild, minified, browser ESM, gzipped.
  const apps = [
    ['createMeetingClient (App ID auth, paging, retry)', 'meeting-app.ts'],
    ['createBssClient (AK/SK signing, paging)', 'bss-app.ts'],
    ['openapi-fetch alone', 'openapi-fetch-app.ts'],
    ['redocly generate-client (Meeting)', 'redocly-app.ts'],
  ];
  const rows = [];
  for (const [name, file] of apps) {
    const result = await build({ entryPoints: [join(here, 'apps', file)], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, alias, logLevel: 'error' });
    const code = result.outputFiles[0].contents;
    rows.push({ name, file, min: code.length, gzip: gzipSync(code, { level: 9 }).length });
  }
  const baseline = rows.find((row) => row.file === 'openapi-fetch-app.ts').gzip;
  console.log('\nBundle size: esbuild --bundle --minify (ESM, browser), gzip -9');
  console.table(rows.map((r) => ({ app: r.name, 'min (B)': r.min, 'min+gzip (B)': r.gzip, 'gzip kB': (r.gzip / 1024).toFixed(2), 'x openapi-fetch': (r.gzip / baseline).toFixed(2), '<= 5 kB': r.gzip <= 5 * 1024 ? 'yes' : 'no' })));
} finally {
  rmSync(work, { recursive: true, force: true });
}
