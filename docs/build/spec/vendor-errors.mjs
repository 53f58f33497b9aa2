import { listOperations } from './list-operations.mjs';
import { resolveRef } from './resolve-ref.mjs';

/** The legacy envelope's success code: an envelope with any other `returnCode` is an error. */
const LEGACY_SUCCESS = '000000000';

/**
 * Lists every vendor error code a bundled description uses: the root `x-error-codes`
 * list (code, HTTP status, meaning, whether the vendor publishes it), joined with the
 * operations whose response examples return the code and the body field that carries it
 * (`error_code`, or the legacy envelope's `returnCode`). A code that appears in an example
 * but not in `x-error-codes` is listed too, with `source: 'example'`, so nothing is hidden.
 * @param {object} document the bundled description
 * @returns {Array<{ code: string, status: number, meaning: string, source: string,
 *   fields: string[], operations: string[] }>} in `x-error-codes` order, then by code
 */
export function collectVendorErrors(document) {
  const byCode = new Map();
  for (const declared of document['x-error-codes'] ?? []) {
    byCode.set(declared.code, { ...declared, fields: [], operations: [] });
  }
  for (const operation of listOperations(document)) {
    for (const [status, response] of Object.entries(operation.responses)) {
      for (const media of Object.values(response.content ?? {})) {
        for (const example of examplesOf(document, media)) {
          const found = errorCodeOf(example.value);
          if (!found) continue;
          const entry = byCode.get(found.code) ?? {
            code: found.code,
            status: Number(status),
            meaning: (example.summary || found.message || response.description || '').trim(),
            source: 'example',
            fields: [],
            operations: [],
          };
          if (!entry.fields.includes(found.field)) entry.fields.push(found.field);
          if (!entry.operations.includes(operation.operationId)) entry.operations.push(operation.operationId);
          byCode.set(found.code, entry);
        }
      }
    }
  }
  return [...byCode.values()];
}

/** Every example of a media type object, resolved: named examples first, then `example`. */
function examplesOf(document, media) {
  const named = Object.values(media.examples ?? {}).map((example) => resolveRef(document, example));
  const single = media.example === undefined ? [] : [{ value: media.example }];
  return [...named, ...single].filter((example) => example && example.value !== undefined);
}

/** The vendor code an example body carries, if it is an error body. */
function errorCodeOf(value) {
  if (!value || typeof value !== 'object') return undefined;
  if (typeof value.error_code === 'string') {
    return { code: value.error_code, field: 'error_code', message: value.error_msg };
  }
  if (typeof value.returnCode === 'string' && value.returnCode !== LEGACY_SUCCESS) {
    return { code: value.returnCode, field: 'returnCode', message: value.returnMessage };
  }
  return undefined;
}
