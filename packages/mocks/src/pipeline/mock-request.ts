// The request the pipeline reads, whatever carried it.

import type { Problem } from '../answers/problem.js';

/**
 * The parts of an HTTP request the mock pipeline reads. A Fetch `Request` adapts to it
 * (MSW handlers), and so does a raw `node:http` request (the standalone server's fast path),
 * without building a Fetch `Request` per call.
 */
export interface MockRequest {
  readonly method: string;
  /** Absolute URL. */
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  /** The raw body bytes (empty when none); may be called more than once. */
  body(): Promise<Uint8Array>;
}

/**
 * What an adapter's `body()` rejects with to refuse a body (larger than its limit, cut off by
 * the client): the pipeline answers the problem in the family's error body and logs nothing.
 * @example throw new RequestBodyRefused(httpRefusal(413, 'the request body is larger than 1048576 bytes'))
 */
export class RequestBodyRefused extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
    this.name = 'RequestBodyRefused';
  }
}

const decoder = new TextDecoder();

/** The body as UTF-8 text. */
export async function bodyText(request: MockRequest): Promise<string> {
  return decoder.decode(await request.body());
}
