// The dependency rules of .dependency-cruiser.cjs, run by scripts/check-dependencies.mjs on a small
// tree built in a temporary folder that mirrors the repository's layout: the clean tree breaks no
// rule, and each planted import is reported under the rule it breaks (and under no other).
// Last, the real repository breaks no rule other than the known scripts→docs imports.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Violation {
  rule: string;
  from: string;
  to: string;
  cycle?: string[];
}
interface CheckResult {
  modules: number;
  dependencies: number;
  unresolved: string[];
  violations: Violation[];
}
interface Checker {
  DEPENDENCY_PATHS: string[];
  checkDependencies(options?: { baseDir?: string; paths?: string[]; configFile?: string }): Promise<CheckResult>;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const configFile = join(repoRoot, '.dependency-cruiser.cjs');
// A .mjs script without a declaration file: imported through a path the type checker leaves alone.
const checkerPath = join(repoRoot, 'scripts/check-dependencies.mjs');
const loadChecker = async () => (await import(/* @vite-ignore */ checkerPath)) as Checker;

/** Writes `files` (path relative to `root` → contents) under `root`. */
function writeTree(root: string, files: Record<string, string>) {
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), contents);
  }
}

// The mocks' layers, top to bottom, and one file in each of their folders.
const MOCKS_LAYERS = [['adapters', 'scenarios'], ['operations'], ['pipeline'], ['answers'], ['behaviour', 'directory', 'state'], ['generated']];
const layerFile: Record<string, string> = {
  adapters: 'msw-adapter',
  scenarios: 'create-scenarios',
  operations: 'list-users',
  pipeline: 'route-matcher',
  answers: 'negotiate',
  behaviour: 'paging',
  directory: 'records',
  state: 'sessions',
  generated: 'operations',
};
const layerPath = (folder: string) => `packages/mocks/src/${folder}/${layerFile[folder]}.ts`;

