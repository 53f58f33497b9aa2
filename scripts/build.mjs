// The whole pipeline: runs every step in scripts/steps/ in file-name order.
// A step is a small script that reads openapi/ or generated/ and writes generated output.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const stepsDir = fileURLToPath(new URL('./steps/', import.meta.url));
const steps = readdirSync(stepsDir).filter((name) => name.endsWith('.mjs')).sort();

for (const step of steps) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [stepsDir + step], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: step ${step} failed with exit code ${result.status}`);
    process.exit(result.status ?? 1);
  }
  console.log(`build: ${step} done in ${Math.round(performance.now() - started)} ms`);
}
