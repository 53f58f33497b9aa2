import { listOperations } from './list-operations.mjs';
import { resolveRef } from './resolve-ref.mjs';

/** The legacy envelope's success code: an envelope with any other `returnCode` is an error. */
const LEGACY_SUCCESS = '000000000';

/**
 * Collects every vendor error code a bundled description documents, from the examples of
 * its responses (Meeting `error_code`, BSS `error_code`, legacy envelope `returnCode`),
 * with the HTTP status it comes with, what it means, and which operations return it.
 * Meaning is taken from the example's summary or description, else from its message.
 * @param {object} document the bundled description
 * @returns {Array<{ code: string, status: string, field: string, meaning: string, operations: string[] }>}
 *   sorted by code, then status
 */
export function collectVendorErrors(document) {
  const byKey = new Map();
  for (const operation of listOperations(document)) {
    for (const [status, response] of Object.entries(operation.responses)) {
      for (const media of Object.values(response.content ?? {})) {
        for (const example of examplesOf(document, media)) {
          const found = errorCodeOf(example.value);
          if (!found) continue;
          const key = `${found.code} ${status}`;
          const entry = byKey.get(key) ?? {
            code: found.code,
            status,
            field: found.field,
            meaning: '',
            operations: [],
          };
          entry.meaning ||= meaningOf(example, found.message, response);
          if (!entry.operations.includes(operation.operationId)) entry.operations.push(operation.operationId);
          byKey.set(key, entry);
        }
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.code.localeCompare(b.code) || a.status.localeCompare(b.status));
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

/** Human meaning of an error example. */
function meaningOf(example, message, response) {
  return (example.description || example.summary || message || response.description || '').trim();
}
