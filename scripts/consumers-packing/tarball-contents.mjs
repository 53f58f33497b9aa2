// Checks what a packed package contains: what a consumer must get, and what must never ship.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, posix } from 'node:path';
import { secretContents, secretFileNames } from './secret-patterns.mjs';

/** Files every package must carry at its root. */
export const requiredFiles = ['package.json', 'README.md', 'LICENSE'];

const testFile = [
  /(^|\/)(test|tests|__tests__|__mocks__|__fixtures__)\//,
  /\.(test|spec|test-d|bench)\.[cm]?[jt]sx?$/,
  /(^|\/)(vitest|jest|playwright)\.config\.[cm]?[jt]s$/,
];
const textFile = /\.([cm]?[jt]sx?|d\.[cm]?ts|json|ya?ml|md|txt|map|html|css|sh)$|(^|\/)[^.]+$/;
const sourceMappingUrl = /[#@]\s*sourceMappingURL=(\S+?)\s*(\*\/)?\s*$/gm;

/** True when `path` is absolute or a URL (file:, webpack:, ...): it names nothing in the package. */
const absolute = (path) => isAbsolute(path) || /^[a-z][a-z0-9+.-]*:/i.test(path);

/** True when `path`, relative to the package root, stays inside it. */
function staysInside(path) {
  const normal = posix.normalize(path);
  return !absolute(path) && normal !== '..' && !normal.startsWith('../');
}

/** Problems with the source map at `mapPath`: every source must resolve inside the package. */
async function sourceMapProblems(root, mapPath, files) {
  let map;
  try {
    map = JSON.parse(await readFile(join(root, mapPath), 'utf8'));
  } catch (error) {
    return [`${mapPath}: not a readable source map (${error.message})`];
  }
  const problems = [];
  const sourceRoot = map.sourceRoot ?? '';
  for (const [index, source] of (map.sources ?? []).entries()) {
    const named = `${sourceRoot}${source}`;
    const resolved = posix.join(posix.dirname(mapPath), sourceRoot, source);
    if (absolute(named) || !staysInside(resolved)) {
      problems.push(`${mapPath}: source "${named}" points outside the package`);
    } else if (!files.includes(resolved) && !map.sourcesContent?.[index]) {
      problems.push(`${mapPath}: source ${resolved} is not in the package and the map has no sourcesContent for it`);
    }
  }
  return problems;
}

/**
 * Checks an unpacked package: README and LICENSE present; no tests; no secrets by file name or
 * content; every source map and sourceMappingURL resolving inside the package.
 * @param {string} root the unpacked package directory
 * @param {string[]} files its files, relative to root
 * @returns {Promise<string[]>} one sentence per problem; empty when the package is clean
 * @example const { root, files } = await unpackTarball(tgz); await checkTarballContents(root, files)
 */
export async function checkTarballContents(root, files) {
  const problems = [];
  for (const required of requiredFiles) {
    if (!files.includes(required)) problems.push(`${required} is missing from the package root`);
  }
  for (const file of files) {
    if (testFile.some((pattern) => pattern.test(file))) problems.push(`${file} is a test file or test config`);
    if (secretFileNames.some((pattern) => pattern.test(file))) problems.push(`${file} is a credentials or local config file`);
    if (file.endsWith('.map')) problems.push(...(await sourceMapProblems(root, file, files)));
    if (!textFile.test(file)) continue;
    const text = await readFile(join(root, file), 'utf8');
    for (const { name, pattern } of secretContents) {
      const match = pattern.exec(text);
      if (match) {
        const line = text.slice(0, match.index).split('\n').length;
        problems.push(`${file}:${line} contains what looks like a ${name}; remove it (and revoke it if it is real)`);
      }
    }
    for (const [, url] of text.matchAll(sourceMappingUrl)) {
      if (url.startsWith('data:')) continue;
      const target = posix.join(posix.dirname(file), url);
      if (absolute(url) || !staysInside(target)) problems.push(`${file}: sourceMappingURL ${url} points outside the package`);
      else if (!files.includes(target)) problems.push(`${file}: sourceMappingURL ${url} names a file the package does not contain`);
    }
  }
  return problems;
}
