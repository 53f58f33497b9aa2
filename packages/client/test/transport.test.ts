import { describe, expect, it, vi } from 'vitest';
import { resolveRetryPolicy } from '../src/retry-policy.js';
import { createTransport, type FetchLike } from '../src/transport.js';
import { connectionReset, hangingFetch } from './support/fake-fetch.js';

const url = 'https://api.example/v1/items';
/** The transport's arguments for a request to `url`: safe when it is a GET. */
const get = (init: RequestInit = {}) => [url, init, (init.method ?? 'GET') === 'GET'] as const;

function setup(fetch: FetchLike, overrides: { timeoutMs?: number; attempts?: number } = {}) {
  const sleeps: number[] = [];
  const send = createTransport({
    fetch,
    retry: resolveRetryPolicy({ attempts: overrides.attempts ?? 3, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 10_000 }),
    timeoutMs: overrides.timeoutMs,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
  });
  return { send, sleeps };
}

describe('retries on safe requests', () => {
  it('retries a 500 and returns the following 200', async () => {
    const fetch = vi.fn<FetchLike>().mockResolvedValueOnce(new Response('oops', { status: 500 })).mockResolvedValueOnce(Response.json({ ok: true }));
    const { send, sleeps } = setup(fetch);
    const { response } = await send(...get());
    expect(response.status).toBe(200);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(sleeps).toEqual([50]);
  });

  it('retries after a connection reset', async () => {
    const fetch = vi.fn<FetchLike>().mockRejectedValueOnce(connectionReset()).mockResolvedValueOnce(Response.json({}));
    const { send } = setup(fetch);
    expect((await send(...get())).response.status).toBe(200);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('waits as long as Retry-After says on a 429', async () => {
    const fetch = vi.fn<FetchLike>()
      .mockResolvedValueOnce(new Response('', { status: 429, headers: { 'Retry-After': '3' } }))
      .mockResolvedValueOnce(Response.json({}));
    const { send, sleeps } = setup(fetch);
    expect((await send(...get())).response.status).toBe(200);
    expect(sleeps).toEqual([3000]);
  });

  it('returns the 429 at once when Retry-After exceeds the longest wait allowed', async () => {
    const fetch = vi.fn<FetchLike>().mockResolvedValue(new Response('', { status: 429, headers: { 'Retry-After': '3600' } }));
    const { send, sleeps } = setup(fetch);
    expect((await send(...get())).response.status).toBe(429);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(sleeps).toEqual([]);
  });

  it('gives up after the configured attempts, returning the last response', async () => {
    const fetch = vi.fn<FetchLike>().mockImplementation(async () => new Response('', { status: 503 }));
    const { send, sleeps } = setup(fetch, { attempts: 4 });
    expect((await send(...get())).response.status).toBe(503);
    expect(fetch).toHaveBeenCalledTimes(4);
    expect(sleeps).toEqual([50, 100, 200]);
  });

  it('rethrows the last network error when every attempt fails', async () => {
    const fetch = vi.fn<FetchLike>().mockImplementation(async () => Promise.reject(connectionReset()));
    const { send } = setup(fetch);
    await expect(send(...get())).rejects.toThrow('fetch failed');
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('resends the same body on each attempt of a safe POST', async () => {
    const bodies: string[] = [];
    const fetch = vi.fn<FetchLike>(async (_url, init) => {
      bodies.push(String(init.body));
      return new Response('', { status: bodies.length === 1 ? 502 : 200 });
    });
    const send = createTransport({ fetch, retry: resolveRetryPolicy({}), sleep: async () => {} });
    await send(url, { method: 'POST', body: '{"pageIndex":1}' }, true);
    expect(bodies).toEqual(['{"pageIndex":1}', '{"pageIndex":1}']);
  });
});

describe('no retries where they are unsafe or useless', () => {
  it('never retries an unsafe request', async () => {
    const fetch = vi.fn<FetchLike>().mockResolvedValue(new Response('', { status: 500 }));
    const { send } = setup(fetch);
    expect((await send(...get({ method: 'POST', body: '{}' }))).response.status).toBe(500);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('does not retry a 400', async () => {
    const fetch = vi.fn<FetchLike>().mockResolvedValue(new Response('', { status: 400 }));
    const { send } = setup(fetch);
    expect((await send(...get())).response.status).toBe(400);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('timeouts and cancellation', () => {
  it('rejects with a TimeoutError when the server does not answer in time', async () => {
    const fetch = vi.fn<FetchLike>(hangingFetch);
    const { send } = setup(fetch, { timeoutMs: 30 });
    await expect(send(...get())).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('passes an AbortSignal that fires at the timeout to fetch', async () => {
    let seen: AbortSignal | undefined;
    const fetch = vi.fn<FetchLike>((_url, init) => {
      seen = init.signal ?? undefined;
      return new Promise<Response>((_, reject) => seen!.addEventListener('abort', () => reject(seen!.reason)));
    });
    const { send } = setup(fetch, { timeoutMs: 20 });
    await expect(send(...get())).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(seen?.aborted).toBe(true);
  });

  it('stops at once when the caller aborts', async () => {
    const controller = new AbortController();
    const fetch = vi.fn<FetchLike>(hangingFetch);
    const { send } = setup(fetch, { timeoutMs: 10_000 });
    const pending = send(...get({ signal: controller.signal }));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('does not retry once the caller has aborted', async () => {
    const controller = new AbortController();
    const fetch = vi.fn<FetchLike>(async () => {
      controller.abort();
      throw connectionReset();
    });
    const { send } = setup(fetch);
    await expect(send(...get({ signal: controller.signal }))).rejects.toThrow();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
