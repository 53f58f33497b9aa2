// A consumer's first hour in Node: the packed tarballs installed into a fresh project outside the
// repository (no workspace links), type-checked strictly and run against the standalone mock server.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsumerProject, npmInstall, pinnedSpec, removeConsumerProject, reportDuration } from './support/consumer-project.js';
import { packedPackages, repoRoot } from './support/packed-packages.js';
import { codeBlocks, readmeExamples } from './support/readme-snippets.js';
import { runCommand } from './support/run-command.js';

let project: string;

beforeAll(async () => {
  const started = performance.now();
  const tarballs = (await packedPackages()).map((entry) => entry.tarball);
  project = await createConsumerProject('node', join(repoRoot, 'test/consumers/fixtures/typescript-project'));
  await cp(join(repoRoot, 'examples/node-script/page-users.mjs'), join(project, 'page-users.mjs'));
  const deps = await Promise.all(['typescript', 'msw', '@types/node'].map(pinnedSpec));
  const installMs = await npmInstall(project, [...tarballs, ...deps]);
  reportDuration('node consumer: npm install of the three tarballs, msw, typescript, @types/node', installMs);
  // The client README's examples as shipped, and the repository README's, join the sources the
  // type-check covers.
  await mkdir(join(project, 'src/readme'), { recursive: true });
  const examples = {
    client: await readmeExamples(project, '@hwcloud-directory/client', ['ts', 'typescript']),
    repository: codeBlocks(await readFile(join(repoRoot, 'README.md'), 'utf8'), ['ts', 'typescript']),
  };
  for (const [source, blocks] of Object.entries(examples)) {
    await Promise.all(blocks.map((code, index) => writeFile(join(project, `src/readme/${source}-example-${index + 1}.ts`), code)));
  }
  reportDuration(`node consumer: setup in all on Node ${process.version} (packing reused when cached)`, performance.now() - started);
}, 420_000);

afterAll(() => removeConsumerProject(project));

describe('a strict TypeScript project using the packed packages', () => {
  const tsc = (config: string) => runCommand(process.execPath, ['node_modules/typescript/bin/tsc', '-p', config], { cwd: project });

  it('type-checks every operation of both APIs, the mocks, the spec and the README examples under moduleResolution bundler and nodenext', async () => {
    const [bundler, nodenext] = await Promise.all([tsc('tsconfig.bundler.json'), tsc('tsconfig.nodenext.json')]);
    reportDuration('node consumer: tsc --noEmit, moduleResolution bundler (with the packages .d.ts checked)', bundler.ms);
    reportDuration('node consumer: tsc --noEmit, moduleResolution nodenext', nodenext.ms);
    expect(bundler.stdout + nodenext.stdout).toBe('');
  }, 180_000);
});

describe('the openapi README example', () => {
  it('runs as shipped and lists the Meeting paths', async () => {
    const [example] = await readmeExamples(project, '@hwcloud-directory/openapi', ['js', 'javascript']);
    await writeFile(join(project, 'readme-openapi.mjs'), example!);
    const run = await runCommand(process.execPath, ['readme-openapi.mjs'], { cwd: project, timeoutMs: 30_000 });
    expect(run.stdout).toContain('/v1/usg/dcs/corp/admin');
    expect(run.stdout).toContain(join(project, 'node_modules/@hwcloud-directory/openapi'));
  });
});

describe('a Node script with the client and the standalone mock server', () => {
  it('has the hwcloud-directory-mock bin linked and executable, as npx runs it', async () => {
    const run = await runCommand(join(project, 'node_modules/.bin/hwcloud-directory-mock'), ['--help'], { cwd: project, timeoutMs: 30_000 });
    expect(run.stdout).toMatch(/^Usage: hwcloud-directory-mock /);
  });

  it('pages through every user of the mock directory and exits 0', async () => {
    const seed = 7;
    const size = 45;
    const pageSize = 8;
    const run = await runCommand(process.execPath, ['page-users.mjs', '--seed', String(seed), '--size', String(size), '--page-size', String(pageSize)], {
      cwd: project,
      timeoutMs: 60_000,
    });
    reportDuration('node consumer: page-users.mjs (mock server start, login, paging, shutdown)', run.ms);

    // The expected count, from the installed packages: the directory of that seed and size, less
    // the users the spec's x-filters exclude from the search (the default administrator).
    const installed = (path: string) => import(pathToFileURL(join(project, 'node_modules', path)).href);
    const mocks = await installed('@hwcloud-directory/mocks/dist/index.js');
    const { loadSpec } = await installed('@hwcloud-directory/openapi/src/index.js');
    const filters: Array<{ field: string; match: string; value?: unknown }> = loadSpec('meeting').paths['/rest/usg/datacenter/v1/corp/member/search'].post['x-filters'];
    const excluded = filters.filter((filter) => filter.match === 'exclude');
    const all: Array<Record<string, unknown>> = mocks.createDirectory({ seed, size }).users.all();
    const users = all.filter((user) => excluded.every((filter) => user[filter.field] !== filter.value)).length;
    expect(excluded.length).toBeGreaterThan(0);
    expect(users).toBeGreaterThan(pageSize * 2);
    expect(run.stdout).toContain(`users: ${users}\n`);
    expect(run.stdout).toContain(`pages: ${Math.ceil(users / pageSize)}\n`);
  }, 90_000);
});
