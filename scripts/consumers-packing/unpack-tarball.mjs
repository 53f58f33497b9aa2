// Unpacks a package tarball so its files can be inspected as a consumer would get them.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Every file under `dir`, as paths relative to it with `/` separators. */
export async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * Extracts a tarball into a new temporary directory.
 * @returns {Promise<{ root: string, files: string[] }>} the package root (`package/`) and its files
 */
export async function unpackTarball(tarball) {
  const into = await mkdtemp(join(tmpdir(), 'hwcloud-unpacked-'));
  await run('tar', ['-xzf', tarball, '-C', into]);
  const root = join(into, 'package');
  return { root, files: await listFiles(root) };
}
