// The fetch the client hands to openapi-fetch: one request, sent with a timeout and retried
// by the retry policy when that is safe.

import { deadlineSignals } from './deadline-signals.js';
import { contextOf } from './request-context.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter, type ResolvedRetryPolicy } from './retry-policy.js';

/** A fetch-compatible function: all the client needs from the platform or a test. */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** Settings of {@link createTransport}. */
export interface TransportOptions {
  fetch: FetchLike;
  retry: ResolvedRetryPolicy;
  /**
   * Per-attempt timeout in milliseconds; 0 or undefined for none. It reaches the fetch as
   * `init.signal`, which the fetch must honour (the platform fetch does).
   */
  timeoutMs?: number | undefined;
  /** Whether the request may be sent twice (read-only operations). */
  isSafe: (request: Request) => boolean;
  /** Waits `ms`, rejecting early when `signal` aborts. Injected by tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
}

/**
 * Builds the transport. Network errors, 408, 429 and 5xx are retried on safe requests with
 * exponential backoff and jitter, or after the server's `Retry-After`; the caller's
 * AbortSignal (the request's `signal`) stops everything at once.
 */
export function createTransport(options: TransportOptions): (request: Request) => Promise<Response> {
  const { retry, timeoutMs } = options;
  const deadline = timeoutMs ? deadlineSignals(timeoutMs) : undefined;
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;

  return async function send(request: Request): Promise<Response> {
    const attempts = retry.attempts > 1 && options.isSafe(request) ? retry.attempts : 1;
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= attempts;
      const outgoing = last || request.body === null ? request : request.clone();
      let response: Response;
      try {
        response = await attemptOnce(outgoing);
      } catch (error) {
        if (last || request.signal.aborted || isTimeout(error)) throw error;
        await sleep(backoffDelay(attempt, retry, random), request.signal);
        continue;
      }
      if (last || !isRetryableStatus(response.status)) return response;
      const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
      if (retryAfter !== undefined && retryAfter > retry.maxRetryAfterMs) return response;
      // Free the discarded body without waiting: under msw/node 2.x the cancel never settles.
      void response.body?.cancel().catch(() => undefined);
      await sleep(retryAfter ?? backoffDelay(attempt, retry, random), request.signal);
    }
  };

  function attemptOnce(request: Request): Promise<Response> {
    request.signal.throwIfAborted();
    if (!deadline) return options.fetch(request);
    // The caller's own signal (if any) and the timeout both cancel the attempt.
    // Requests made by the client carry their caller's signal in their context; a bare
    // Request (the transport used on its own) has only its own.
    const context = contextOf(request);
    const callerSignal = context ? context.signal : request.signal;
    const signal = callerSignal ? AbortSignal.any([callerSignal, deadline()]) : deadline();
    return options.fetch(request, { signal });
  }
}

function isTimeout(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'TimeoutError';
}

/** `setTimeout` as a promise that rejects with the signal's reason when it aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
