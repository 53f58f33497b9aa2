// npm run bench:client — overhead (ops/s) and bundle size of @hwcloud-directory/client beside
// bare openapi-fetch, a hand-written fetch and the client `redocly generate-client` makes from
// our bundled spec. Generated and bundled code goes to a temporary folder, never committed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { clientOperationsModule } from '../../scripts/steps/50-client-operations.mjs';
import { readApiModel } from '../../scripts/spec-model/load-model.mjs';
import { BUDGET, bundleSize } from './bundle-size.mjs';
import { syntheticModel } from './synthetic-operations.mjs';

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

  // 3. Size: esbuild, minified, browser ESM, gzipped; the client apps also with a synthetic
  //    30-operation table (the API's operations and made-up ones shaped like most of them).
  const thirty = (api) => ({ [api]: clientOperationsModule(syntheticModel(readApiModel(api), 30), 'synthetic') });
  const apps = [
    ['createMeetingClient (App ID auth, paging, retry)', 'meeting-app.ts'],
    ['  same, 30-operation table (synthetic)', 'meeting-app.ts', { tables: thirty('meeting') }],
    ['createBssClient (AK/SK signing, paging)', 'bss-app.ts'],
    ['  same, 30-operation table (synthetic)', 'bss-app.ts', { tables: thirty('bss') }],
    ['openapi-fetch alone', 'openapi-fetch-app.ts'],
    ['redocly generate-client (Meeting)', 'redocly-app.ts', { alias }],
  ];
  const rows = [];
  for (const [name, file, options] of apps) rows.push({ name, file, ...(await bundleSize(join(here, 'apps', file), options)) });
  const baseline = rows.find((row) => row.file === 'openapi-fetch-app.ts').gzip;
  console.log('\nBundle size: esbuild --bundle --minify (ESM, browser), gzip -9');
  console.table(rows.map((r) => ({ app: r.name, 'min (B)': r.min, 'min+gzip (B)': r.gzip, 'gzip kB': (r.gzip / 1024).toFixed(2), 'x openapi-fetch': (r.gzip / baseline).toFixed(2), '<= 5 kB': r.gzip <= BUDGET ? 'yes' : 'no' })));
} finally {
  rmSync(work, { recursive: true, force: true });
}
