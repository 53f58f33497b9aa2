// Sends one request: with a timeout, and retried by the retry policy when that is safe.

import { deadlineSignals } from './deadline-signals.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter, type ResolvedRetryPolicy } from './retry-policy.js';

/**
 * A fetch-compatible function: all the client needs from the platform or a test. It is
 * called as `fetch(url, init)`, with a URL string and a plain init (method, headers
 * record, string body, signal); `globalThis.fetch` fits.
 */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Settings of {@link createTransport}. */
export interface TransportOptions {
  fetch: FetchLike;
  retry: ResolvedRetryPolicy;
  /**
   * Per-attempt timeout in milliseconds; 0 or undefined for none. It reaches the fetch as
   * `init.signal`, which the fetch must honour (the platform fetch does).
   */
  timeoutMs?: number | undefined;
  /** Waits `ms`, rejecting early when `signal` aborts. Injected by tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

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

/** Builds the transport. */
export function createTransport(options: TransportOptions): Transport {
  const { fetch, retry, timeoutMs } = options;
  const deadline = timeoutMs ? deadlineSignals(timeoutMs) : undefined;
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;

  return async function send(url, init, safe) {
    const callerSignal = init.signal ?? undefined;
    const attempts = safe ? retry.attempts : 1;
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= attempts;
      let wait: number | undefined;
      try {
        callerSignal?.throwIfAborted();
        // The caller's signal and the timeout both cancel the attempt.
        const timeout = deadline?.();
        const signal = timeout && callerSignal ? AbortSignal.any([callerSignal, timeout]) : (timeout ?? callerSignal);
        const response = await fetch(url, signal === init.signal ? init : { ...init, signal });
        if (!last && isRetryableStatus(response.status)) {
          const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
          if (retryAfter === undefined || retryAfter <= retry.maxRetryAfterMs) {
            // Free the discarded body without waiting: under msw/node 2.x the cancel never settles.
            void response.body?.cancel().catch(() => undefined);
            wait = retryAfter ?? backoffDelay(attempt, retry, random);
          }
        }
        if (wait === undefined) return { response, text: await response.text() };
      } catch (error) {
        if (last || callerSignal?.aborted || (error as Error | null)?.name === 'TimeoutError') throw error;
        wait = backoffDelay(attempt, retry, random);
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
