// Sends one request: with a timeout, and retried by the retry policy when that is safe.

import { isRetryableStatus, parseRetryAfter, type RetryPolicy } from './retry-policy.js';

/**
 * A fetch-compatible function: all the client needs from the platform or a test. It is
 * called as `fetch(url, init)`, with a URL string and a plain init (method, headers
 * record, string body, signal); `globalThis.fetch` fits.
 */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** How many requests share one timeout signal at most. */
export const SHARED_BY = 32;

/** A response and its body text, read within the same attempt. */
export interface Received {
  response: Response;
  text: string;
}

/**
 * Sends `init` to `url` and reads the body. A `safe` request (read-only, so it may be sent
 * twice) is retried on network errors, 408, 429 and 5xx, with exponential backoff and jitter
 * or after the server's `Retry-After`. Reading the body is part of the attempt: a connection
 * that drops halfway through it is a network error like any other. `init.signal`, the
 * caller's, stops everything at once.
 */
export type Transport = (url: string, init: RequestInit, safe: boolean) => Promise<Received>;

/**
 * Builds the transport over `fetch`. `retry` is the policy (`false` sends every request once;
 * defaults: 3 attempts, 200 ms base, 5 s cap, `Retry-After` up to 30 s). `timeoutMs` bounds
 * each attempt, reading the body included (0 for none); it reaches the fetch as `init.signal`,
 * which the fetch must honour (the platform's does). Tests inject `sleep` (waits `ms`,
 * rejecting early when `signal` aborts) and `random` (in [0, 1), the backoff's jitter).
 */
export function createTransport(
  fetch: FetchLike,
  retry: RetryPolicy | false | undefined,
  timeoutMs: number,
  sleep: (ms: number, signal?: AbortSignal) => Promise<void> = abortableSleep,
  random: () => number = Math.random,
): Transport {
  const { attempts: safeAttempts = 3, baseDelayMs = 200, maxDelayMs = 5000, maxRetryAfterMs = 30_000 } = retry === false ? { attempts: 1 } : (retry ?? {});
  if (!Number.isInteger(safeAttempts) || safeAttempts < 1) throw new RangeError(`retry.attempts must be an integer >= 1, got ${safeAttempts}`);
  // Exponential backoff with full jitter before retry `n`: a random wait below baseDelayMs * 2^(n-1), capped.
  const backoff = (n: number) => Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (n - 1)));
  // The timeout signals. AbortSignal.timeout() costs 14 to 42 µs, and a timer set and cleared
  // around each attempt 7 to 15 µs of CPU, so the requests that start within the same short
  // window (1% of the timeout, at least 10 ms) share a signal, up to SHARED_BY of them (a real
  // fetch adds an abort listener to its signal, and adding one to a signal that already has
  // thousands gets slower with each). Each request gets at least `timeoutMs`, at most that
  // plus the window. The platform's timer does not keep Node alive.
  const window = Math.max(10, timeoutMs / 100);
  let opensUntil = -Infinity;
  let users = 0;
  let shared: AbortSignal;
  const deadline = () => {
    const time = Date.now();
    if (time > opensUntil || ++users > SHARED_BY) {
      if (time > opensUntil) opensUntil = time + window;
      shared = AbortSignal.timeout(timeoutMs + window);
      users = 1;
    }
    return shared;
  };

  return async function send(url, init, safe) {
    const callerSignal = init.signal ?? undefined;
    const attempts = safe ? safeAttempts : 1;
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= attempts;
      let wait: number | undefined;
      try {
        callerSignal?.throwIfAborted();
        // The caller's signal and the timeout both cancel the attempt.
        const timeout = timeoutMs ? deadline() : undefined;
        const signal = timeout && callerSignal ? AbortSignal.any([callerSignal, timeout]) : (timeout ?? callerSignal);
        const response = await fetch(url, { ...init, signal });
        if (!last && isRetryableStatus(response.status)) {
          const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
          if (retryAfter === undefined || retryAfter <= maxRetryAfterMs) {
            // Free the discarded body without waiting: under msw/node 2.x the cancel never settles.
            void response.body?.cancel().catch(() => undefined);
            wait = retryAfter ?? backoff(attempt);
          }
        }
        if (wait === undefined) return { response, text: await response.text() };
      } catch (error) {
        if (last || callerSignal?.aborted || (error as Error | null)?.name === 'TimeoutError') throw error;
        wait = backoff(attempt);
      }
      await sleep(wait, callerSignal);
    }
  };
}

/** `setTimeout` as a promise that rejects with the signal's reason when it aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
