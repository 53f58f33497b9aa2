/**
 * Follows local JSON references (`#/components/...`) inside a bundled OpenAPI document
 * until it reaches a value that is not a `$ref`.
 * @param {object} document the bundled description
 * @param {unknown} value a value that may be `{ $ref: '#/...' }`
 * @returns {any} the referenced value, or `value` itself when it is not a reference
 * @example resolveRef(bundle, { $ref: '#/components/schemas/MeetingError' })
 */
export function resolveRef(document, value) {
  let current = value;
  const seen = new Set();
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`resolveRef: only local references are supported in a bundle, got ${ref}`);
    if (seen.has(ref)) throw new Error(`resolveRef: circular reference ${ref}`);
    seen.add(ref);
    current = ref
      .slice(2)
      .split('/')
      .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((node, key) => {
        if (node === undefined || node === null || !(key in node)) {
          throw new Error(`resolveRef: ${ref} does not resolve (missing "${key}")`);
        }
        return node[key];
      }, document);
  }
  return current;
}
