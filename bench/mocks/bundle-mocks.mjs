// Bundles the mocks' Node entry from source (TypeScript) into bench/results/, so benchmarks
// measure the code as written without a prior `tsc` build: the internal protocol package is
// taken from its source too, as the tests take it. msw stays external and resolves from the
// repo's node_modules.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const outDir = `${repoRoot}bench/results/`;

/** Builds packages/mocks/src/node.ts to bench/results/mocks-node.mjs and returns its path. */
export async function bundleMocks() {
  mkdirSync(outDir, { recursive: true });
  const outfile = `${outDir}mocks-node.mjs`;
  await build({
    entryPoints: [`${repoRoot}packages/mocks/src/node.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['msw', 'msw/*'],
    alias: { '@hwcloud-directory/protocol': `${repoRoot}packages/protocol/src/index.ts` },
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}
