// Packs one workspace package with `npm pack` (its prepack script builds dist first).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The file name `npm pack` gives a package's tarball, e.g. `hwcloud-directory-client-0.1.0.tgz`. */
export function tarballName(name, version) {
  return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

/**
 * Packs the package in `packageDir` into `outDir`, exactly as `npm publish` would upload it.
 * @returns {Promise<{ name: string, version: string, dir: string, tarball: string }>}
 * @example await packPackage('/repo/packages/client', '/tmp/packs')
 */
export async function packPackage(packageDir, outDir) {
  const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
  try {
    await run('npm', ['pack', '--pack-destination', outDir, '--loglevel', 'error'], {
      cwd: packageDir,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    throw new Error(`npm pack of ${manifest.name} in ${packageDir} failed (its prepack build, most likely):\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
  return { name: manifest.name, version: manifest.version, dir: packageDir, tarball: join(outDir, tarballName(manifest.name, manifest.version)) };
}
