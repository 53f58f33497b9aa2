// Pipeline step (mocks): builds the default seeded directory of @hwcloud-directory/mocks
// (seed 42, size 30) into generated/mocks-directory.json, so reviewers can read the records
// the mocks serve by default. The directory code is TypeScript: esbuild bundles it in memory.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { repoRoot } from '../lib/apis.mjs';
import { generatedNote } from '../lib/generated-header.mjs';

const STEP = 'scripts/steps/40-mocks-directory.mjs';

const bundled = await build({
  entryPoints: [`${repoRoot}packages/mocks/src/directory/seed-directory.ts`],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  logLevel: 'warning',
});
const moduleUrl = `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`;
const { seedDirectory, DEFAULT_SEED, DEFAULT_SIZE } = await import(moduleUrl);
const snapshot = seedDirectory(DEFAULT_SEED, DEFAULT_SIZE);
const out = { $comment: `${generatedNote('40-mocks-directory.mjs')}; the default directory of @hwcloud-directory/mocks (seed ${DEFAULT_SEED}, size ${DEFAULT_SIZE})`, ...snapshot };
writeFileSync(`${repoRoot}generated/mocks-directory.json`, `${JSON.stringify(out, null, 2)}\n`);
console.log(`${STEP}: ${snapshot.users.length} users, ${snapshot.externalContacts.length} external contacts, ${snapshot.subCustomers.length} member accounts`);
