import { listOperations } from './list-operations.mjs';
import { resolveRef } from './resolve-ref.mjs';

/**
 * Lists every paged operation of a bundled description with its `x-paging` extension and
 * the limits its page-size parameter declares, as the paging guide tabulates them.
 * @param {object} document the bundled description
 * @returns {Array<{ operationId: string, method: string, path: string, paging: Record<string, unknown>,
 *   limit: { minimum?: number, maximum?: number, default?: number } }>}
 */
export function pagingDialects(document) {
  return listOperations(document)
    .filter((operation) => operation.extensions['x-paging'])
    .map((operation) => {
      const paging = operation.extensions['x-paging'];
      return {
        operationId: operation.operationId,
        method: operation.method.toUpperCase(),
        path: operation.path,
        paging,
        limit: limitSchema(document, operation, paging),
      };
    });
}

/**
 * The limits of an operation's page-size parameter, wherever the dialect puts it (query or body).
 * @param {object} document the bundled description
 * @param {object} operation an entry of listOperations(document)
 * @param {{ limitParam: string }} paging the operation's `x-paging` extension
 * @returns {{ minimum?: number, maximum?: number, default?: number }}
 */
export function limitSchema(document, operation, paging) {
  const name = paging.limitParam;
  const parameter = operation.parameters.find((p) => p.name === name);
  let schema = parameter ? resolveRef(document, parameter.schema) : undefined;
  if (!schema && operation.requestBody) {
    const body = resolveRef(document, Object.values(operation.requestBody.content ?? {})[0]?.schema);
    schema = body ? resolveRef(document, body.properties?.[name]) : undefined;
  }
  const { minimum, maximum, default: fallback } = schema ?? {};
  return { minimum, maximum, default: fallback };
}
