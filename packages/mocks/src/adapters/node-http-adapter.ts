// The node:http side of the standalone server: a Node request as a MockRequest (no Fetch
// Request on the fast path), a MockAnswer written to a Node response, and the Fetch
// conversions for handlers added with `use()`.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockAnswer } from '../answers/mock-answer.js';
import type { MockRequest } from '../pipeline/mock-request.js';

/** Reads the whole body of a Node request (empty for GET and HEAD). */
export async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  if (req.method === 'GET' || req.method === 'HEAD') return new Uint8Array(0);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** Adapts a Node request with its buffered body to the mock pipeline, without a Fetch Request. */
export function toMockRequest(req: IncomingMessage, url: string, body: Uint8Array): MockRequest {
  return {
    method: req.method ?? 'GET',
    url,
    headers: {
      get: (name) => {
        const value = req.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    body: async () => body,
  };
}

/** Writes a mock answer to a Node response. */
export function sendAnswer(answer: MockAnswer, res: ServerResponse, extraHeaders: Record<string, string>): void {
  const headers: string[] = [];
  for (const name in extraHeaders) headers.push(name, extraHeaders[name] as string);
  for (const name in answer.headers) headers.push(name, answer.headers[name] as string);
  headers.push('Content-Length', String(Buffer.byteLength(answer.body)));
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
