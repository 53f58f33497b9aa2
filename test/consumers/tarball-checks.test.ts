// The packing checks themselves: each must catch the defect it exists for.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { attwTarball, publintTarball } from '../../scripts/consumers-packing/lint-packed.mjs';
import { checkTarballContents } from '../../scripts/consumers-packing/tarball-contents.mjs';
import { listFiles } from '../../scripts/consumers-packing/unpack-tarball.mjs';

const cleanManifest = {
  name: 'fixture-package',
  version: '1.0.0',
  type: 'module',
  license: 'Apache-2.0',
  engines: { node: '>=20.19' },
  sideEffects: false,
  exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
  files: ['dist'],
};
const cleanFiles: Record<string, string> = {
  'README.md': '# fixture\n',
  LICENSE: 'Apache License 2.0\n',
  'dist/index.js': 'export const answer = 42;\n',
  'dist/index.d.ts': 'export declare const answer: number;\n',
};

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Writes a package directory (`<tmp>/package`) with the given files over the clean ones. */
async function fixturePackage(overrides: Record<string, string | null> = {}, manifest: object = cleanManifest) {
  const base = await mkdtemp(join(tmpdir(), 'hwcloud-check-fixture-'));
  made.push(base);
  const root = join(base, 'package');
  const files = { ...cleanFiles, 'package.json': JSON.stringify(manifest), ...overrides };
  for (const [file, text] of Object.entries(files)) {
    if (text === null) continue;
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), text);
  }
  return { base, root, files: await listFiles(root) };
}

/** Problems the content check finds in a fixture package. */
async function contentProblems(overrides: Record<string, string | null>): Promise<string[]> {
  const { root, files } = await fixturePackage(overrides);
  return checkTarballContents(root, files);
}

/** Packs a fixture package into a tarball, the `package/` layout npm uses. */
async function fixtureTarball(overrides: Record<string, string | null>, manifest: object = cleanManifest) {
  const { base } = await fixturePackage(overrides, manifest);
  const tarball = join(base, 'fixture.tgz');
  execFileSync('tar', ['-czf', tarball, '-C', base, 'package']);
  return tarball;
}

describe('the content check', () => {
  it('finds nothing wrong in a package with README, LICENSE and an ESM build', async () => {
    expect(await contentProblems({})).toEqual([]);
  });

  it('reports a missing README or LICENSE', async () => {
    expect(await contentProblems({ 'README.md': null, LICENSE: null })).toEqual([
      'README.md is missing from the package root',
      'LICENSE is missing from the package root',
    ]);
  });

  it('reports test files, test folders and test configs', async () => {
    const problems = await contentProblems({
      'dist/index.test.js': '',
      'test/helper.js': '',
      'dist/types.test-d.ts': '',
      'vitest.config.ts': '',
    });
    expect(problems).toHaveLength(4);
  });

  it('does not take a folder called spec for tests', async () => {
    expect(await contentProblems({ 'dist/spec/operation-description.js': 'export {};\n' })).toEqual([]);
  });

  it('reports credential files and key-shaped contents without quoting the secret', async () => {
    const token = `npm_${'a1B2c3D4e5'.repeat(3)}abcdef`;
    const problems = await contentProblems({
      '.npmrc': 'registry-token-here\n',
      'dist/config.js': `export const token = '${token}';\n`,
      'dist/key.js': 'export const pem = `-----BEGIN RSA PRIVATE KEY-----`;\n',
      'dist/hw.js': `export const creds = { accessKey: 'QTWAOYTTINDUT2QVKYUC', secretKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc' };\n`,
    });
    expect(problems.join('\n')).toMatch(/\.npmrc is a credentials/);
    expect(problems.join('\n')).toMatch(/dist\/config\.js:1 contains what looks like a npm access token/);
    expect(problems.join('\n')).toMatch(/dist\/key\.js:1 contains what looks like a private key block/);
    expect(problems.join('\n')).toMatch(/dist\/hw\.js:1 contains what looks like a Huawei Cloud AK\/SK literal/);
    expect(problems.join('\n')).not.toContain(token);
  });

  it('accepts a source map whose sources are in the package', async () => {
    const map = JSON.stringify({ version: 3, sources: ['../src/index.ts'], mappings: '' });
    expect(
      await contentProblems({
        'dist/index.js': 'export const answer = 42;\n//# sourceMappingURL=index.js.map\n',
        'dist/index.js.map': map,
        'src/index.ts': 'export const answer = 42;\n',
      }),
    ).toEqual([]);
  });

  it('reports source maps and sourceMappingURLs that point outside the package', async () => {
    const problems = await contentProblems({
      'dist/index.js': 'export const answer = 42;\n//# sourceMappingURL=../../elsewhere/index.js.map\n',
      'dist/index.js.map': JSON.stringify({ version: 3, sources: ['../../../repo/src/index.ts', '/home/dev/src/a.ts'], mappings: '' }),
    });
    expect(problems).toEqual([
      'dist/index.js: sourceMappingURL ../../elsewhere/index.js.map points outside the package',
      'dist/index.js.map: source "../../../repo/src/index.ts" points outside the package',
      'dist/index.js.map: source "/home/dev/src/a.ts" points outside the package',
    ]);
  });
});

describe('the linters on a tarball', () => {
  it('find nothing wrong in a clean ESM package', async () => {
    const tarball = await fixtureTarball({});
    expect((await publintTarball(tarball)).problems).toEqual([]);
    expect(await attwTarball(tarball, cleanManifest)).toEqual([]);
  }, 30_000);

  it('report an export whose types file is missing from the tarball', async () => {
    const tarball = await fixtureTarball({ 'dist/index.d.ts': null });
    expect((await publintTarball(tarball)).problems.join('\n')).toMatch(/index\.d\.ts/);
  }, 30_000);

  it('report ESM code whose declarations are CommonJS (attw: masquerading as CJS)', async () => {
    const manifest = { ...cleanManifest, exports: { '.': { types: './dist/index.d.cts', default: './dist/index.js' } } };
    const tarball = await fixtureTarball({ 'dist/index.d.ts': null, 'dist/index.d.cts': 'export declare const answer: number;\n' }, manifest);
    expect((await attwTarball(tarball, manifest)).join('\n')).toMatch(/CJS/);
  }, 30_000);

  it('leave out exports of data files, which have no types to check', async () => {
    const manifest = { ...cleanManifest, exports: { ...cleanManifest.exports, './spec.yaml': './spec.yaml' } };
    const tarball = await fixtureTarball({ 'spec.yaml': 'openapi: 3.1.0\n' }, { ...manifest, files: ['dist', 'spec.yaml'] });
    expect(await attwTarball(tarball, manifest)).toEqual([]);
  }, 30_000);

  it('report a CommonJS build exported as ESM', async () => {
    const tarball = await fixtureTarball({ 'dist/index.js': 'exports.answer = 42;\n' });
    expect((await publintTarball(tarball)).problems.join('\n')).toMatch(/CommonJS|ESM/);
  }, 30_000);
});
