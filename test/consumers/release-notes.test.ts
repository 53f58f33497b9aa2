// Versioning with changesets: each package's CHANGELOG matches its version, and a new changeset
// becomes a version bump and a CHANGELOG entry.
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './support/packed-packages.js';
import { runCommand } from './support/run-command.js';

const packageDirs = ['openapi', 'client', 'mocks'];
const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));
/** Versions of a CHANGELOG's `## x.y.z` headings, newest first. */
const changelogVersions = (text: string) => [...text.matchAll(/^## (\d+\.\d+\.\d+\S*)$/gm)].map((match) => match[1]);

let scratch: string | undefined;
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('the CHANGELOGs', () => {
  it.each(packageDirs)('of packages/%s start with the version in its package.json', async (dir) => {
    const { name, version } = await readJson(join(repoRoot, 'packages', dir, 'package.json'));
    const changelog = await readFile(join(repoRoot, 'packages', dir, 'CHANGELOG.md'), 'utf8');
    expect(changelog.startsWith(`# ${name}\n`)).toBe(true);
    expect(changelogVersions(changelog)[0]).toBe(version);
  });
});

describe('npm run version-packages', () => {
  it('turns a patch changeset into a version bump and a CHANGELOG entry above the previous one', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'hwcloud-changesets-'));
    await cp(join(repoRoot, '.changeset', 'config.json'), join(scratch, '.changeset', 'config.json'), { recursive: true });
    await writeFile(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, workspaces: packageDirs.map((dir) => `packages/${dir}`) }));
    for (const dir of packageDirs) {
      await mkdir(join(scratch, 'packages', dir), { recursive: true });
      for (const file of ['package.json', 'CHANGELOG.md']) await cp(join(repoRoot, 'packages', dir, file), join(scratch, 'packages', dir, file));
    }
    const before = await readJson(join(scratch, 'packages/client/package.json'));
    const [major, minor, patch] = (before.version as string).split('.').map(Number);
    await writeFile(join(scratch, '.changeset', 'fix-retry.md'), "---\n'@hwcloud-directory/client': patch\n---\n\nRetries honour a Retry-After date.\n");

    const bin = join(createRequire(join(repoRoot, 'package.json')).resolve('@changesets/cli/package.json'), '..', 'bin.js');
    await runCommand(process.execPath, [bin, 'version'], { cwd: scratch });

    const bumped = `${major}.${minor}.${(patch ?? 0) + 1}`;
    expect((await readJson(join(scratch, 'packages/client/package.json'))).version).toBe(bumped);
    const changelog = await readFile(join(scratch, 'packages/client/CHANGELOG.md'), 'utf8');
    expect(changelogVersions(changelog).slice(0, 2)).toEqual([bumped, before.version]);
    expect(changelog).toContain('- Retries honour a Retry-After date.');
    expect((await readJson(join(scratch, 'packages/mocks/package.json'))).version).toBe((await readJson(join(repoRoot, 'packages/mocks/package.json'))).version);
    expect(await readdir(join(scratch, '.changeset'))).toEqual(['config.json']);
  });
});
