#!/usr/bin/env node
// `npm run pack:packages [-- <out-dir>]`: packs the three published packages as `npm publish`
// would, and fails when a tarball lacks its README or LICENSE, carries tests, secrets or source
// maps pointing outside it, or when publint or attw (--profile esm-only) find a problem.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { packAndCheckAll } from './consumers-packing/pack-all.mjs';
import { repoRoot } from './lib/apis.mjs';

const outDir = process.argv[2] ? resolve(process.argv[2]) : await mkdtemp(join(tmpdir(), 'hwcloud-directory-packs-'));

const packed = await packAndCheckAll(repoRoot, outDir);
for (const { name, version, tarball, files, problems, suggestions } of packed) {
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name}@${version}: ${files.length} files -> ${tarball}`);
  for (const problem of problems) console.log(`     problem: ${problem}`);
  for (const suggestion of suggestions) console.log(`     suggestion: ${suggestion}`);
}
const failed = packed.filter((p) => p.problems.length > 0).length;
console.log(failed ? `${failed} of ${packed.length} packages have problems.` : `All ${packed.length} packages are clean.`);
process.exitCode = failed ? 1 : 0;
