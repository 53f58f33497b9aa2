// Runs every benchmark: each `bench:*` script of package.json, one after another.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { repoRoot } from './lib/apis.mjs';

const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const benches = Object.keys(scripts).filter((name) => name.startsWith('bench:')).sort();
for (const name of benches) {
  console.log(`\n=== npm run ${name}`);
  const result = spawnSync('npm', ['run', '--silent', name], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
