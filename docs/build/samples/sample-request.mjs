import { exampleValue, requestBodyExample } from './example-value.mjs';

/**
 * What every code sample of an operation sends, decided once so that curl, the client and
 * the mock samples agree: path parameters, required query and header parameters, the
 * page size of a list operation (its `x-paging` limit), the search term of a searchable
 * one (`x-search`), and the request body's first example.
 * @param {object} document the bundled description
 * @param {ReturnType<import('../spec/list-operations.mjs').listOperations>[number]} operation
 * @returns {{ path: Record<string, unknown>, query: Record<string, unknown>, headers: Record<string, unknown>, body: unknown }}
 */
export function sampleRequest(document, operation) {
  const paging = operation.extensions['x-paging'];
  const search = operation.extensions['x-search'];
  const wanted = (parameter) =>
    parameter.required === true ||
    (paging?.in === 'query' && parameter.name === paging.limitParam) ||
    (parameter.in === 'query' && parameter.name === search?.param);
  const request = { path: {}, query: {}, headers: {}, body: requestBodyExample(document, operation.requestBody) };
  for (const parameter of operation.parameters) {
    if (!wanted(parameter)) continue;
    const value = exampleValue(document, parameter);
    if (value === undefined) {
      if (parameter.required) throw new Error(`code samples: ${operation.operationId} parameter ${parameter.name} has no example, default or enum value`);
      continue;
    }
    const target = { path: request.path, query: request.query, header: request.headers }[parameter.in];
    if (target) target[parameter.name] = value;
  }
  return request;
}

/** The operation's path with its path parameters filled in (percent-encoded). */
export function expandPath(path, values) {
  return path.replace(/\{([^}]+)\}/g, (_, name) => {
    if (values[name] === undefined) throw new Error(`code samples: no value for path parameter ${name} of ${path}`);
    return encodeURIComponent(String(values[name]));
  });
}
