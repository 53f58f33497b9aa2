import { parameterKey } from '../spec-model/operation-examples.mjs';

/**
 * What every code sample of an operation sends, decided once so that curl, the client and
 * the mock samples agree: path parameters, required query and header parameters, the
 * page size of a list operation (its paging rule's limit parameter), the search term of a
 * searchable one (its search rule's parameter), and the request body's first example.
 * @param {import('@hwcloud-directory/protocol').OperationModel} operation a record of the operation model
 * @param {{ parameters: Map<string, unknown>, body: unknown }} examples the operation's entry of operationExamples(bundle)
 * @returns {{ path: Record<string, unknown>, query: Record<string, unknown>, headers: Record<string, unknown>, body: unknown }}
 */
export function sampleRequest(operation, examples) {
  const { paging, search } = operation;
  const wanted = (parameter) =>
    parameter.required ||
    (paging?.in === 'query' && parameter.name === paging.limitParam) ||
    (parameter.in === 'query' && parameter.name === search?.param);
  const request = { path: {}, query: {}, headers: {}, body: examples.body };
  for (const parameter of operation.parameters) {
    if (!wanted(parameter)) continue;
    const value = examples.parameters.get(parameterKey(parameter));
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
