// Checks the dependency rules of .dependency-cruiser.cjs with dependency-cruiser's API (no shell).
// Cruises packages/*/src, scripts, docs (its site build), bench and test; prints each violation as
// `rule: from -> to` and a one-line summary; as a script, exits 1 on any violation.
// checkDependencies() is exported so that test/lint/ can run the same rules on a fixture tree.
import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const defaultConfig = join(repoRoot, '.dependency-cruiser.cjs');

/** What gets cruised: each package's src, the pipeline, the docs build, benches and tests. */
export const DEPENDENCY_PATHS = ['packages/*/src', 'scripts', 'docs', 'bench', 'test'];

// `.ts` files import `./x.js` for `./x.ts`, as tsc and the NodeNext resolution want: resolve
// them the way tsc does (dependency-cruiser also retries .ts on its own; this makes it explicit).
const extensionAlias = { '.js': ['.ts', '.tsx', '.js'], '.mjs': ['.mts', '.mjs'], '.cjs': ['.cts', '.cjs'] };

/** Expands `packages/*\/src` style entries (one `*` segment) and drops folders that do not exist. */
function existingPaths(baseDir, paths) {
  return paths.flatMap((path) => {
    const star = path.split('/').indexOf('*');
    if (star < 0) return existsSync(join(baseDir, path)) ? [path] : [];
    const parts = path.split('/');
    const parent = parts.slice(0, star).join('/');
    if (!existsSync(join(baseDir, parent))) return [];
    return readdirSync(join(baseDir, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => [parent, entry.name, ...parts.slice(star + 1)].join('/'))
      .filter((candidate) => existsSync(join(baseDir, candidate)));
  });
}

/**
 * Runs the rules of `configFile` on `paths` (relative to `baseDir`).
 * @param {{ baseDir?: string, paths?: string[], configFile?: string }} [options]
 * @returns {Promise<{ modules: number, dependencies: number, unresolved: string[],
 *   violations: { rule: string, from: string, to: string, cycle?: string[] }[] }>}
 */
export async function checkDependencies({ baseDir = repoRoot, paths = DEPENDENCY_PATHS, configFile = defaultConfig } = {}) {
  const root = resolve(baseDir);
  const { tsConfig, ...options } = await extractDepcruiseOptions(configFile);
  const tsConfigFile = tsConfig?.fileName && (isAbsolute(tsConfig.fileName) ? tsConfig.fileName : join(root, tsConfig.fileName));
  const withTsConfig = Boolean(tsConfigFile && existsSync(tsConfigFile));
  const cruiseOptions = { ...options, baseDir: root, outputType: 'json', ...(withTsConfig ? { tsConfig: { fileName: tsConfigFile } } : {}) };
  const transpileOptions = withTsConfig ? { tsConfig: extractTSConfig(tsConfigFile) } : {};
  const targets = existingPaths(root, paths);
  if (targets.length === 0) throw new Error(`dependency rules: none of ${paths.join(', ')} exists in ${root}`);

  const { output } = await cruise(targets, cruiseOptions, { extensionAlias }, transpileOptions);
  const result = typeof output === 'string' ? JSON.parse(output) : output;

  const unresolved = result.modules.flatMap((module) =>
    module.dependencies.filter((dependency) => dependency.couldNotResolve).map((dependency) => `${module.source} -> ${dependency.module}`),
  );
  const violations = result.summary.violations
    .filter((violation) => violation.rule.severity === 'error' || violation.rule.severity === 'warn')
    .map((violation) => ({
      rule: violation.rule.name,
      from: violation.from,
      to: violation.to,
      ...(violation.cycle ? { cycle: violation.cycle.map((step) => step.name) } : {}),
    }));
  return {
    modules: result.summary.totalCruised,
    dependencies: result.summary.totalDependenciesCruised,
    unresolved,
    violations,
  };
}

/** One line per violation: `rule: from -> to` (a cycle lists its whole loop). */
export function formatViolation({ rule, from, to, cycle }) {
  return cycle ? `${rule}: ${[from, ...cycle].join(' -> ')}` : `${rule}: ${from} -> ${to}`;
}

/**
 * Runs the check, prints each violation and the summary line; returns the number of violations.
 * @param {Parameters<typeof checkDependencies>[0]} [options]
 */
export async function reportDependencies(options) {
  const { modules, dependencies, violations } = await checkDependencies(options);
  for (const violation of violations) console.log(formatViolation(violation));
  console.log(`dependency rules: ${modules} modules, ${dependencies} dependencies, ${violations.length} violations`);
  if (violations.length > 0) console.error('dependency rules: the imports must break 0 rules of .dependency-cruiser.cjs');
  return violations.length;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  if ((await reportDependencies()) > 0) process.exit(1);
}
