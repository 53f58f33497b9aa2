// The docs' TypeScript snippets run: each generated client sample and each guide snippet that is
// a whole program is bundled with esbuild (the packages from their sources) and run in its own
// Node process, with the @hwcloud-directory/mocks handlers answering on the vendor's hosts
// (MSW setupServer, unhandled requests are errors) and the environment variables the snippets
// read set to the mocks' published test credentials. A snippet passes when it exits 0.
// Guide snippets that cannot run here say so in the guide with `<!-- snippet: no-run (why) -->`
// right before the block. Snippets that are Vitest test files (the generated MSW samples and
// the guides' Vitest blocks) run as such, in one nested Vitest run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { build, type BuildFailure, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedSamples, guideSnippets, isVitestFile, modelOperationIds, repoRoot, sampleOperationId, type Snippet } from './support/doc-snippets.js';
import { limitConcurrency } from '../support/limit-concurrency.js';

const workDir = join(repoRoot, 'node_modules', '.cache', `docs-snippets-run-${process.pid}`);
/** The packages resolve to their sources, as in the repository's own Vitest config. */
const packageSources = {
  '@hwcloud-directory/client': join(repoRoot, 'packages/client/src/index.ts'),
  '@hwcloud-directory/mocks': join(repoRoot, 'packages/mocks/src/index.ts'),
  '@hwcloud-directory/protocol': join(repoRoot, 'packages/protocol/src/index.ts'),
};
/**
 * One esbuild run for many entry points: the packages' code is compiled once, into chunks the
 * entry points share; every other package (msw, openapi-fetch) stays an import from node_modules.
 */
const bundleOptions: BuildOptions = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  alias: packageSources,
  outExtension: { '.js': '.mjs' },
  logLevel: 'silent',
};

const guides = guideSnippets();
/** Whole-program TypeScript blocks of the guides: not vitest test files, not marked no-run. */
const runnableGuideSnippets = guides.filter((snippet) => !snippet.noRun && !isVitestFile(snippet));
/** The generated client samples of every operation. */
const clientSamples = generatedSamples('.client.ts');
/** Guide blocks and generated samples that are Vitest test files. */
const vitestSnippets = [...guides.filter(isVitestFile), ...generatedSamples('.msw.ts')];

/** Codes of a malformed request or bad credentials: a sample that meets one of these is broken. */
const GENERIC_CODES = new Set(['USG.000000001', 'USG.000000002', 'USG.000000003', 'USG.000000005', 'CBC.0100', 'MOCK.400']);
const WRITES_AND_CHECK = /^(add|update|delete|batch(Delete|Update)|createSub|check)[A-Za-z]* /;

/** The vendor codes an operation's documented responses return (the operation model's `errorCodes`). */
function documentedRuleCodes(operationId: string): string[] {
  for (const api of ['meeting', 'bss']) {
    const model = JSON.parse(readFileSync(join(repoRoot, `generated/${api}.operations.json`), 'utf8')) as { operations: { operationId: string; errorCodes: string[] }[] };
    const found = model.operations.find((operation) => operation.operationId === operationId);
    if (found) return found.errorCodes;
  }
  return [];
}

/** What runs each snippet: the mocks on the vendor's hosts and the credentials in the environment. */
const harness = `import { setupServer } from 'msw/node';
import { handlers, testCredentials } from '@hwcloud-directory/mocks';

Object.assign(process.env, {
  MEETING_ACCESS_TOKEN: testCredentials.accessToken,
  MEETING_ACCOUNT: testCredentials.admin.account,
  MEETING_PASSWORD: testCredentials.admin.password,
  MEETING_APP_ID: testCredentials.app.appId,
  MEETING_APP_KEY: testCredentials.app.appKey,
  HWCLOUD_IAM_TOKEN: testCredentials.iamToken,
  HWCLOUD_AK: testCredentials.accessKey.ak,
  HWCLOUD_SK: testCredentials.accessKey.sk,
});
const server = setupServer(...handlers);
server.listen({ onUnhandledRequest: 'error' });
try {
  await import('./snippet.ts');
} finally {
  server.close();
}
`;

/**
 * Writes each snippet with the harness into `<workDir>/<group>/<index>/` and bundles them all in
 * one esbuild run; resolves to each snippet's program. A build error names the snippet it is in.
 */
async function bundleSnippets(snippets: Snippet[], group: string): Promise<string[]> {
  const dir = join(workDir, group);
  const entryPoints: Record<string, string> = {};
  snippets.forEach((snippet, index) => {
    mkdirSync(join(dir, String(index)), { recursive: true });
    writeFileSync(join(dir, String(index), 'snippet.ts'), `${snippet.source}\nexport {};\n`);
    writeFileSync(join(dir, String(index), 'main.ts'), harness);
    entryPoints[`${index}/main`] = join(dir, String(index), 'main.ts');
  });
  try {
    await build({ ...bundleOptions, entryPoints, outdir: dir });
  } catch (error) {
    const errors = (error as BuildFailure).errors ?? [];
    const origin = (file = '') => snippets[Number(/(\d+)[\\/]\w+\.ts$/.exec(file)?.[1])]?.origin ?? file;
    throw new Error(errors.map((found) => `${origin(found.location?.file)}: ${found.text}`).join('\n') || String(error));
  }
  return snippets.map((_, index) => join(dir, String(index), 'main.mjs'));
}

/** Runs a bundled snippet in its own Node process; resolves to its exit status and output. */
function runSnippet(program: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [program], { cwd: dirname(program), stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: output.slice(0, 2000) }));
  });
}

