// Generates TypeScript types for each bundled API with openapi-typescript.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { apis, generatedPath, repoRoot } from '../lib/apis.mjs';
import { generatedHeader } from '../lib/generated-header.mjs';

const step = '20-types.mjs';
for (const api of apis) {
  const bundle = JSON.parse(readFileSync(join(repoRoot, generatedPath(api, 'openapi.json')), 'utf8'));
  const ast = await openapiTS(bundle, { alphabetize: false, defaultNonNullable: false });
  writeFileSync(join(repoRoot, generatedPath(api, 'd.ts')), generatedHeader(step) + astToString(ast));
}
