// Pipeline step: the operation model of each API, from its bundle, into
// generated/<api>.operations.json (shape: ApiModel in packages/protocol/src/operation-model.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apis, generatedPath, repoRoot } from '../lib/apis.mjs';
import { generatedNote } from '../lib/generated-header.mjs';
import { readBundle } from '../spec-model/load-model.mjs';
import { buildApiModel } from '../spec-model/operation-model.mjs';

for (const api of apis) {
  const model = buildApiModel(readBundle(api.name), api.name);
  writeFileSync(join(repoRoot, generatedPath(api, 'operations.json')), `${JSON.stringify({ $comment: generatedNote('40-operation-model.mjs'), ...model }, null, 2)}\n`);
  console.log(`40-operation-model: ${api.name}: ${model.operations.length} operations, ${model.errorCodes.length} error codes`);
}
