// The release, rehearsed on a local registry: the three packages are versioned and published as
// the release workflow does it (scripts/release/version-packages.mjs, then `changeset publish`),
// to Verdaccio on 127.0.0.1, and then installed by name from there, as the READMEs say, into
// fresh projects that take our scope from that registry only. A packaging defect the tarball
// checks cannot see (an `exports` path or a `files` list that misses a file) fails here: two
// broken copies are published under a prerelease tag and the same consumer checks must fail on
// them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unpackTarball } from '../../scripts/consumers-packing/unpack-tarball.mjs';
import { createConsumerProject, removeConsumerProject, reportDuration } from './support/consumer-project.js';
import { limitConcurrency } from '../support/limit-concurrency.js';
import { startLocalRegistry, type LocalRegistry } from './support/local-registry.js';
import { consumersTmp, packedPackages, repoRoot } from './support/packed-packages.js';
import { consumerEnv, runCommand } from './support/run-command.js';

const published = ['@hwcloud-directory/openapi', '@hwcloud-directory/client', '@hwcloud-directory/mocks'];

/** Our environment without a registry override: each project's `.npmrc` decides. */
function registryEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = consumerEnv(extra);
  for (const key of Object.keys(env)) if (/^npm_config_(registry|@hwcloud-directory:registry)$/i.test(key)) delete env[key];
  return env;
}

const npm = (cwd: string, args: string[], extra: NodeJS.ProcessEnv = {}) =>
  runCommand('npm', [...args, '--no-audit', '--no-fund', '--loglevel', 'error'], { cwd, env: registryEnv(extra), timeoutMs: 300_000 });
const node = (cwd: string, args: string[]) => runCommand(process.execPath, args, { cwd, env: registryEnv(), timeoutMs: 180_000 });

let registry: LocalRegistry;
let releaseRoot: string;
/** name -> version, as `changeset version` left the packages in the release copy. */
const releasedVersions: Record<string, string> = {};
const projects: string[] = [];

/** A fresh project that takes our scope from the local registry only (a project `.npmrc`). */
async function registryProject(label: string, template?: string): Promise<string> {
  const dir = await createConsumerProject(`rehearsal-${label}`, template);
  projects.push(dir);
  await registry.pointAt(dir);
  return dir;
}

/** The `npm install ...` lines of our packages' READMEs that install from the registry by name. */
async function readmeInstallCommands(): Promise<string[][]> {
  const commands: string[][] = [];
  for (const name of published) {
    const readme = await readFile(join(repoRoot, 'packages', name.split('/')[1]!, 'README.md'), 'utf8');
    for (const [line] of readme.matchAll(/^npm install (?:--save-dev )?@hwcloud-directory\/[^\n]*$/gm)) commands.push(line.split(/\s+/).slice(1));
  }
  return commands;
}

/**
 * What a consumer does first: imports both packages in Node, starts the mocks' server in-process and
 * pages through the administrators with the client; and reads the spec from the openapi package.
 */
const importCheck = `
import { createMeetingClient, HwcloudError } from '@hwcloud-directory/client';
import { testCredentials, createHandlers, createDirectory } from '@hwcloud-directory/mocks';
import { startMockServer } from '@hwcloud-directory/mocks/node';
if (typeof HwcloudError !== 'function' || createHandlers(createDirectory({ seed: 1 })).length === 0) throw new Error('exports missing');
const server = await startMockServer({ port: 0, host: '127.0.0.1', seed: 42, size: 30 });
try {
  const meeting = createMeetingClient({ baseUrl: server.url, auth: { accessToken: testCredentials.accessToken } });
  let admins = 0;
  for await (const admin of meeting.items('/v1/usg/dcs/corp/admin')) if (admin.account) admins += 1;
  console.log(JSON.stringify({ admins }));
} finally {
  await server.close();
}
`;

/** Runs the import check in `dir`; resolves with how many administrators the client paged through. */
async function runImportCheck(dir: string): Promise<number> {
  await writeFile(join(dir, 'import-check.mjs'), importCheck);
  const run = await node(dir, ['import-check.mjs']);
  return (JSON.parse(run.stdout.trim().split('\n').pop()!) as { admins: number }).admins;
}

