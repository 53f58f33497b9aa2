// The Fetch side of the MSW adapter: a Fetch `Request` as a MockRequest, a MockAnswer as a
// Fetch `Response`.

import type { MockAnswer } from '../answers/mock-answer.js';
import type { MockRequest } from '../pipeline/mock-request.js';

/** Adapts a Fetch `Request` to the pipeline (the body is read once, on first use). */
export function fromFetchRequest(request: Request): MockRequest {
  let bytes: Promise<Uint8Array> | undefined;
  return {
    method: request.method,
    url: request.url,
    headers: request.headers,
    body: () => (bytes ??= request.arrayBuffer().then((b) => new Uint8Array(b))),
  };
}

const utf8 = new TextEncoder();

/** The answer as a Fetch `Response` (for MSW). */
export function toFetchResponse(answer: MockAnswer): Response {
  // No body at all for an empty answer: Fetch refuses even '' with a 204. The body goes in as
  // bytes: a string body is first scanned for lone surrogates (USVString), then encoded anyway.
  return new Response(answer.body === '' ? null : utf8.encode(answer.body), { status: answer.status, headers: answer.headers });
}
