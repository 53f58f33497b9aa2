// Extracts what the client needs at run time from each bundled spec, and nothing more (it
// ships in every app's bundle): the servers by region and, per operation, its operationId,
// security schemes, `envelope: true` when it answers in the legacy returnCode envelope, and
// its x-paging extension (without `pastEnd`, which the iterators do not need) with the
// page-size maximum.
// Reads generated/<api>.openapi.json; writes packages/client/src/generated/<api>-operations.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { listOperations } from '../../docs/build/spec/list-operations.mjs';
import { limitSchema } from '../../docs/build/spec/paging-dialects.mjs';
import { resolveRef } from '../../docs/build/spec/resolve-ref.mjs';
import { apis, repoRoot } from '../lib/apis.mjs';
import { generatedHeader } from '../lib/generated-header.mjs';

const from = process.argv[2] ?? `${repoRoot}generated/`;
const to = `${repoRoot}packages/client/src/generated/`;
const header = generatedHeader('50-client-operations.mjs');

/** True when the schema (through $ref, allOf, oneOf, anyOf) has a `returnCode` property. */
function hasReturnCode(spec, node, seen = new Set()) {
  const schema = resolveRef(spec, node);
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return false;
  seen.add(schema);
  if (schema.properties && 'returnCode' in schema.properties) return true;
  return ['allOf', 'oneOf', 'anyOf'].some((key) => (schema[key] ?? []).some((part) => hasReturnCode(spec, part, seen)));
}

function describeApi(spec) {
  const servers = Object.fromEntries((spec.servers ?? []).filter((s) => s['x-region']).map((s) => [s['x-region'], s.url]));
  const operations = {};
  for (const operation of listOperations(spec)) {
    const security = operation.security.flatMap((requirement) => Object.keys(requirement));
    const success = Object.entries(operation.responses).find(([status]) => /^2/.test(status));
    const successSchema = success?.[1].content?.['application/json']?.schema;
    const entry = { operationId: operation.operationId, security };
    if (hasReturnCode(spec, successSchema)) entry.envelope = true;
    const paging = operation.extensions['x-paging'];
    if (paging) {
      const { pastEnd, ...where } = paging;
      const { maximum } = limitSchema(spec, operation, paging);
      entry.paging = { ...where, ...(typeof maximum === 'number' ? { maximum } : {}) };
    }
    operations[`${operation.method.toUpperCase()} ${operation.path}`] = entry;
  }
  return { servers, operations };
}

mkdirSync(to, { recursive: true });
for (const { name: api } of apis) {
  const spec = JSON.parse(readFileSync(`${from}${api}.openapi.json`, 'utf8'));
  const { servers, operations } = describeApi(spec);
  const text = `${header}// Source: generated/${api}.openapi.json (servers[].x-region, operations' security and x-paging).

/** Base URL of each region (\`servers[].x-region\` in the spec). */
export const servers = ${JSON.stringify(servers, null, 2)} as const;

/** Per operation, keyed \`METHOD /path\`: what the client needs at run time. */
export const operations = {
${Object.entries(operations).map(([key, entry]) => `  ${JSON.stringify(key)}: ${JSON.stringify(entry)},`).join('\n')}
} as const;
`;
  writeFileSync(`${to}${api}-operations.ts`, text);
}
