#!/usr/bin/env node
// `npm run pack:packages [-- <out-dir>]`: packs the three published packages as `npm publish`
// would, into `.artifacts/packages/` by default, under names without a version
// (`hwcloud-directory-client.tgz`, `hwcloud-directory-mocks.tgz`, `hwcloud-directory-openapi.tgz`),
// so that the examples' `npm run install:local` and the guides can name them before the packages
// are on the registry. Fails when a tarball lacks its README or LICENSE, carries tests, secrets or
// source maps pointing outside it, or when publint or attw (--profile esm-only) find a problem.
import { rename, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { packAndCheckAll } from './consumers-packing/pack-all.mjs';
import { repoRoot } from './lib/apis.mjs';

/** The stable file name of a package's tarball: `@hwcloud-directory/client` -> `hwcloud-directory-client.tgz`. */
export function stableTarballName(name) {
  return `${name.replace(/^@/, '').replace('/', '-')}.tgz`;
}

const outDir = resolve(process.argv[2] ?? join(repoRoot, '.artifacts', 'packages'));

const packed = await packAndCheckAll(repoRoot, outDir);
for (const entry of packed) {
  const stable = join(outDir, stableTarballName(entry.name));
  await rename(entry.tarball, stable);
  entry.tarball = stable;
}
await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(packed, null, 2)}\n`);

for (const { name, version, tarball, files, problems, suggestions } of packed) {
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name}@${version}: ${files.length} files -> ${tarball}`);
  for (const problem of problems) console.log(`     problem: ${problem}`);
  for (const suggestion of suggestions) console.log(`     suggestion: ${suggestion}`);
}
const failed = packed.filter((p) => p.problems.length > 0).length;
console.log(failed ? `${failed} of ${packed.length} packages have problems.` : `All ${packed.length} packages are clean.`);
if (!failed) console.log(`Install them in any project: npm install ${packed.map((p) => join(outDir, basename(p.tarball))).join(' ')}`);
process.exitCode = failed ? 1 : 0;
