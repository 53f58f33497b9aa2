/**
 * Shows the schema extensions a reader is pointed at, which Redoc would not render, in the
 * reference's copy of a description (in place):
 * - `x-max-length-note` (why a field has the length it has) ends the description of its
 *   field, or of its parameter when it sits on a parameter's schema, under its name;
 * - `x-enum-descriptions` (what each enum value means) is also given as `x-enumDescriptions`,
 *   which Redoc renders as a table of the values.
 * @param {object} document the docs-only copy of a bundle
 * @returns {object} the same document
 */
export function showSchemaExtensionNotes(document) {
  visit(document, (node) => {
    if (typeof node['x-max-length-note'] === 'string' && node.in === undefined) {
      node.description = withNote(node.description, node['x-max-length-note']);
    }
    if (node.in !== undefined && typeof node.schema?.['x-max-length-note'] === 'string') {
      node.description = withNote(node.description, node.schema['x-max-length-note']);
    }
    if (node['x-enum-descriptions'] && typeof node['x-enum-descriptions'] === 'object' && !node['x-enumDescriptions']) {
      node['x-enumDescriptions'] = node['x-enum-descriptions'];
    }
  });
  return document;
}

/** A description with the length note appended, labelled with its extension. */
function withNote(description, note) {
  return [description?.trim(), `**Maximum length** (\`x-max-length-note\`): ${note}`].filter(Boolean).join('\n\n');
}

/** Calls `visit` on every object under `node`, each once. */
function visit(node, callback, seen = new Set()) {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (!Array.isArray(node)) callback(node);
  for (const value of Object.values(node)) visit(value, callback, seen);
}
