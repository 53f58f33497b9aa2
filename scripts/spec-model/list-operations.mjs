// Walks the operations of a bundled OpenAPI description (the one place that does).
import { resolveRef } from './resolve-ref.mjs';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/**
 * Lists every operation of a bundled OpenAPI description in document order, with its
 * path-level and operation-level parameters merged and every `$ref` on the way resolved.
 * @param {object} document the bundled description (generated/<api>.openapi.json)
 * @returns {Array<{ operationId: string, method: string, path: string, summary: string,
 *   description: string, deprecated: boolean, tags: string[], parameters: object[],
 *   requestBody: object | undefined, responses: Record<string, object>,
 *   security: object[], extensions: Record<string, unknown> }>}
 */
export function listOperations(document) {
  const operations = [];
  for (const [path, rawPathItem] of Object.entries(document.paths ?? {})) {
    const pathItem = resolveRef(document, rawPathItem);
    const shared = (pathItem.parameters ?? []).map((parameter) => resolveRef(document, parameter));
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      if (!operation.operationId) throw new Error(`listOperations: ${method.toUpperCase()} ${path} has no operationId`);
      const own = (operation.parameters ?? []).map((parameter) => resolveRef(document, parameter));
      const parameters = [
        ...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)),
        ...own,
      ];
      const responses = Object.fromEntries(
        Object.entries(operation.responses ?? {}).map(([status, response]) => [status, resolveRef(document, response)]),
      );
      operations.push({
        operationId: operation.operationId,
        method,
        path,
        summary: operation.summary ?? '',
        description: operation.description ?? '',
        deprecated: operation.deprecated === true,
        tags: operation.tags ?? [],
        parameters,
        requestBody: operation.requestBody ? resolveRef(document, operation.requestBody) : undefined,
        responses,
        security: operation.security ?? document.security ?? [],
        extensions: Object.fromEntries(Object.entries(operation).filter(([key]) => key.startsWith('x-'))),
      });
    }
  }
  return operations;
}
