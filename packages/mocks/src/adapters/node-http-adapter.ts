// The node:http side of the standalone server: a Node request as a MockRequest (no Fetch
// Request on the fast path), a MockAnswer written to a Node response, and the Fetch
// conversions for handlers added with `use()`.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockAnswer } from '../answers/mock-answer.js';
import { httpRefusal, invalidParameter } from '../answers/problem.js';
import { RequestBodyRefused, type MockRequest } from '../pipeline/mock-request.js';

/** A Host header that is a host name, IPv4 or bracketed IPv6 address, with an optional port. */
const VALID_HOST = /^(?:[A-Za-z0-9._~-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The absolute URL of a Node request: its Host header and target, or `fallbackOrigin` (the
 * listening address) when the Host is missing or no valid host (`a b`, `[`, `%`). An
 * absolute-form target keeps only its path and query. Plain string work, no URL parse.
 * @example requestUrl(req, 'http://127.0.0.1:4010') // 'http://127.0.0.1:4010/v1/usg/dcs/corp/admin?limit=2'
 */
export function requestUrl(req: IncomingMessage, fallbackOrigin: string): string {
  const host = req.headers.host;
  const origin = host !== undefined && VALID_HOST.test(host) ? `http://${host}` : fallbackOrigin;
  let target = req.url ?? '/';
  if (!target.startsWith('/')) {
    const scheme = target.indexOf('://');
    const slash = scheme === -1 ? -1 : target.indexOf('/', scheme + 3);
    target = slash === -1 ? '/' : target.slice(slash);
  }
  return origin + target;
}

/** A Node request's body, read on first use under a size limit. */
export interface NodeRequestBody {
  /** The body bytes (empty for GET and HEAD); rejects with {@link RequestBodyRefused} past the limit or when cut off. */
  read(): Promise<Uint8Array>;
  /** `refused`: larger than the limit (stop reading, close the connection); `unread`: nobody asked for it. */
  readonly state: 'unread' | 'reading' | 'read' | 'refused' | 'cut-off';
}

/**
 * The body of a Node request, read only when the pipeline asks for it: a declared
 * Content-Length over `limit` is refused before a byte is read, and a body without one
 * (chunked) is counted while it streams and refused as soon as it passes `limit` (413).
 * `beforeRead` runs once before the first byte is read (to send `100 Continue`).
 */
export function nodeRequestBody(req: IncomingMessage, limit: number, beforeRead?: () => void): NodeRequestBody {
  let state: NodeRequestBody['state'] = 'unread';
  let bytes: Promise<Uint8Array> | undefined;
  const tooLarge = (size: string) => {
    state = 'refused';
    return new RequestBodyRefused(httpRefusal(413, `the request body is ${size}; the mock server accepts at most ${limit} bytes`));
  };
  const read = (): Promise<Uint8Array> => {
    if (req.method === 'GET' || req.method === 'HEAD') return Promise.resolve(new Uint8Array(0));
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > limit) return Promise.reject(tooLarge(`${declared} bytes (Content-Length)`));
    if (req.readableEnded) return Promise.resolve(new Uint8Array(0));
    state = 'reading';
    beforeRead?.();
    return new Promise<Uint8Array>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let total = 0;
      const stop = () => {
        req.off('data', onData);
        req.off('end', onEnd);
        req.off('close', onClose);
        req.off('error', onClose);
      };
      const onData = (chunk: Buffer) => {
        total += chunk.length;
        if (total > limit) {
          stop();
          req.pause();
          chunks.length = 0;
          reject(tooLarge(`larger than ${limit} bytes (counted while it streamed)`));
          return;
        }
        chunks.push(chunk);
      };
      const onEnd = () => {
        stop();
        state = 'read';
        resolve(new Uint8Array(Buffer.concat(chunks, total)));
      };
      const onClose = () => {
        stop();
        state = 'cut-off';
        reject(new RequestBodyRefused(invalidParameter('the request body was cut off: the connection closed before it ended')));
      };
      req.on('data', onData);
      req.on('end', onEnd);
      req.on('close', onClose);
      req.on('error', onClose);
    });
  };
  return {
    read: () => (bytes ??= read()),
    get state() {
      return state;
    },
  };
}

/** Adapts a Node request to the mock pipeline, without a Fetch Request; the body is read on first use. */
export function toMockRequest(req: IncomingMessage, url: string, body: () => Promise<Uint8Array>): MockRequest {
  return {
    method: req.method ?? 'GET',
    url,
    headers: {
      get: (name) => {
        const value = req.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    body,
  };
}

/** Writes a mock answer to a Node response. */
export function sendAnswer(answer: MockAnswer, res: ServerResponse, extraHeaders: Record<string, string>): void {
  const headers: string[] = [];
  for (const name in extraHeaders) headers.push(name, extraHeaders[name] as string);
  for (const name in answer.headers) headers.push(name, answer.headers[name] as string);
  // A 204 carries no Content-Length (RFC 9110, 8.6).
  if (answer.status !== 204) headers.push('Content-Length', String(Buffer.byteLength(answer.body)));
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}

/** Builds a Fetch `Request` from a Node request and its buffered body (for MSW overrides). */
export function toFetchRequest(req: IncomingMessage, url: string, body: Uint8Array): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, { method, headers, ...(hasBody ? { body: body.slice().buffer as ArrayBuffer } : {}) });
}

/** Writes a Fetch `Response` to a Node response; a network-error response destroys the socket. */
export async function sendFetchResponse(response: Response, res: ServerResponse, extraHeaders: Record<string, string> = {}): Promise<void> {
  if (response.type === 'error') {
    res.socket?.destroy();
    return;
  }
  const headers: Record<string, string> = { ...extraHeaders };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  headers['content-length'] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}