// A tree that follows every rule: each layer imports the one below, packages use the protocol by
// name, tests and benches import sources, the docs use the path helpers of scripts/lib.
const CLEAN_TREE: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      paths: { '@hwcloud-directory/protocol': ['./packages/protocol/src/index.ts'] },
    },
  }),
  'node_modules/openapi-fetch/package.json': JSON.stringify({ name: 'openapi-fetch', version: '0.0.0', main: 'index.js', types: 'index.d.ts' }),
  'node_modules/openapi-fetch/index.js': 'export default function createClient() {}\n',
  'node_modules/openapi-fetch/index.d.ts': 'export type FetchResponse = unknown;\nexport default function createClient(): void;\n',
  'node_modules/msw/package.json': JSON.stringify({ name: 'msw', version: '0.0.0', main: 'index.js' }),
  'node_modules/msw/index.js': 'export const http = {};\n',
  'node_modules/left-pad/package.json': JSON.stringify({ name: 'left-pad', version: '0.0.0', main: 'index.js' }),
  'node_modules/left-pad/index.js': 'export default (text) => text;\n',

  'packages/protocol/package.json': JSON.stringify({ name: '@hwcloud-directory/protocol' }),
  'packages/protocol/src/index.ts': "export { encodeBase64 } from './base64.js';\n",
  'packages/protocol/src/base64.ts': 'export const encodeBase64 = (text: string): string => btoa(text);\n',

  'packages/client/package.json': JSON.stringify({ name: '@hwcloud-directory/client', dependencies: { 'openapi-fetch': '0.0.0' } }),
  'packages/client/src/index.ts':
    "import type { FetchResponse } from 'openapi-fetch';\nimport { encodeBase64 } from '@hwcloud-directory/protocol';\nimport { retry } from './retry-policy.js';\n" +
    'export const client = (response: FetchResponse) => [response, encodeBase64, retry];\n',
  'packages/client/src/retry-policy.ts': 'export const retry = 3;\n',
  'packages/client/dist/index.js': 'export const client = 1;\n',
  'packages/client/test/against-mocks.test.ts': "import { handlers } from '../../mocks/src/index.js';\nexport const used = handlers;\n",

  'packages/mocks/package.json': JSON.stringify({ name: '@hwcloud-directory/mocks', peerDependencies: { msw: '2' } }),
  'packages/mocks/src/index.ts': `import { adapter } from './adapters/msw-adapter.js';\nimport { OPERATIONS } from './generated/operations.js';\nexport const handlers = [adapter, OPERATIONS];\n`,
  'packages/mocks/src/node.ts': `import { scenarios } from './scenarios/create-scenarios.js';\nexport const node = scenarios;\n`,
  [layerPath('adapters')]: `import { http } from 'msw';\nimport { encodeBase64 } from '@hwcloud-directory/protocol';\nimport { listUsers } from '../operations/list-users.js';\nexport const adapter = [http, encodeBase64, listUsers];\n`,
  [layerPath('scenarios')]: `import { adapter } from '../adapters/msw-adapter.js';\nexport const scenarios = adapter;\n`,
  [layerPath('operations')]: `import { match } from '../pipeline/route-matcher.js';\nexport const listUsers = match;\n`,
  [layerPath('pipeline')]: `import { negotiate } from '../answers/negotiate.js';\nexport const match = negotiate;\n`,
  [layerPath('answers')]: `import { page } from '../behaviour/paging.js';\nimport { session } from '../state/sessions.js';\nexport const negotiate = [page, session];\n`,
  [layerPath('behaviour')]: `import { records } from '../directory/records.js';\nimport { OPERATIONS } from '../generated/operations.js';\nexport const page = [records, OPERATIONS];\n`,
  [layerPath('directory')]: `import { OPERATIONS } from '../generated/operations.js';\nexport const records = OPERATIONS;\n`,
  [layerPath('state')]: `import type { OPERATIONS } from '../generated/operations.js';\nexport const session: typeof OPERATIONS = [];\n`,
  [layerPath('generated')]: 'export const OPERATIONS: string[] = [];\n',

  'packages/openapi/src/index.js': "export const specs = ['meeting', 'bss'];\n",
  'openapi/bundle-names.mjs': "export const names = ['meeting.yaml'];\n",

  'scripts/build.mjs': "import { repoRoot } from './lib/paths.mjs';\nimport { readModel } from './spec-model/read-model.mjs';\nexport const build = [repoRoot, readModel];\n",
  'scripts/lib/paths.mjs': "export const repoRoot = '/';\n",
  'scripts/spec-model/read-model.mjs': "import { repoRoot } from '../lib/paths.mjs';\nexport const readModel = repoRoot;\n",
  'docs/build/build-site.mjs': "import { repoRoot } from '../../scripts/lib/paths.mjs';\nimport { curlSample } from './samples/curl-sample.mjs';\nexport const site = [repoRoot, curlSample];\n",
  'docs/build/samples/curl-sample.mjs': "export const curlSample = 'curl';\n",
  'bench/client/overhead.ts': "import { client } from '../../packages/client/src/index.js';\nexport const bench = client;\n",
  'test/mocks.test.ts': "import { handlers } from '../packages/mocks/src/index.js';\nimport { encodeBase64 } from '@hwcloud-directory/protocol';\nexport const tested = [handlers, encodeBase64];\n",
};

