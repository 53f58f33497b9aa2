// What the pipeline answers, before an adapter turns it into a Fetch `Response` or a
// `node:http` reply.

import { serializeJson } from '../behaviour/json-fragment.js';

/** An answer of the mock pipeline: status, headers and the serialized JSON body. */
export interface MockAnswer {
  status: number;
  headers: Record<string, string>;
  /** Serialized JSON body; empty when the answer has none. */
  body: string;
}

/**
 * A JSON answer with the vendor's content type and the request id; an `undefined` body (the
 * writes' empty 200s, a 204) is an empty body without a content type.
 */
export function jsonAnswer(status: number, body: unknown, requestId: string): MockAnswer {
  if (body === undefined) return { status, headers: { 'X-Request-Id': requestId }, body: '' };
  return { status, headers: { 'Content-Type': 'application/json;charset=UTF-8', 'X-Request-Id': requestId }, body: serializeJson(body) };
}
