// The request the pipeline reads, whatever carried it.

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

const decoder = new TextDecoder();

/** The body as UTF-8 text. */
export async function bodyText(request: MockRequest): Promise<string> {
  return decoder.decode(await request.body());
}
