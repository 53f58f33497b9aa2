// What the registry shows for each package: its README renders there as in the repository (no
// relative link or image, which the registry's page cannot resolve), and the metadata that
// makes the page useful and provenance possible (repository with its directory, homepage,
// license, keywords).
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { unpackTarball } from '../../scripts/consumers-packing/unpack-tarball.mjs';
import { packedPackages, type PackedPackage } from './support/packed-packages.js';

let packed: PackedPackage[];
beforeAll(async () => {
  packed = await packedPackages();
}, 600_000);

/** The targets of the Markdown links and images of `markdown`, and of its HTML `href`/`src`. */
function linkTargets(markdown: string): string[] {
  const withoutCode = markdown.replace(/^```[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
  const targets = [...withoutCode.matchAll(/!?\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)].map((match) => match[1]!);
  targets.push(...[...withoutCode.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((match) => match[1]!));
  targets.push(...[...withoutCode.matchAll(/^\[[^\]]+\]:\s*(\S+)/gm)].map((match) => match[1]!));
  return targets;
}

describe('each package as the registry shows it', () => {
  it('has a README whose every link and image is absolute (https) or an anchor', async () => {
    for (const entry of packed) {
      const { root } = await unpackTarball(entry.tarball);
      try {
        const readme = await readFile(join(root, 'README.md'), 'utf8');
        const relative = linkTargets(readme).filter((target) => !/^(https:\/\/|#)/.test(target));
        expect({ name: entry.name, relative }).toEqual({ name: entry.name, relative: [] });
      } finally {
        await rm(dirname(root), { recursive: true, force: true });
      }
    }
  }, 60_000);

  it('names its repository and folder, its hosted docs, its license and keywords', () => {
    for (const { name, manifest } of packed) {
      const m = manifest as unknown as Record<string, any>;
      expect({ name, repository: m.repository, homepage: m.homepage, license: m.license }).toEqual({
        name,
        repository: { type: 'git', url: 'git+https://github.com/hwcloud-directory/hwcloud-directory.git', directory: `packages/${name.split('/')[1]}` },
        homepage: 'https://hwcloud-directory.github.io/hwcloud-directory/',
        license: 'Apache-2.0',
      });
      expect(m.keywords?.length, name).toBeGreaterThanOrEqual(4);
    }
  });

  it('finds a relative link when a README has one', () => {
    expect(linkTargets('See [the guide](docs/guide.md), ![logo](./logo.svg) and [ok](https://x.test/) `[no](code.md)`.')).toEqual(['docs/guide.md', './logo.svg', 'https://x.test/']);
  });
});
