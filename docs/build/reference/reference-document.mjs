/**
 * Makes the docs-only copy of a bundled description that Redoc renders: every operation of
 * the operation model gets its generated `x-codeSamples`, and `info` gets a logo and a line
 * that lead back to the rest of the site. The bundle itself is not changed.
 * @param {object} bundle generated/<api>.openapi.json
 * @param {{ model: import('@hwcloud-directory/protocol').ApiModel,
 *   codeSamples: ReturnType<typeof import('../data/read-code-samples.mjs').readCodeSamples> }} options
 * @returns {object} a new document
 */
export function referenceDocument(bundle, { model, codeSamples }) {
  const document = structuredClone(bundle);
  delete document.$comment;
  for (const operation of model.operations) {
    referencedOperation(document, operation)['x-codeSamples'] = codeSamples(model.api, operation.operationId);
  }
  document.info = {
    ...document.info,
    'x-logo': { url: '../assets/logo.svg', href: '../index.html', altText: 'hwcloud-directory docs home' },
    description: [
      '[Docs home](../index.html) · [Getting started](../guides/getting-started.html) · ' +
        '[Authentication](../guides/authentication.html) · [Paging](../guides/paging.html) · [Errors](../guides/errors.html)',
      document.info?.description ?? '',
    ].join('\n\n'),
  };
  return document;
}

/**
 * The Operation Object the reference renders for a record of the operation model.
 * @param {object} document a bundled description, or its docs-only copy
 * @param {{ operationId: string, method: string, path: string }} operation
 * @returns {object}
 */
export function referencedOperation(document, operation) {
  const pathItem = document.paths?.[operation.path];
  if (pathItem?.$ref) {
    throw new Error(`docs: path ${operation.path} is a $ref in the bundle; expected inlined path items`);
  }
  const target = pathItem?.[operation.method.toLowerCase()];
  if (target?.operationId !== operation.operationId) {
    throw new Error(`docs: the bundle has no ${operation.method} ${operation.path} with operationId ${operation.operationId}; is generated/ from one build?`);
  }
  return target;
}
