// Packs every workspace package and checks each tarball: contents, publint, attw.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { attwTarball, publintTarball } from './lint-packed.mjs';
import { packPackage } from './pack-package.mjs';
import { checkTarballContents } from './tarball-contents.mjs';
import { unpackTarball } from './unpack-tarball.mjs';

/**
 * Absolute directories of the published workspace packages listed in the root package.json
 * (private ones, such as the internal @hwcloud-directory/protocol, are bundled into the others).
 */
export async function workspacePackageDirs(repoRoot) {
  const root = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
  const dirs = root.workspaces.map((workspace) => join(repoRoot, workspace));
  const published = await Promise.all(dirs.map(async (dir) => !JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')).private));
  return dirs.filter((_, index) => published[index]);
}

/**
 * Packs each workspace package into `outDir` (one after another: each prepack compiles) and
 * checks it. Writes `outDir/manifest.json` with the result.
 * @returns {Promise<Array<{ name: string, version: string, tarball: string, manifest: object, files: string[], problems: string[], suggestions: string[] }>>}
 * @example const packed = await packAndCheckAll('/repo', '/tmp/packs'); packed.flatMap((p) => p.problems)
 */
export async function packAndCheckAll(repoRoot, outDir) {
  await mkdir(outDir, { recursive: true });
  const results = [];
  for (const dir of await workspacePackageDirs(repoRoot)) {
    const packed = await packPackage(dir, outDir);
    const { root, files } = await unpackTarball(packed.tarball);
    const contents = await checkTarballContents(root, files);
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    const [lint, attw] = await Promise.all([publintTarball(packed.tarball), attwTarball(packed.tarball, manifest)]);
    await rm(dirname(root), { recursive: true, force: true });
    results.push({
      name: packed.name,
      version: packed.version,
      tarball: packed.tarball,
      manifest,
      files,
      problems: [...contents, ...lint.problems, ...attw],
      suggestions: lint.suggestions,
    });
  }
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(results, null, 2)}\n`);
  return results;
}