/** `npx hwcloud-directory-mock --port 0`: resolves with the answer to one query, then stops it. */
async function queryMockBin(dir: string): Promise<{ status: number; body: { count: number } }> {
  const child = spawn('npx', ['hwcloud-directory-mock', '--port', '0', '--seed', '42'], { cwd: dir, env: registryEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npx hwcloud-directory-mock did not listen within 30 s:\n${output}`)), 30_000);
      child.stderr.on('data', (chunk) => (output += chunk));
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.on('close', (code) => reject(new Error(`npx hwcloud-directory-mock exited with ${code}:\n${output}`)));
    });
    // The query the mocks README shows next to the command (its curl line), sent to this port.
    const readme = await readFile(join(dir, 'node_modules/@hwcloud-directory/mocks/README.md'), 'utf8');
    const curl = /^curl -H '([^:]+): ([^']+)' 'http:\/\/127\.0\.0\.1:\d+([^']+)'$/m.exec(readme);
    if (!curl) throw new Error('The mocks README has no `curl -H ... http://127.0.0.1:PORT/...` line to query the server with.');
    const response = await fetch(`${url}${curl[3]}`, { headers: { [curl[1]!]: curl[2]! } });
    return { status: response.status, body: (await response.json()) as { count: number } };
  } finally {
    // npx runs the bin in a child of its own: stop the whole group this test started.
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
  }
}

/** Package directory in the release copy, by package name. */
async function packageDirs(root: string): Promise<Map<string, string>> {
  const dirs = new Map<string, string>();
  for (const entry of await readdir(join(root, 'packages'))) {
    const manifest = JSON.parse(await readFile(join(root, 'packages', entry, 'package.json'), 'utf8')) as { name: string; private?: boolean };
    if (!manifest.private) dirs.set(manifest.name, join(root, 'packages', entry));
  }
  return dirs;
}

beforeAll(async () => {
  let started = performance.now();
  const packed = await packedPackages();
  reportDuration('release rehearsal: packed tarballs (reused when cached)', performance.now() - started);

  started = performance.now();
  registry = await startLocalRegistry();
  reportDuration('release rehearsal: Verdaccio started', performance.now() - started);

  // A copy of what the release job sees: the workspace manifests, the pending changesets, the
  // examples; the built files come from the tarballs `npm pack` made (prepack ran the build).
  started = performance.now();
  await mkdir(consumersTmp, { recursive: true });
  releaseRoot = await mkdtemp(join(consumersTmp, 'release-'));
  const built = /^packages[\\/][^\\/]+[\\/](node_modules|dist|src|test|bin)([\\/]|$)/;
  const installed = /[\\/](node_modules|dist)([\\/]|$)/;
  for (const path of ['package.json', '.changeset', 'packages', 'examples', 'scripts/release']) {
    await cp(join(repoRoot, path), join(releaseRoot, path), {
      recursive: true,
      filter: (source) => !built.test(relative(repoRoot, source)) && !installed.test(relative(repoRoot, source)),
    });
  }
  await symlink(join(repoRoot, 'node_modules'), join(releaseRoot, 'node_modules'), 'dir');
  const version = await node(releaseRoot, ['scripts/release/version-packages.mjs', releaseRoot]);
  reportDuration('release rehearsal: changeset version + example pins', version.ms);

  const dirs = await packageDirs(releaseRoot);
  for (const entry of packed) {
    const dir = dirs.get(entry.name)!;
    const { root, files } = await unpackTarball(entry.tarball);
    for (const file of files.filter((f) => f !== 'package.json' && f !== 'CHANGELOG.md')) {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await cp(join(root, file), join(dir, file));
    }
    await rm(dirname(root), { recursive: true, force: true });
    releasedVersions[entry.name] = (JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    await registry.pointAt(dir, { publish: true });
  }
  await registry.pointAt(releaseRoot, { publish: true });
  // The release job runs `npm run build` before this; here the tarballs' files stand for the build.
  // changeset publish takes the registry from npm_config_registry only (else it names the public one).
  const publish = await runCommand(process.execPath, [join(repoRoot, 'node_modules/@changesets/cli/bin.js'), 'publish', '--no-git-tag'], {
    cwd: releaseRoot,
    env: { ...registryEnv({ npm_config_ignore_scripts: 'true' }), npm_config_registry: registry.url },
    timeoutMs: 180_000,
  });
  expect(publish.stdout + publish.stderr).toMatch(/published|Publishing/i);
  reportDuration('release rehearsal: changeset publish of the three packages', publish.ms);
}, 600_000);

afterAll(async () => {
  await registry?.stop();
  for (const dir of projects) await removeConsumerProject(dir);
  await removeConsumerProject(releaseRoot);
});

describe('the release, rehearsed on a local registry', () => {
  it('publishes each package at the version changeset version gives it, as latest, with its dependencies', async () => {
    for (const name of published) {
      const view = await npm(releaseRoot, ['view', `${name}@latest`, 'name', 'version', 'dependencies', 'peerDependencies', 'devDependencies', '--json']);
      const manifest = JSON.parse(view.stdout) as { version: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
      const local = JSON.parse(await readFile(join((await packageDirs(releaseRoot)).get(name)!, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      expect({ name, version: manifest.version, dependencies: manifest.dependencies }).toEqual({ name, version: releasedVersions[name], dependencies: local.dependencies });
    }
  }, 60_000);

  let project: string;
  it('installs every package by name as its README says, and both import and work in Node', async () => {
    project = await registryProject('readme');
    const commands = await readmeInstallCommands();
    expect(commands.map((args) => args.join(' '))).toEqual(
      expect.arrayContaining(['install @hwcloud-directory/client', 'install --save-dev @hwcloud-directory/mocks msw', 'install @hwcloud-directory/openapi']),
    );
    let ms = 0;
    for (const args of commands) ms += (await npm(project, [...args, '--prefer-offline'])).ms;
    reportDuration('release rehearsal: README installs by name from the local registry', ms);
    const manifest = JSON.parse(await readFile(join(project, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(manifest.dependencies['@hwcloud-directory/client']).toContain(releasedVersions['@hwcloud-directory/client']);
    expect(manifest.devDependencies['@hwcloud-directory/mocks']).toContain(releasedVersions['@hwcloud-directory/mocks']);

    expect(await runImportCheck(project)).toBeGreaterThan(0);
    const spec = await node(project, ['--input-type=module', '-e', "import { loadSpec } from '@hwcloud-directory/openapi'; console.log(Object.keys(loadSpec('bss').paths).length)"]);
    expect(Number(spec.stdout)).toBeGreaterThan(0);
  }, 300_000);

  it('runs the mock server with npx hwcloud-directory-mock --port 0 and answers a query', async () => {
    const started = performance.now();
    const { status, body } = await queryMockBin(project);
    reportDuration('release rehearsal: npx hwcloud-directory-mock and one query', performance.now() - started);
    expect(status).toBe(200);
    expect(body.count).toBeGreaterThan(0);
  }, 60_000);

  // The projects below are independent of one another: they run side by side, one per core
  // (concurrent tests assert with their own `expect`).
  const inTurn = limitConcurrency();

  it.concurrent('runs examples/node-script installed as its README says (npm install)', ({ expect }) => inTurn(async () => {
    const dir = await registryProject('node-script', join(releaseRoot, 'examples/node-script'));
    reportDuration('release rehearsal: node-script npm install', (await npm(dir, ['install', '--prefer-offline'])).ms);
    const run = await node(dir, ['page-users.mjs', '--seed', '42', '--size', '30']);
    expect(run.stdout).toMatch(/^users: \d+$/m);
    expect(run.stdout).toMatch(/^pages: \d+$/m);
  }), 300_000);

  it.concurrent('passes the tests of examples/react-vite and builds it, installed as its README says (npm install, npm test, npm run build)', ({ expect }) => inTurn(async () => {
    const dir = await registryProject('react-vite', join(releaseRoot, 'examples/react-vite'));
    reportDuration('release rehearsal: react-vite npm install', (await npm(dir, ['install', '--prefer-offline'])).ms);
    const test = await npm(dir, ['test']);
    reportDuration('release rehearsal: react-vite npm test', test.ms);
    expect(test.stdout).toMatch(/Tests\s+\d+ passed/);
    expect(test.stdout).not.toMatch(/failed/);
    const build = await npm(dir, ['run', 'build']);
    reportDuration('release rehearsal: react-vite npm run build', build.ms);
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
  }), 420_000);

  it.concurrent('passes the Jest 30 + jsdom + Testing Library tests of examples/react-jest, installed as its README says (npm install, npm test)', ({ expect }) => inTurn(async () => {
    const dir = await registryProject('react-jest', join(releaseRoot, 'examples/react-jest'));
    reportDuration('release rehearsal: react-jest npm install', (await npm(dir, ['install', '--prefer-offline'])).ms);
    const test = await npm(dir, ['test']);
    reportDuration('release rehearsal: react-jest npm test (Jest, ESM through --experimental-vm-modules)', test.ms);
    const output = test.stdout + test.stderr;
    expect(output).toMatch(/Tests:\s+3 passed, 3 total/);
    expect(output).toContain('shows the vendor error, then the count once a retry succeeds');
  }), 420_000);

  // A defect planted in a copy of a package, published under a prerelease tag to the same registry.
  const defects = [
    {
      label: 'an exports path that points at no file',
      name: '@hwcloud-directory/client',
      plant: (manifest: Record<string, any>) => void (manifest.exports['.'].default = './dist/client.js'),
      check: (dir: string) => runImportCheck(dir),
      error: /ERR_MODULE_NOT_FOUND/, // Node's, for the file the exports map names
    },
    {
      label: 'a files list that misses a folder of dist',
      name: '@hwcloud-directory/mocks',
      plant: (manifest: Record<string, any>) => void (manifest.files = [...manifest.files.filter((entry: string) => entry !== 'dist'), 'dist/*.js', 'dist/*.d.ts']),
      check: (dir: string) => queryMockBin(dir),
      error: /the CLI is not built/, // the bin's own words when dist/adapters/cli.js is missing
    },
  ];
  it.concurrent.for(defects)('fails the consumer check on a copy with $label', { timeout: 300_000 }, ({ name, plant, check, error }, { expect }) => inTurn(async () => {
    const source = (await packageDirs(releaseRoot)).get(name)!;
    const broken = join(releaseRoot, 'broken', name.split('/')[1]!);
    await cp(source, broken, { recursive: true });
    const manifest = JSON.parse(await readFile(join(broken, 'package.json'), 'utf8')) as Record<string, any>;
    manifest.version = `${releasedVersions[name]}-broken.${Date.now()}`;
    plant(manifest);
    await writeFile(join(broken, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await npm(broken, ['publish', '--tag', 'broken', '--ignore-scripts']);

    const dir = await registryProject('broken');
    const others = published.filter((other) => other !== name).map((other) => `${other}@latest`);
    await npm(dir, ['install', '--prefer-offline', `${name}@broken`, ...others, 'msw']);
    await expect(check(dir)).rejects.toThrow(error);
  }));
});
