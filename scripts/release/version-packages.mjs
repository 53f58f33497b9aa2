#!/usr/bin/env node
// The release's version step: `changeset version` (bumps, CHANGELOG entries), then every example
// under examples/ pins the new versions of our packages, so that `npm install` in an example
// installs what this release publishes. `node scripts/release/version-packages.mjs [<repo-root>]`;
// the release workflow runs it as changesets/action's `version` command, and the release
// rehearsal (test/consumers/release-rehearsal.test.ts) runs it in a copy of the repository.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.argv[2] ?? fileURLToPath(new URL('../..', import.meta.url)));

/** name -> version of every workspace package that is published (not private). */
async function publishedVersions(repoRoot) {
  const { workspaces } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
  const versions = {};
  for (const workspace of workspaces) {
    const manifest = JSON.parse(await readFile(join(repoRoot, workspace, 'package.json'), 'utf8'));
    if (!manifest.private) versions[manifest.name] = manifest.version;
  }
  return versions;
}

/**
 * Rewrites the dependencies of each example on our packages to the exact versions given.
 * @returns the `example: name@old -> new` lines it changed
 * @example await pinExamples('/repo', { '@hwcloud-directory/client': '0.2.0' })
 */
export async function pinExamples(repoRoot, versions) {
  const changed = [];
  const examples = join(repoRoot, 'examples');
  if (!existsSync(examples)) return changed;
  for (const entry of await readdir(examples, { withFileTypes: true })) {
    const file = join(examples, entry.name, 'package.json');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const text = await readFile(file, 'utf8');
    const manifest = JSON.parse(text);
    for (const field of ['dependencies', 'devDependencies']) {
      for (const [name, version] of Object.entries(versions)) {
        const current = manifest[field]?.[name];
        if (current !== undefined && current !== version) {
          manifest[field][name] = version;
          changed.push(`${entry.name}: ${name}@${current} -> ${version}`);
        }
      }
    }
    const next = `${JSON.stringify(manifest, null, 2)}\n`;
    if (next !== text) await writeFile(file, next);
  }
  return changed;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  execFileSync(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], { cwd: root, stdio: 'inherit' });
  for (const line of await pinExamples(root, await publishedVersions(root))) console.log(`pinned ${line}`);
}
