// Generates TypeScript types for each bundled API with openapi-typescript, into the one
// place both packages read them from: packages/protocol/src/generated/<api>-types.ts
// (bundled into the client's and the mocks' dist at build).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { apis, generatedPath, repoRoot } from '../lib/apis.mjs';
import { generatedHeader } from '../lib/generated-header.mjs';

const step = '20-types.mjs';
const outDir = join(repoRoot, 'packages/protocol/src/generated');
mkdirSync(outDir, { recursive: true });
for (const api of apis) {
  const bundle = JSON.parse(readFileSync(join(repoRoot, generatedPath(api, 'openapi.json')), 'utf8'));
  const ast = await openapiTS(bundle, { alphabetize: false, defaultNonNullable: false });
  writeFileSync(join(outDir, `${api.name}-types.ts`), `${generatedHeader(step)}// Source: ${generatedPath(api, 'openapi.json')} (openapi-typescript).\n\n${astToString(ast)}`);
}
