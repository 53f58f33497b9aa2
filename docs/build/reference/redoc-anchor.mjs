/**
 * Turns a tag name or operationId into the slug Redoc uses in its hash routes
 * (lower case, white space as dashes, `&` as `-and-`, no leading or trailing dash).
 */
function redocSlug(text) {
  return String(text)
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/&/g, '-and-')
    .replace(/--+/g, '-')
    .replace(/^-+/, '')
    .replace(/(?<!-)-+$/, '');
}

/**
 * The hash route under which the Redoc reference shows an operation: its first tag, then
 * its operationId, e.g. `#/directory/searchcorpadmins`. Untagged operations live under `other`.
 * @param {{ operationId: string, tags: string[] }} operation
 */
export function redocOperationAnchor(operation) {
  return `#/${redocSlug(operation.tags[0] ?? 'other')}/${redocSlug(operation.operationId)}`;
}
