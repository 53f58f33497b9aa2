import { describe, expect, it, vi } from 'vitest';
import { createTransport, SHARED_BY, type FetchLike } from '../src/transport.js';
import { connectionReset, hangingFetch } from './support/fake-fetch.js';

const url = 'https://api.example/v1/items';
/** The transport's arguments for a request to `url`: safe when it is a GET. */
const get = (init: RequestInit = {}) => [url, init, (init.method ?? 'GET') === 'GET'] as const;

function setup(fetch: FetchLike, overrides: { timeoutMs?: number; attempts?: number } = {}, random = () => 0.5) {
  const sleeps: number[] = [];
  const policy = { attempts: overrides.attempts ?? 3, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 10_000 };
  const send = createTransport(fetch, policy, overrides.timeoutMs ?? 0, async (ms) => void sleeps.push(ms), random);
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
    const send = createTransport(fetch, {}, 0, async () => {});
    await send(url, { method: 'POST', body: '{"pageIndex":1}' }, true);
    expect(bodies).toEqual(['{"pageIndex":1}', '{"pageIndex":1}']);
  });
});

describe('the retry policy', () => {
  const failing = () => vi.fn<FetchLike>().mockImplementation(async () => new Response('', { status: 503 }));

  it('doubles the backoff ceiling per retry up to maxDelayMs', async () => {
    const { send, sleeps } = setup(failing(), { attempts: 6 }, () => 0.999999);
    await send(...get());
    expect(sleeps).toEqual([99, 199, 399, 799, 999]);
  });

  it('jitters the delay between 0 and the ceiling', async () => {
    const fetch = failing();
    const sleeps: number[] = [];
    const send = createTransport(fetch, { attempts: 200, baseDelayMs: 800, maxDelayMs: 800 }, 0, async (ms) => void sleeps.push(ms));
    await send(...get());
    expect(Math.min(...sleeps)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...sleeps)).toBeLessThan(800);
    expect(new Set(sleeps).size).toBeGreaterThan(10);
  });

  it('defaults to 3 attempts with a 200 ms backoff base', async () => {
    const fetch = failing();
    const sleeps: number[] = [];
    await createTransport(fetch, undefined, 0, async (ms) => void sleeps.push(ms), () => 0.999999)(...get());
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(sleeps).toEqual([199, 399]);
  });

  it('sends once with false', async () => {
    const fetch = failing();
    await createTransport(fetch, false, 0, async () => {})(...get());
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('rejects nonsense attempts when it is built', () => {
    expect(() => createTransport(failing(), { attempts: 0 }, 0)).toThrow(/attempts must be an integer >= 1, got 0/);
    expect(() => createTransport(failing(), { attempts: Number.NaN }, 0)).toThrow(/got NaN/);
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

describe('timeout signals', () => {
  it('shares one signal among the requests that start within 1% of the timeout, SHARED_BY at most', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const seen: (AbortSignal | null | undefined)[] = [];
      const fetch = vi.fn<FetchLike>(async (_url, init) => {
        seen.push(init.signal);
        return Response.json({});
      });
      const { send } = setup(fetch, { timeoutMs: 30_000 }); // a 300 ms window
      for (let i = 0; i < SHARED_BY + 1; i++) await send(...get());
      vi.setSystemTime(Date.now() + 300);
      await send(...get()); // the window's last moment
      vi.setSystemTime(Date.now() + 1);
      await send(...get()); // the next window
      expect(new Set(seen.slice(0, SHARED_BY)).size).toBe(1);
      expect(seen[SHARED_BY]).not.toBe(seen[0]);
      expect(seen[SHARED_BY + 1]).toBe(seen[SHARED_BY]);
      expect(seen[SHARED_BY + 2]).not.toBe(seen[SHARED_BY + 1]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('aborts with a TimeoutError no sooner than the timeout', async () => {
    let signal: AbortSignal | undefined;
    const { send } = setup((_url, init) => ((signal = init.signal ?? undefined), hangingFetch(_url, init)), { timeoutMs: 40 });
    const started = performance.now();
    await expect(send(...get())).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(39);
    expect(signal?.reason).toMatchObject({ name: 'TimeoutError' });
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
