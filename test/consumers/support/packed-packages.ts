// The three packages packed once per content: every consumer test installs these same tarballs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packAndCheckAll, type PackedPackageReport } from '../../../scripts/consumers-packing/pack-all.mjs';
import { withFileLock } from './file-lock.js';

/** One packed package and what the checks found in it. */
export type PackedPackage = PackedPackageReport;

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Where consumer tests keep their packs and temporary projects: outside the repository. */
export const consumersTmp = join(tmpdir(), 'hwcloud-directory-consumers');

/**
 * A hash of everything that goes into the tarballs: the packages' files (tracked and untracked,
 * not ignored, so never dist/), the lockfile, the shared compiler settings and the checks.
 */
export function packingKey(): string {
  const listed = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '--', 'packages', 'scripts/consumers-packing'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  const files = [...listed.split('\n').filter(Boolean), 'package-lock.json', 'tsconfig.base.json'].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const path = join(repoRoot, file);
    if (!existsSync(path)) continue;
    hash.update(`${file}\0`).update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Packs and checks every package, once per content: later calls (other test files, later runs
 * on the same sources) reuse the tarballs from the cache directory keyed by {@link packingKey}.
 */
export async function packedPackages(): Promise<PackedPackage[]> {
  // CONSUMER_PACKS_DIR reuses the packs of an earlier run (e.g. while the sources do not build).
  const dir = process.env.CONSUMER_PACKS_DIR ?? join(consumersTmp, `packs-${packingKey()}`);
  const manifest = join(dir, 'manifest.json');
  await mkdir(consumersTmp, { recursive: true });
  if (!existsSync(manifest)) {
    await withFileLock(`${dir}.lock`, async () => {
      if (existsSync(manifest)) return;
      const staging = `${dir}.staging-${process.pid}`;
      await rm(staging, { recursive: true, force: true });
      try {
        await packAndCheckAll(repoRoot, staging);
        // The manifest records the staging paths; the tarballs keep their names in `dir`.
        await rename(staging, dir);
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    });
  }
  const packed = JSON.parse(await readFile(manifest, 'utf8')) as PackedPackage[];
  return packed.map((entry) => ({ ...entry, tarball: join(dir, entry.tarball.split(/[\\/]/).pop()!) }));
}

/** The packed package called `name`; throws when the workspace has none by that name. */
export function packedByName(packed: PackedPackage[], name: string): PackedPackage {
  const found = packed.find((entry) => entry.name === name);
  if (!found) throw new Error(`No packed package ${name}; packed: ${packed.map((entry) => entry.name).join(', ')}`);
  return found;
}
