import { listOperations } from '../spec/list-operations.mjs';
import { readCodeSamples } from '../samples/read-code-samples.mjs';

/**
 * Makes the docs-only copy of a bundled description that Redoc renders: every operation
 * gets its generated `x-codeSamples`, and `info` gets a logo and a line that lead back to
 * the rest of the site. The bundle itself is not changed.
 * @param {object} bundle generated/<api>.openapi.json
 * @param {{ api: string, samplesDir: string }} options
 * @returns {object} a new document
 */
export function referenceDocument(bundle, { api, samplesDir }) {
  const document = structuredClone(bundle);
  delete document.$comment;
  for (const operation of listOperations(document)) {
    const target = findOperation(document, operation);
    target['x-codeSamples'] = readCodeSamples(samplesDir, api, operation.operationId);
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

/** The operation object inside `document` that `operation` was listed from. */
function findOperation(document, operation) {
  const pathItem = document.paths[operation.path];
  if (pathItem.$ref) {
    throw new Error(`docs: path ${operation.path} is a $ref in the bundle; expected inlined path items`);
  }
  return pathItem[operation.method];
}
