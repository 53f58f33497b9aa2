// What `npm publish` would upload for each package: the tarballs every consumer test installs.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { unpackTarball } from '../../scripts/consumers-packing/unpack-tarball.mjs';
import { reportDuration } from './support/consumer-project.js';
import { packedByName, packedPackages, type PackedPackage } from './support/packed-packages.js';

const names = ['@hwcloud-directory/openapi', '@hwcloud-directory/client', '@hwcloud-directory/mocks'];
let packed: PackedPackage[];

beforeAll(async () => {
  const started = performance.now();
  packed = await packedPackages();
  reportDuration('pack and check the three packages (cached per content)', performance.now() - started);
}, 300_000);

describe.each(names)('the %s tarball', (name) => {
  it('ships a README, a LICENSE and an ESM build with declarations', () => {
    const { files } = packedByName(packed, name);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE']));
    expect(files.some((file) => /\.(m?js)$/.test(file))).toBe(true);
    expect(files.some((file) => file.endsWith('.d.ts'))).toBe(true);
  });

  it('carries no tests, no secrets and no source map pointing outside it, and publint and attw find nothing', () => {
    expect(packedByName(packed, name).problems).toEqual([]);
  });
});

describe('the openapi tarball', () => {
  it('ships both bundled descriptions in YAML and JSON', () => {
    const { files } = packedByName(packed, '@hwcloud-directory/openapi');
    for (const api of ['meeting', 'bss']) {
      expect(files.some((file) => file.endsWith(`${api}.openapi.yaml`))).toBe(true);
      expect(files.some((file) => file.endsWith(`${api}.openapi.json`))).toBe(true);
    }
  });
});

describe.each(names)('the package.json in the %s tarball', (name) => {
  it('declares an ESM package with an exports map, a files whitelist, Apache-2.0 and Node >=20.19', () => {
    const { manifest } = packedByName(packed, name);
    expect(manifest).toMatchObject({ type: 'module', license: 'Apache-2.0', engines: { node: '>=20.19' }, sideEffects: false });
    expect(manifest.exports?.['.']).toMatchObject({ types: expect.stringMatching(/\.d\.ts$/), default: expect.stringMatching(/\.js$/) });
    expect(Array.isArray(manifest.files) && manifest.files.length > 0).toBe(true);
  });
});

describe('the client tarball', () => {
  it('imports nothing at run time: openapi-fetch only gives its declarations their types', async () => {
    const { root, files } = await unpackTarball(packedByName(packed, '@hwcloud-directory/client').tarball);
    try {
      const bareImports = async (suffix: string) => {
        const found = new Set<string>();
        for (const file of files.filter((f) => f.endsWith(suffix))) {
          const text = await readFile(join(root, file), 'utf8');
          for (const [, specifier] of text.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"./][^'"]*)['"]/g)) found.add(specifier!);
        }
        return [...found];
      };
      expect(await bareImports('.js')).toEqual([]);
      expect(await bareImports('.d.ts')).toEqual(['openapi-fetch']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('runtime dependencies', () => {
  it('are openapi-fetch for the client, none for the spec and the mocks, and msw ^2 as the mocks peer', () => {
    expect(Object.keys(packedByName(packed, '@hwcloud-directory/client').manifest.dependencies ?? {})).toEqual(['openapi-fetch']);
    expect(packedByName(packed, '@hwcloud-directory/openapi').manifest.dependencies ?? {}).toEqual({});
    const mocks = packedByName(packed, '@hwcloud-directory/mocks').manifest;
    expect(mocks.dependencies ?? {}).toEqual({});
    expect(mocks.peerDependencies?.msw).toMatch(/^\^2\./);
  });
});