/** Bundles the snippets and runs each in its own process, as many at once as there are cores. */
async function runSnippets(snippets: Snippet[], group: string): Promise<Array<{ status: number | null; output: string }>> {
  const programs = await bundleSnippets(snippets, group);
  const inTurn = limitConcurrency();
  return Promise.all(programs.map((program) => inTurn(() => runSnippet(program))));
}

describe('docs snippets at run time', () => {
  beforeAll(() => mkdirSync(workDir, { recursive: true }));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('runs every generated client sample against the mocks', async () => {
    expect(clientSamples.map(sampleOperationId).sort()).toEqual(modelOperationIds().sort());
    const failures: string[] = [];
    const refusedByState: string[] = [];
    for (const [index, { status, output }] of (await runSnippets(clientSamples, 'client-samples')).entries()) {
      const sample = clientSamples[index]!;
      if (status === 0) continue;
      // A write whose vendor example names records the seeded directory holds otherwise (an
      // account that is already an administrator, an account it lacks, the root department) is
      // well-formed when the mock refuses it with a rule code the operation documents; a
      // validation (USG.000000001, CBC.0100) or credential failure is still a broken sample.
      const code = /\bcode: '([A-Z]+\.\d+)'/.exec(output)?.[1];
      if (code && !GENERIC_CODES.has(code) && documentedRuleCodes(sampleOperationId(sample)).includes(code)) refusedByState.push(`${sampleOperationId(sample)} ${code}`);
      else failures.push(`${sample.origin} exited ${status}:\n${output}`);
    }
    expect(failures).toEqual([]);
    // Read samples must succeed outright: only writes (and checkToken of the example token) may meet the directory's state.
    for (const entry of refusedByState) expect(WRITES_AND_CHECK.test(entry), entry).toBe(true);
  }, 120_000);

  it('runs every whole-program guide snippet against the mocks', async () => {
    expect(runnableGuideSnippets.length).toBeGreaterThanOrEqual(8);
    const failures: string[] = [];
    for (const [index, { status, output }] of (await runSnippets(runnableGuideSnippets, 'guide-snippets')).entries()) {
      if (status !== 0) failures.push(`${runnableGuideSnippets[index]!.origin} exited ${status}:\n${output}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('passes every Vitest snippet (guides and generated MSW samples) in a nested Vitest run', async () => {
    const snippets = vitestSnippets;
    expect(snippets.length).toBeGreaterThanOrEqual(9);
    const dir = join(workDir, 'vitest');
    // The packages bundled once for every test file: Vitest loads them from under node_modules as
    // Node does a package, instead of transforming their sources again in each file's worker. One
    // worker per core (Vitest's default keeps one core for itself, idle here).
    const packages = join(dir, 'packages');
    await build({ ...bundleOptions, entryPoints: { client: packageSources['@hwcloud-directory/client'], mocks: packageSources['@hwcloud-directory/mocks'] }, outdir: packages });
    const packageBundles = { '@hwcloud-directory/client': join(packages, 'client.mjs'), '@hwcloud-directory/mocks': join(packages, 'mocks.mjs') };
    const origins: Record<string, string> = {};
    snippets.forEach((snippet, index) => {
      writeFileSync(join(dir, `snippet-${index}.test.ts`), snippet.source);
      origins[`snippet-${index}.test.ts`] = snippet.origin;
    });
    writeFileSync(
      join(dir, 'vitest.config.mjs'),
      `import { defineConfig } from 'vitest/config';
export default defineConfig({
  resolve: { alias: ${JSON.stringify(packageBundles)} },
  test: { include: ['snippet-*.test.ts'], exclude: [], testTimeout: 20000, maxWorkers: ${availableParallelism()} },
});
`,
    );
    const report = join(dir, 'report.json');
    const vitest = join(repoRoot, 'node_modules/vitest/vitest.mjs');
    const result = spawnSync(process.execPath, [vitest, 'run', '--root', dir, '--config', join(dir, 'vitest.config.mjs'), '--reporter=json', `--outputFile=${report}`], {
      encoding: 'utf8',
      timeout: 100_000,
      cwd: dir,
    });
    const summary = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numTotalTests: number;
      testResults: Array<{ name: string; status: string; message: string; assertionResults: Array<{ fullName: string; status: string; failureMessages: string[] }> }>;
    };
    const failures = summary.testResults
      .filter((file) => file.status !== 'passed')
      .map((file) => `${origins[file.name.split('/').pop()!]}: ${file.message} ${file.assertionResults.flatMap((test) => test.failureMessages).join('\n').slice(0, 800)}`);
    expect(failures, result.stderr.slice(0, 2000)).toEqual([]);
    expect(summary.testResults).toHaveLength(snippets.length);
    expect(summary.numPassedTests).toBe(summary.numTotalTests);
    expect(summary.numTotalTests).toBeGreaterThanOrEqual(snippets.length);
  }, 120_000);

  it('fails a snippet whose call the mocks reject', async () => {
    const rejected: Snippet = {
      origin: 'a snippet with a wrong token',
      source: "import { createMeetingClient } from '@hwcloud-directory/client';\n" +
        "const meeting = createMeetingClient({ auth: { accessToken: 'not-a-valid-token' }, retry: false });\n" +
        "await meeting.GET('/v1/usg/dcs/corp/admin');\n",
    };
    const { status, output } = (await runSnippets([rejected], 'rejected'))[0]!;
    expect(status).not.toBe(0);
    expect(output).toMatch(/USG\.000000004/);
  }, 60_000);
});
