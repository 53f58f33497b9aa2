// Lints a packed tarball with publint and Are The Types Wrong, the checks npm consumers' tools rely on.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/**
 * publint on the tarball's own file list, with warnings counted as errors (`strict`).
 * Suggestions are returned apart: they are advice, not defects.
 * @returns {Promise<{ problems: string[], suggestions: string[] }>}
 */
export async function publintTarball(tarball) {
  const bytes = await readFile(tarball);
  const tarballBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const { messages, pkg } = await publint({ pack: { tarball: tarballBuffer }, strict: true, level: 'suggestion' });
  const describe = (message) => `publint ${message.type} ${message.code}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`;
  return {
    problems: messages.filter((message) => message.type !== 'suggestion').map(describe),
    suggestions: messages.filter((message) => message.type === 'suggestion').map(describe),
  };
}

const moduleFile = /\.([cm]?js|json)$/;

/**
 * Export subpaths that name data files rather than modules (`./meeting.yaml`): consumers resolve
 * them to a path (`import.meta.resolve`), and TypeScript has no types for them to check.
 * @param {{ exports?: unknown }} manifest the packed package.json
 */
export function assetEntrypoints(manifest) {
  if (typeof manifest.exports !== 'object' || manifest.exports === null) return [];
  return Object.entries(manifest.exports)
    .filter(([subpath, target]) => subpath.startsWith('.') && typeof target === 'string' && !moduleFile.test(target))
    .map(([subpath]) => subpath);
}

/**
 * Are The Types Wrong on the tarball under the `esm-only` profile: our packages are ESM only
 * (`"type": "module"`, no `require` condition), so resolution from CommonJS (`node16-cjs`) and
 * the pre-exports `node10` mode are out of scope; `node16` from ESM and `bundler` are checked.
 * Data-file exports ({@link assetEntrypoints}) are left out.
 * @returns {Promise<string[]>} attw's report when it finds a problem; empty otherwise
 */
export async function attwTarball(tarball, manifest = {}) {
  const cli = require.resolve('@arethetypeswrong/cli/package.json').replace(/package\.json$/, 'dist/index.js');
  const assets = assetEntrypoints(manifest);
  const exclude = assets.length ? ['--exclude-entrypoints', ...assets] : [];
  try {
    await run(process.execPath, [cli, tarball, '--profile', 'esm-only', ...exclude, '--no-color', '--no-emoji', '--format', 'ascii'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return [];
  } catch (error) {
    return [`attw (--profile esm-only) found problems in ${tarball}:\n${error.stdout || error.stderr || error.message}`];
  }
}
