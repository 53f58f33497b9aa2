import { resolveRef } from '../spec/resolve-ref.mjs';

/**
 * The value a code sample uses for a parameter: its own example, else its schema's
 * example, default, first enum value or const. `undefined` when the description gives none.
 * @param {object} document the bundled description
 * @param {object} parameter a resolved Parameter Object
 */
export function exampleValue(document, parameter) {
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
export function requestBodyExample(document, requestBody) {
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
