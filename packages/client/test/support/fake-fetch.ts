// A fetch that answers from a handler and records what it was sent.
import { pageOf } from '@hwcloud-directory/protocol';
import { vi } from 'vitest';
import type { FetchLike } from '../../src/transport.js';

export interface Sent {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

/** The handler gets the call as a Request, as the platform's fetch would build it. */
export function fakeFetch(handler: (request: Request, sent: Sent) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const fetch = vi.fn<FetchLike>(async (input, init) => {
    const request = new Request(input, init);
    const record: Sent = { method: request.method, url: new URL(request.url), headers: new Headers(request.headers), body: await request.clone().text() };
    sent.push(record);
    return handler(request, record);
  });
  return { fetch, sent };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** An offset-style page as the vendor serves it: past the end, the page-aligned last page again. */
export const page = (offset: number, limit: number, all: unknown[]) => {
  const served = pageOf(all, { style: 'offset', pastEnd: 'lastPage' }, offset, limit);
  return { offset: served.position, limit, count: served.total, data: served.items };
};

/** A server that never answers; the fetch gives up when its signal aborts, as fetch does. */
export const hangingFetch: FetchLike = (_url, init) =>
  new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal!.reason)));

/** The error the platform's fetch rejects with when the server resets the connection. */
export const connectionReset = () =>
  Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
