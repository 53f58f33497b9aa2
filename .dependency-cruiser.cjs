// Dependency rules for the repository, checked by scripts/check-dependencies.mjs (`npm run lint`).
// They describe the target layout: scripts/ (with scripts/spec-model/, the one reader of the bundled
// specs), docs/build/, packages/{protocol,client,mocks,openapi}, and the layers inside
// packages/mocks/src. A rule about a folder that does not exist yet simply matches nothing.
// Paths are relative to the repository root; every rule is an error.
const { builtinModules } = require('node:module');

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// Node's own modules, as dependency-cruiser resolves them: `node:fs`, `fs` and `fs/promises` alike.
const NODE_BUILTIN = `^(node:|(${builtinModules.map(escape).join('|')})(/|$))`;

// A workspace package imported by name: resolved through the node_modules symlink (to its real
// folder under packages/), through a tsconfig path (to its src), or not resolved (dist not built).
const workspacePackage = (name) => [`^packages/${name}/`, `(^|/)node_modules/@hwcloud-directory/${name}/`, `^@hwcloud-directory/${name}(/|$)`];
const npmPackage = (name) => [`(^|/)node_modules/${escape(name)}/`, `^${escape(name)}(/|$)`];

// Dependency types that mean "an npm package or a workspace package imported by name". `unknown`
// is an import that did not resolve: relative ones are told apart by their leading dot.
const PACKAGE_IMPORT = ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'npm-bundled', 'aliased', 'unknown'];

// The layers of packages/mocks/src, top to bottom. A file may import its own layer or any layer
// below it. The entry files index.ts, node.ts and browser.ts belong to no layer: they import anything.
const MOCKS_LAYERS = [
  { name: 'adapters', folders: ['adapters', 'scenarios'], role: 'MSW and node:http adapters, standalone server, CLI, scenarios' },
  { name: 'operations', folders: ['operations'], role: 'the behaviour of each operation' },
  { name: 'pipeline', folders: ['pipeline'], role: 'the transport-neutral request pipeline: route matcher, auth check, validation' },
  { name: 'answers', folders: ['answers'], role: 'the negotiator: status, vendor code, error body' },
  { name: 'model', folders: ['behaviour', 'directory', 'state'], role: 'paging/search/filters, the in-memory directory, sessions and credentials' },
  { name: 'generated', folders: ['generated'], role: 'code generated from the specs' },
];

// One rule per (lower folder, higher folder) pair, named `mocks-layers/LOWER->HIGHER`, so that a
// violation says which layer imported which.
const mocksLayerRules = MOCKS_LAYERS.flatMap((lower, lowerRank) =>
  lower.folders.flatMap((from) =>
    MOCKS_LAYERS.slice(0, lowerRank).flatMap((higher) =>
      higher.folders.map((to) => ({
        name: `mocks-layers/${from}->${to}`,
        severity: 'error',
        comment:
          `packages/mocks/src/${from}/ (layer "${lower.name}": ${lower.role}) must not import ` +
          `packages/mocks/src/${to}/ (layer "${higher.name}": ${higher.role}): a layer uses only its own and the layers below it.`,
        from: { path: `^packages/mocks/src/${from}/` },
        to: { path: `^packages/mocks/src/${to}/` },
      })),
    ),
  ),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-unresolvable-relative',
      severity: 'error',
      comment:
        'A relative import that resolves to no file is a broken move or rename; no other rule can see where it ' +
        'should point, so it would hide a violation.',
      from: { path: '^(packages/[^/]+/src|scripts|docs/build|bench|test)/' },
      to: { couldNotResolve: true, path: '^[.]' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle makes the modules in it one unit that cannot be read, tested or moved apart, and its load order decides ' +
        'what is undefined at run time. Type-only imports count too: they tangle the code the same way.',
      from: { path: '^(packages/[^/]+/src|scripts|docs/build)/' },
      to: { circular: true },
    },
    {
      name: 'scripts-not-docs',
      severity: 'error',
      comment:
        'The build pipeline (scripts/) produces what the docs site consumes; it must not depend on the docs build. ' +
        'Shared spec reading lives in scripts/spec-model/, shared paths in scripts/lib/.',
      from: { path: '^scripts/' },
      to: { path: '^docs/' },
    },
    {
      name: 'docs-reads-generated-only',
      severity: 'error',
      comment:
        'docs/build/ renders the site from generated data only (generated/, written by the pipeline); it must not read the ' +
        'specs itself (scripts/spec-model/, openapi/) nor run package sources. The path helpers of scripts/lib/ are allowed.',
      from: { path: '^docs/build/' },
      to: { path: ['^scripts/spec-model/', '^openapi/', '^packages/[^/]+/src/'] },
    },
    {
      name: 'no-package-src-across',
      severity: 'error',
      comment:
        "A package uses another one by its name (@hwcloud-directory/protocol), never by a relative path into the other's " +
        'src/ or dist/: that path bypasses its exports and breaks once the packages are packed. (Package tests are exempt.)',
      from: { path: '^packages/([^/]+)/', pathNot: '^packages/[^/]+/test/' },
      to: { path: '^packages/[^/]+/(src|dist)/', pathNot: '^packages/$1/', dependencyTypesNot: ['aliased'] },
    },
    {
      name: 'no-package-src-across',
      severity: 'error',
      comment:
        'Outside packages/, only tests (test/, packages/*/test/) and benchmarks (bench/) exercise package sources by relative ' +
        'path; the pipeline and the docs use the built packages or the generated files.',
      from: { pathNot: '^(packages|test|bench)/' },
      to: { path: '^packages/[^/]+/src/', dependencyTypesNot: ['aliased'] },
    },
    {
      name: 'protocol-is-a-leaf',
      severity: 'error',
      comment:
        'packages/protocol is the vendor protocol shared by the client and the mocks, bundled into both and run in browsers: ' +
        'it imports no other workspace package, nothing from msw and no Node module.',
      from: { path: '^packages/protocol/src/' },
      to: {
        path: [
          '^packages/(?!protocol/)',
          '(^|/)node_modules/@hwcloud-directory/(?!protocol/)',
          '^@hwcloud-directory/(?!protocol(/|$))',
          ...npmPackage('msw'),
          '(^|/)node_modules/@mswjs/',
          '^@mswjs/',
          NODE_BUILTIN,
        ],
      },
    },
    {
      name: 'client-imports-only-openapi-fetch-types',
      severity: 'error',
      comment:
        'The published client has one dependency, openapi-fetch, and uses only its types (`import type`); the protocol is ' +
        'bundled in. Any other package import would be a missing dependency or dead weight for its users.',
      from: { path: '^packages/client/src/' },
      to: { dependencyTypes: PACKAGE_IMPORT, pathNot: ['^\\.', ...npmPackage('openapi-fetch'), ...workspacePackage('protocol')] },
    },
    {
      name: 'client-imports-only-openapi-fetch-types',
      severity: 'error',
      comment: 'openapi-fetch is allowed in packages/client/src as `import type` only: the client does its own fetching.',
      from: { path: '^packages/client/src/' },
      to: { path: npmPackage('openapi-fetch'), dependencyTypesNot: ['type-only', 'type-import'] },
    },
    ...mocksLayerRules,
  ],
  options: {
    // Keep `import type` dependencies: rule client-imports-only-openapi-fetch-types tells them apart.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: ['(^|/)node_modules/', '(^|/)dist/'] },
    exclude: { path: ['^test/consumers/fixtures/', '^test/lint/fixtures/', '(^|/)examples/', '^docs/site/'] },
    moduleSystems: ['es6', 'cjs'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
