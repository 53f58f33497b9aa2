// The example values the code samples send, read from a bundled description (the
// operation model says which parameters an operation has; the
// examples themselves stay in the bundle, on the things they describe).
import { listOperations } from './list-operations.mjs';
import { resolveRef } from './resolve-ref.mjs';

/**
 * The examples of every operation of a bundled description: for each parameter (path-level
 * and operation-level, merged as the model merges them) the value a sample uses, and the
 * request body's first example.
 * @param {object} document the bundled description (readBundle(api))
 * @returns {Map<string, { parameters: Map<string, unknown>, body: unknown }>} by operationId;
 *   parameters keyed by {@link parameterKey}, without those that have no example
 * @example operationExamples(readBundle('meeting')).get('searchCorpAdmins').parameters.get(parameterKey({ in: 'query', name: 'limit' }))
 */
export function operationExamples(document) {
  return new Map(
    listOperations(document).map((operation) => {
      const parameters = new Map();
      for (const parameter of operation.parameters) {
        const value = exampleValue(document, parameter);
        if (value !== undefined) parameters.set(parameterKey(parameter), value);
      }
      return [operation.operationId, { parameters, body: requestBodyExample(document, operation.requestBody) }];
    }),
  );
}

/** How {@link operationExamples} keys a parameter: where it travels and its name. */
export const parameterKey = (parameter) => `${parameter.in} ${parameter.name}`;

/**
 * The value a code sample uses for a parameter: its own example, else its schema's
 * example, default, first enum value or const. `undefined` when the description gives none.
 * @param {object} document the bundled description
 * @param {object} parameter a resolved Parameter Object
 */
function exampleValue(document, parameter) {
  const schema = resolveRef(document, parameter.schema ?? {});
  const candidates = [
    parameter.example,
    firstExample(document, parameter.examples),
    schema.example,
    Array.isArray(schema.examples) ? schema.examples[0] : undefined,
    schema.default,
    Array.isArray(schema.enum) ? schema.enum[0] : undefined,
    schema.const,
  ];
  return candidates.find((value) => value !== undefined && value !== '');
}

/**
 * The first named example of a request body (the vendor page's example when there is one).
 * @returns {unknown} the example value, or undefined
 */
function requestBodyExample(document, requestBody) {
  if (!requestBody) return undefined;
  const media = requestBody.content?.['application/json'];
  if (!media) return undefined;
  return firstExample(document, media.examples) ?? media.example;
}

/** The value of the first entry of an OpenAPI `examples` map. */
function firstExample(document, examples) {
  const first = Object.values(examples ?? {})[0];
  return first === undefined ? undefined : resolveRef(document, first).value;
}
