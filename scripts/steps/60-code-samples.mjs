// Pipeline step: code samples for every operation of both APIs, from the operation model
// (generated/<api>.operations.json) and the examples of the bundles (read through
// scripts/spec-model/), into generated/code-samples/<api>/<operationId>.{curl.sh,client.ts,msw.ts},
// with generated/code-samples/index.json listing them (kind, lang, label, file) per API and
// operationId. The docs build shows them in the reference as x-codeSamples, through that index.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clientSample } from '../code-samples/client-sample.mjs';
import { curlSample } from '../code-samples/curl-sample.mjs';
import { mswSample } from '../code-samples/msw-sample.mjs';
import { operationExamples } from '../spec-model/operation-examples.mjs';
import { SAMPLE_KINDS } from '../code-samples/sample-kinds.mjs';
import { sampleRequest } from '../code-samples/sample-request.mjs';
import { apis, repoRoot } from '../lib/apis.mjs';
import { generatedHeader, generatedNote } from '../lib/generated-header.mjs';
import { readApiModel, readBundle } from '../spec-model/load-model.mjs';

const step = '60-code-samples.mjs';
const outDir = join(repoRoot, 'generated', 'code-samples');
const GENERATORS = { curl: curlSample, client: clientSample, msw: mswSample };

rmSync(outDir, { recursive: true, force: true });
// Each sample file starts with one line, its generated-file header; the reference shows the rest.
const index = { $comment: generatedNote(step), headerLines: 1, samples: {} };
let count = 0;
for (const { name: api } of apis) {
  const model = readApiModel(api);
  const examples = operationExamples(readBundle(api));
  mkdirSync(join(outDir, api), { recursive: true });
  index.samples[api] = {};
  for (const operation of model.operations) {
    const values = examples.get(operation.operationId);
    if (!values) throw new Error(`${step}: ${api}/${operation.operationId} is in the operation model but not in generated/${api}.openapi.json; rerun step 40-operation-model`);
    const request = sampleRequest(operation, values);
    index.samples[api][operation.operationId] = SAMPLE_KINDS.map(({ kind, suffix, lang, label, comment }) => {
      const file = `${api}/${operation.operationId}.${suffix}`;
      writeFileSync(join(outDir, file), generatedHeader(step, comment) + GENERATORS[kind](operation, { model, request }));
      count += 1;
      return { kind, lang, label, file };
    });
  }
}
writeFileSync(join(outDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
console.log(`60-code-samples: ${count} samples and index.json in generated/code-samples/`);
