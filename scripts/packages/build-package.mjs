// Builds one workspace package's dist (each package's `npm run build`, and so its prepack):
//   protocol        tsc
//   client, mocks   tsc, then the internal @hwcloud-directory/protocol copied into
//                   dist/protocol/ and imported by relative path, so the published package
//                   has no dependency on the unpublished one (see docs/decisions/0007)
//   openapi         the bundled descriptions copied from generated/ (their one committed home)
// Usage: node scripts/packages/build-package.mjs <protocol|client|mocks|openapi>
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apis, generatedPath, repoRoot } from '../lib/apis.mjs';

const PROTOCOL = '@hwcloud-directory/protocol';
const INLINES_PROTOCOL = new Set(['client', 'mocks']);

/** Builds `packages/<name>/dist` from scratch; throws when a step fails. */
export function buildPackage(name) {
  const packageDir = join(repoRoot, 'packages', name);
  const dist = join(packageDir, 'dist');
  rmSync(dist, { recursive: true, force: true });
  if (name === 'openapi') {
    mkdirSync(dist, { recursive: true });
    for (const api of apis) for (const format of ['yaml', 'json']) copyFileSync(join(repoRoot, generatedPath(api, `openapi.${format}`)), join(dist, `${api.name}.openapi.${format}`));
    return;
  }
  const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', join(packageDir, 'tsconfig.json')], { stdio: 'inherit' });
  if (tsc.status !== 0) throw new Error(`build ${name}: tsc failed with exit code ${tsc.status}`);
  if (INLINES_PROTOCOL.has(name)) inlineProtocol(dist);
}

/** Copies the protocol's dist into `dist/protocol/` and points every import of it there. */
function inlineProtocol(dist) {
  const target = join(dist, 'protocol');
  const files = listFiles(dist);
  cpSync(join(repoRoot, 'packages/protocol/dist'), target, { recursive: true });
  let rewritten = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    let specifier = relative(dirname(file), join(target, 'index.js')).replaceAll('\\', '/');
    if (!specifier.startsWith('.')) specifier = `./${specifier}`;
    const next = text.replace(/(['"])@hwcloud-directory\/protocol\1/g, `$1${specifier}$1`);
    if (next !== text) {
      writeFileSync(file, next);
      rewritten += 1;
    }
  }
  if (rewritten === 0) throw new Error(`build: nothing in ${dist} imports ${PROTOCOL}; drop it from INLINES_PROTOCOL`);
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(m?js|d\.m?ts)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const name = process.argv[2];
  if (!name) {
    console.error('usage: node scripts/packages/build-package.mjs <protocol|client|mocks|openapi>');
    process.exit(2);
  }
  buildPackage(name);
}