// Each planted file breaks one rule; `expected` lists what the checker must report for it.
interface Planted {
  what: string;
  files: Record<string, string>;
  expected: Violation[];
}
const PLANTED: Planted[] = [
  {
    what: 'reports a cycle between two modules of scripts/',
    files: {
      'scripts/lib/cycle-a.mjs': "import { b } from './cycle-b.mjs';\nexport const a = () => b;\n",
      'scripts/lib/cycle-b.mjs': "import { a } from './cycle-a.mjs';\nexport const b = () => a;\n",
    },
    // One violation per cycle, from the module that sorts first.
    expected: [{ rule: 'no-circular', from: 'scripts/lib/cycle-a.mjs', to: 'scripts/lib/cycle-b.mjs' }],
  },
  {
    what: 'reports a relative import that resolves to no file (a broken move)',
    files: { 'scripts/steps/40-operation-model.mjs': "import { buildApiModel } from '../../docs/build/spec/operation-model.mjs';\nexport const step = buildApiModel;\n" },
    expected: [{ rule: 'no-unresolvable-relative', from: 'scripts/steps/40-operation-model.mjs', to: '../../docs/build/spec/operation-model.mjs' }],
  },
  {
    what: 'reports a file in scripts/ that imports docs/',
    files: { 'scripts/steps/60-code-samples.mjs': "import { curlSample } from '../../docs/build/samples/curl-sample.mjs';\nexport const samples = curlSample;\n" },
    expected: [{ rule: 'scripts-not-docs', from: 'scripts/steps/60-code-samples.mjs', to: 'docs/build/samples/curl-sample.mjs' }],
  },
  {
    what: 'reports a docs/build file that reads the specs through scripts/spec-model/',
    files: { 'docs/build/spec/list-operations.mjs': "import { readModel } from '../../../scripts/spec-model/read-model.mjs';\nexport const list = readModel;\n" },
    expected: [{ rule: 'docs-reads-generated-only', from: 'docs/build/spec/list-operations.mjs', to: 'scripts/spec-model/read-model.mjs' }],
  },
  {
    what: 'reports a docs/build file that imports openapi/',
    files: { 'docs/build/spec/names.mjs': "import { names } from '../../../openapi/bundle-names.mjs';\nexport const list = names;\n" },
    expected: [{ rule: 'docs-reads-generated-only', from: 'docs/build/spec/names.mjs', to: 'openapi/bundle-names.mjs' }],
  },
  {
    what: "reports a docs/build file that imports a package's sources (also a path into packages/ from outside)",
    files: { 'docs/build/samples/mock-sample.mjs': "import { handlers } from '../../../packages/mocks/src/index.js';\nexport const sample = handlers;\n" },
    expected: [
      { rule: 'docs-reads-generated-only', from: 'docs/build/samples/mock-sample.mjs', to: 'packages/mocks/src/index.ts' },
      { rule: 'no-package-src-across', from: 'docs/build/samples/mock-sample.mjs', to: 'packages/mocks/src/index.ts' },
    ],
  },
  {
    what: "reports a client source that imports the mocks' sources by relative path",
    files: { 'packages/client/src/planted-mocks.ts': "import { handlers } from '../../mocks/src/index.js';\nexport const planted = handlers;\n" },
    expected: [{ rule: 'no-package-src-across', from: 'packages/client/src/planted-mocks.ts', to: 'packages/mocks/src/index.ts' }],
  },
  {
    what: "reports a mocks source that imports the client's dist by relative path",
    files: { 'packages/mocks/src/planted-dist.ts': "import { client } from '../../client/dist/index.js';\nexport const planted = client;\n" },
    expected: [{ rule: 'no-package-src-across', from: 'packages/mocks/src/planted-dist.ts', to: 'packages/client/dist/index.js' }],
  },
  {
    what: "reports a script that imports a package's sources by relative path",
    files: { 'scripts/steps/90-planted.mjs': "import { specs } from '../../packages/openapi/src/index.js';\nexport const planted = specs;\n" },
    expected: [{ rule: 'no-package-src-across', from: 'scripts/steps/90-planted.mjs', to: 'packages/openapi/src/index.js' }],
  },
  {
    what: 'reports a protocol source that imports msw',
    files: { 'packages/protocol/src/planted-msw.ts': "import { http } from 'msw';\nexport const planted = http;\n" },
    expected: [{ rule: 'protocol-is-a-leaf', from: 'packages/protocol/src/planted-msw.ts', to: 'node_modules/msw/index.js' }],
  },
  {
    what: 'reports a protocol source that imports a Node module',
    files: { 'packages/protocol/src/planted-node.ts': "import { createHmac } from 'node:crypto';\nexport const planted = createHmac;\n" },
    expected: [{ rule: 'protocol-is-a-leaf', from: 'packages/protocol/src/planted-node.ts', to: 'crypto' }],
  },
  {
    what: 'reports a protocol source that imports another workspace package by name',
    files: { 'packages/protocol/src/planted-client.ts': "import type { client } from '@hwcloud-directory/client';\nexport type Planted = typeof client;\n" },
    expected: [{ rule: 'protocol-is-a-leaf', from: 'packages/protocol/src/planted-client.ts', to: '@hwcloud-directory/client' }],
  },
  {
    what: 'reports a client source that imports an npm package other than openapi-fetch',
    files: { 'packages/client/src/planted-npm.ts': "import leftPad from 'left-pad';\nexport const planted = leftPad;\n" },
    expected: [{ rule: 'client-imports-only-openapi-fetch-types', from: 'packages/client/src/planted-npm.ts', to: 'node_modules/left-pad/index.js' }],
  },
  {
    what: 'reports a client source that imports openapi-fetch for more than its types',
    files: { 'packages/client/src/planted-fetch.ts': "import createClient from 'openapi-fetch';\nexport const planted = createClient;\n" },
    expected: [{ rule: 'client-imports-only-openapi-fetch-types', from: 'packages/client/src/planted-fetch.ts', to: 'node_modules/openapi-fetch/index.js' }],
  },
];

