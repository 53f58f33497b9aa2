// Projects the operation model onto what the client needs at run time, and nothing more: it
// ships in every app's bundle, so it holds only what differs from the API's defaults, and an
// operation that differs in nothing costs an app no byte (docs/decisions/0011). The defaults:
// the scheme most operations are authenticated with, a success that is not a legacy
// envelope, and for a GET list the paging rule most of them use, with no page-size maximum.
// No operationId ships: errors name an operation `METHOD /path`. Which paths are lists, and
// their paging fields, are written as a type only, for the typed `pages()` and `items()`.
// Reads generated/<api>.operations.json; writes packages/client/src/generated/<api>-operations.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { apis, generatedPath, repoRoot } from '../lib/apis.mjs';
import { generatedHeader } from '../lib/generated-header.mjs';
import { listOperations } from '../spec-model/list-operations.mjs';
import { readApiModel, readBundle } from '../spec-model/load-model.mjs';
import { resolveRef } from '../spec-model/resolve-ref.mjs';

const to = `${repoRoot}packages/client/src/generated/`;
const header = generatedHeader('50-client-operations.mjs');
const json = JSON.stringify;
const INT32_MAX = 2 ** 31 - 1;

/** The fields of a paging rule the client reads (not `pastEnd`: the iterators never ask past the end). */
const rule = ({ style, in: where, offsetParam, limitParam, itemsPath, totalPath }) => ({ style, in: where, offsetParam, limitParam, itemsPath, totalPath });

/** The value of `key(item)` most items of `items` have (the first one met on a tie), or undefined. */
function mostCommon(items, key) {
  const counts = new Map();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The paging rule most GET list operations of `model` use (JSON), or undefined when it has none. */
function listDialectOf(model) {
  return mostCommon(model.operations.filter((operation) => operation.paging && operation.method === 'GET'), (operation) => json(rule(operation.paging)));
}

/**
 * Throws when an operation that the client does not page in the list dialect answers the
 * dialect's items field anyway: the client takes a success body with that field for a page
 * (its items must be an array), since it ships no list of the list operations.
 * @param {import('@hwcloud-directory/protocol').ApiModel} model
 * @param {object} document the bundled description
 */
export function checkListFieldOnlyOnLists(model, document) {
  const dialect = listDialectOf(model);
  if (!dialect) return;
  const field = JSON.parse(dialect).itemsPath.split('.')[0];
  const paged = new Set(model.operations.filter((o) => o.paging && o.method === 'GET' && json(rule(o.paging)) === dialect).map((o) => `${o.method} ${o.path}`));
  const ownRule = new Set(model.operations.filter((o) => o.paging).map((o) => `${o.method} ${o.path}`));
  for (const operation of listOperations(document)) {
    const name = `${operation.method.toUpperCase()} ${operation.path}`;
    if (paged.has(name) || ownRule.has(name)) continue;
    for (const [status, response] of Object.entries(operation.responses)) {
      const schema = status.startsWith('2') && resolveRef(document, response.content?.['application/json']?.schema);
      if (schema && field in (resolveRef(document, schema).properties ?? {})) {
        throw new Error(`50-client-operations: ${name} (${operation.operationId}) answers "${field}", the items field of the ${model.api} list dialect, but is no list: the client would take its ${status} body for a page. Rename the field or teach the client which operations are lists.`);
      }
    }
  }
}

/**
 * The source of `packages/client/src/generated/<api>-operations.ts` for the operation model
 * `model` of API `source` (a path named in the header).
 * @param {import('@hwcloud-directory/protocol').ApiModel} model
 * @param {string} source
 * @returns {string}
 */
export function clientOperationsModule(model, source) {
  // The scheme the client authenticates an operation with: its first that is not a login's
  // (a login carries its own credentials), '' for none and for an operation that needs none
  // (`anonymous`: checkToken carries the token it checks in its body).
  const scheme = (operation) => (operation.anonymous ? '' : (operation.security.find((s) => !s.login)?.scheme ?? ''));
  const defaultScheme = mostCommon(model.operations, scheme) ?? '';
  const lists = model.operations.filter((operation) => operation.paging);
  const dialect = listDialectOf(model);

  const byPath = new Map();
  for (const operation of model.operations) {
    const fields = [];
    if (scheme(operation) !== defaultScheme) fields.push(`security: ${json(scheme(operation))}`);
    if (operation.envelope) fields.push('envelope: true');
    if (operation.paging) {
      const own = json(rule(operation.paging));
      if (own !== dialect || operation.method !== 'GET') fields.push(`paging: ${own}`);
      // A limit without a documented maximum has the int32 bound: no bound worth shipping.
      const { maximum } = operation.paging.limit;
      if (typeof maximum === 'number' && maximum < INT32_MAX) fields.push(`maximum: ${maximum}`);
    }
    if (fields.length === 0) continue;
    const methods = byPath.get(operation.path) ?? [];
    methods.push(`${operation.method}: { ${fields.join(', ')} }`);
    byPath.set(operation.path, methods);
  }

  const listTypes = lists.map(({ path, method, paging }) => {
    const fields = { method: method.toLowerCase(), offsetParam: paging.offsetParam, limitParam: paging.limitParam, itemsPath: paging.itemsPath };
    return `  ${json(path)}: { ${Object.entries(fields).map(([name, value]) => `${name}: ${json(value)}`).join('; ')} };`;
  });

  return `${header}// Source: ${source} (the operation model).

import type { PagingSpec } from '../pagination.js';
import type { OperationTable } from '../typed-client.js';

/** Base URL of each region (\`servers[].x-region\` in the spec). */
export const servers = ${json(model.servers, null, 2)} as const;

/** The scheme the client authenticates an operation with when its entry names none: that of most operations. */
export const defaultScheme = ${json(defaultScheme)};

/** The paging rule of a GET list operation whose entry names none: that of most of them. */
export const listDialect: PagingSpec | undefined = ${dialect ?? 'undefined'};

/**
 * What differs from those defaults, by path, then method: the scheme (\`''\` for none),
 * \`envelope\` when a success is a legacy envelope, a list operation's own paging rule, and
 * its documented page-size maximum. Every other operation has no entry and costs nothing.
 */
export const operations: OperationTable = {
${[...byPath].map(([path, methods]) => `  ${json(path)}: { ${methods.join(', ')} },`).join('\n')}
};

/** Type only: each list operation's method and paging fields, by path. */
export interface ListOperations {
${listTypes.join('\n')}
}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(to, { recursive: true });
  for (const api of apis) {
    checkListFieldOnlyOnLists(readApiModel(api.name), readBundle(api.name));
    writeFileSync(`${to}${api.name}-operations.ts`, clientOperationsModule(readApiModel(api.name), generatedPath(api, 'operations.json')));
  }
}
