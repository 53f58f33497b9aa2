// A fresh npm project outside the repository, as a consumer starts one: no workspace, no links.
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { consumersTmp, repoRoot } from './packed-packages.js';
import { runCommand } from './run-command.js';

/** `name@version` with the exact version the repository pins for `name` (root devDependencies). */
export async function pinnedSpec(name: string): Promise<string> {
  const root = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const version = root.devDependencies[name];
  if (!version) throw new Error(`The root package.json pins no version of ${name}; add it there or pin it in the test.`);
  return `${name}@${version}`;
}

/**
 * Makes a new project directory under the system temp dir: `template` copied in (without
 * node_modules or dist), and an ESM package.json when the template has none.
 */
export async function createConsumerProject(label: string, template?: string): Promise<string> {
  await mkdir(consumersTmp, { recursive: true });
  const dir = await mkdtemp(join(consumersTmp, `${label}-`));
  if (template) await cp(template, dir, { recursive: true, filter: (source) => !/[\\/](node_modules|dist)([\\/]|$)/.test(source) });
  if (!existsSync(join(dir, 'package.json'))) {
    await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: `consumer-${label}`, private: true, type: 'module' }, null, 2)}\n`);
  }
  return dir;
}

/**
 * `npm install`s the given specs (tarball paths, `name@version`) into the project, exact
 * versions saved, from the local npm cache where it can.
 * @returns the install's duration in ms
 */
export async function npmInstall(dir: string, specs: string[]): Promise<number> {
  const { ms } = await runCommand('npm', ['install', '--save-exact', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel', 'error', ...specs], {
    cwd: dir,
    timeoutMs: 240_000,
  });
  return ms;
}

/** Removes a project made by {@link createConsumerProject}, unless KEEP_CONSUMER_PROJECTS is set. */
export async function removeConsumerProject(dir: string | undefined): Promise<void> {
  if (dir && !process.env.KEEP_CONSUMER_PROJECTS) await rm(dir, { recursive: true, force: true });
}

/** Where every run appends its step durations (one JSON object per line; .artifacts is ignored by git). */
export const timingsFile = join(repoRoot, '.artifacts', 'consumer-timings.jsonl');

/**
 * Prints how long a consumer step took and appends it to {@link timingsFile} with the Node
 * version, so each run (Node 20 and Node 24 in .ci/run) reports the suite's cost.
 */
export function reportDuration(step: string, ms: number): void {
  console.info(`[consumers] ${step}: ${(ms / 1000).toFixed(1)} s`);
  mkdirSync(dirname(timingsFile), { recursive: true });
  appendFileSync(timingsFile, `${JSON.stringify({ step, seconds: Number((ms / 1000).toFixed(1)), node: process.version, at: new Date().toISOString() })}\n`);
}