// One planted file per (lower folder, higher folder) pair of the mocks' layers.
const LAYER_PAIRS = MOCKS_LAYERS.flatMap((lower, rank) =>
  lower.flatMap((from) => MOCKS_LAYERS.slice(0, rank).flatMap((higher) => higher.map((to) => ({ from, to })))),
);
for (const { from, to } of LAYER_PAIRS) {
  const planted = `packages/mocks/src/${from}/planted-imports-${to}.ts`;
  PLANTED.push({
    what: `reports mocks layer ${from}/ importing the higher layer ${to}/`,
    files: { [planted]: `import * as above from '../${to}/${layerFile[to]}.js';\nexport const planted = above;\n` },
    expected: [{ rule: `mocks-layers/${from}->${to}`, from: planted, to: layerPath(to) }],
  });
}

const byRuleAndPath = (a: Violation, b: Violation) => `${a.rule} ${a.from} ${a.to}`.localeCompare(`${b.rule} ${b.from} ${b.to}`);
const withoutCycle = ({ rule, from, to }: Violation): Violation => ({ rule, from, to });

describe('the dependency checker', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'dependency-rules-'));
  const cleanRoot = join(scratch, 'clean');
  const plantedRoot = join(scratch, 'planted');
  let checker: Checker;
  let clean: CheckResult;
  let planted: CheckResult;

  beforeAll(async () => {
    checker = await loadChecker();
    writeTree(cleanRoot, CLEAN_TREE);
    writeTree(plantedRoot, CLEAN_TREE);
    for (const { files } of PLANTED) writeTree(plantedRoot, files);
    // Package tests are cruised too, to show they may import another package's sources.
    const paths = [...checker.DEPENDENCY_PATHS, 'packages/*/test'];
    clean = await checker.checkDependencies({ baseDir: cleanRoot, paths, configFile });
    planted = await checker.checkDependencies({ baseDir: plantedRoot, paths, configFile });
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('resolves every import of the clean tree, `./x.js` to `./x.ts` and the protocol by name included', () => {
    expect(clean.unresolved).toEqual([]);
    expect(clean.modules).toBeGreaterThan(Object.keys(CLEAN_TREE).length / 2);
  });

  it('finds no violation in a tree that follows the layout', () => {
    expect(clean.violations).toEqual([]);
  });

  for (const { what, expected } of PLANTED) {
    it(what, () => {
      for (const violation of expected) expect(planted.violations.map(withoutCycle)).toContainEqual(violation);
    });
  }

  it('names the whole loop of a cycle', () => {
    const cycle = planted.violations.find((violation) => violation.rule === 'no-circular' && violation.from === 'scripts/lib/cycle-a.mjs');
    expect(cycle?.cycle).toEqual(['scripts/lib/cycle-b.mjs', 'scripts/lib/cycle-a.mjs']);
  });

  it('reports nothing beyond the planted violations', () => {
    const expected = PLANTED.flatMap((plant) => plant.expected).sort(byRuleAndPath);
    expect(planted.violations.map(withoutCycle).sort(byRuleAndPath)).toEqual(expected);
  });

  it('finds no violation in the repository itself', async () => {
    const repo = await checker.checkDependencies({ baseDir: repoRoot, configFile });
    expect(repo.modules).toBeGreaterThan(100);
    expect(repo.violations.map((violation) => `${violation.rule}: ${violation.from} -> ${violation.to}`)).toEqual([]);
  });
});
