// Projects the operation model onto what the client needs at run time, and nothing more (it
// ships in every app's bundle): the servers by region and, by path and method, each
// operation's operationId, security schemes (left out when they are the API's default: those
// most of its operations use, named once as `defaultSecurity`), `envelope: true` when it answers in the legacy
// returnCode envelope, and its paging rule (without `pastEnd`, which the iterators do not
// need) with the page-size maximum.
// Reads generated/<api>.operations.json; writes packages/client/src/generated/<api>-operations.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { apis, generatedPath, repoRoot } from '../lib/apis.mjs';
import { generatedHeader } from '../lib/generated-header.mjs';
import { readApiModel } from '../spec-model/load-model.mjs';

const to = `${repoRoot}packages/client/src/generated/`;
const header = generatedHeader('50-client-operations.mjs');

/** The client's entry of one operation of the model. */
function clientEntry(operation, defaultSecurity) {
  const entry = { operationId: operation.operationId };
  const security = operation.security.map((s) => s.scheme);
  if (security.join() !== defaultSecurity.join()) entry.security = security;
  if (operation.envelope) entry.envelope = true;
  if (operation.paging) {
    const { pastEnd: _pastEnd, limit, ...where } = operation.paging;
    entry.paging = { ...where, ...(typeof limit.maximum === 'number' ? { maximum: limit.maximum } : {}) };
  }
  return entry;
}

/** The security schemes most operations of `operations` use. */
function mostUsedSecurity(operations) {
  const counts = new Map();
  for (const { security } of operations) {
    const key = security.map((s) => s.scheme).join();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [key] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [''];
  return key ? key.split(',') : [];
}

mkdirSync(to, { recursive: true });
for (const api of apis) {
  const model = readApiModel(api.name);
  const byPath = new Map();
  const defaultSecurity = mostUsedSecurity(model.operations);
  for (const operation of model.operations) {
    const methods = byPath.get(operation.path) ?? {};
    methods[operation.method] = clientEntry(operation, defaultSecurity);
    byPath.set(operation.path, methods);
  }
  const text = `${header}// Source: ${generatedPath(api, 'operations.json')} (the operation model).

/** Base URL of each region (\`servers[].x-region\` in the spec). */
export const servers = ${JSON.stringify(model.servers, null, 2)} as const;

/** The security schemes of every operation whose entry names none. */
export const defaultSecurity = ${JSON.stringify(defaultSecurity)} as const;

/** Per path, then per method: what the client needs at run time. */
export const operations = {
${[...byPath].map(([path, methods]) => `  ${JSON.stringify(path)}: ${JSON.stringify(methods)},`).join('\n')}
} as const;
`;
  writeFileSync(`${to}${api.name}-operations.ts`, text);
}
