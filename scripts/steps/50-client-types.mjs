// Copies the generated OpenAPI types into packages/client/src/generated/ as .ts modules, so
// the published client is self-contained (tsc emits them as .d.ts; .d.ts sources it would not).
// Reads generated/<api>.d.ts; writes packages/client/src/generated/<api>-types.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { apis, repoRoot } from '../lib/apis.mjs';
import { generatedHeader } from '../lib/generated-header.mjs';

const from = process.argv[2] ?? `${repoRoot}generated/`;
const to = `${repoRoot}packages/client/src/generated/`;
const header = generatedHeader('50-client-types.mjs');

mkdirSync(to, { recursive: true });
for (const { name: api } of apis) {
  const source = readFileSync(`${from}${api}.d.ts`, 'utf8');
  // Drop the leading comment block of the source (its own header), keep the declarations.
  const body = source.replace(/^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/)\s*\n)+/, '');
  writeFileSync(`${to}${api}-types.ts`, `${header}// Source: generated/${api}.d.ts (openapi-typescript).\n\n${body}`);
}
