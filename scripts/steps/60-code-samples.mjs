// Pipeline step: code samples for every operation of both APIs, from the bundled
// descriptions, into generated/code-samples/<api>/<operationId>.{curl.sh,client.ts,msw.ts}.
// The docs build shows them in the reference as x-codeSamples.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listOperations } from '../../docs/build/spec/list-operations.mjs';
import { curlSample } from '../../docs/build/samples/curl-sample.mjs';
import { clientSample } from '../../docs/build/samples/client-sample.mjs';
import { mswSample } from '../../docs/build/samples/msw-sample.mjs';
import { SAMPLE_KINDS, sampleHeader } from '../../docs/build/samples/sample-kinds.mjs';
import { apis, repoRoot } from '../lib/apis.mjs';

const generated = join(repoRoot, 'generated');
const outDir = join(generated, 'code-samples');
const GENERATORS = { curl: curlSample, client: clientSample, msw: mswSample };

rmSync(outDir, { recursive: true, force: true });
let count = 0;
for (const { name: api } of apis) {
  const document = JSON.parse(readFileSync(join(generated, `${api}.openapi.json`), 'utf8'));
  mkdirSync(join(outDir, api), { recursive: true });
  for (const operation of listOperations(document)) {
    for (const { kind, suffix, comment } of SAMPLE_KINDS) {
      const source = GENERATORS[kind](document, operation, api);
      writeFileSync(join(outDir, api, `${operation.operationId}.${suffix}`), sampleHeader(comment) + source);
      count += 1;
    }
  }
}
console.log(`60-code-samples: ${count} samples in generated/code-samples/`);
