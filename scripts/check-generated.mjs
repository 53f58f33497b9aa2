// Drift check: rebuilds everything and fails when a generated file differs from what is
// committed (or a new one appears), naming each file, so hand edits and forgotten builds
// are caught.
import { spawnSync } from 'node:child_process';
import { repoRoot } from './lib/apis.mjs';

const generatedDirs = ['generated', 'packages/*/src/generated'];
const git = (...args) => spawnSync('git', args, { cwd: repoRoot, encoding: 'utf8' });

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const status = git('status', '--porcelain', '--untracked-files=all', '--', ...generatedDirs);
if (status.status !== 0) throw new Error(`git status failed: ${status.stderr}`);
const drifted = status.stdout.split('\n').filter(Boolean);
if (drifted.length > 0) {
  console.error('check:generated: these generated files differ from a fresh build:');
  for (const line of drifted) console.error(`  ${line}`);
  console.error('Run `npm run build` and commit the result; never edit generated files by hand.');
  process.exit(1);
}
console.log('check:generated: every generated file matches a fresh build');
