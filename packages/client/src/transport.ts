// The fetch the client hands to openapi-fetch: one request, sent with a timeout and retried
// by the retry policy when that is safe.

import { backoffDelay, isRetryableStatus, parseRetryAfter, type ResolvedRetryPolicy } from './retry-policy.js';

/** A fetch-compatible function: all the client needs from the platform or a test. */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** Settings of {@link createTransport}. */
export interface TransportOptions {
  fetch: FetchLike;
  retry: ResolvedRetryPolicy;
  /** Per-attempt timeout in milliseconds; 0 or undefined for none. */
  timeoutMs?: number | undefined;
  /** Whether the request may be sent twice (read-only operations). */
  isSafe: (request: Request) => boolean;
  /** Waits `ms`, rejecting early when `signal` aborts. Injected by tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** The error a timed-out attempt rejects with (a DOMException named `TimeoutError`). */
export function timeoutError(ms: number): DOMException {
  return new DOMException(`no response within ${ms} ms`, 'TimeoutError');
}

/**
 * Builds the transport. Network errors, 408, 429 and 5xx are retried on safe requests with
 * exponential backoff and jitter, or after the server's `Retry-After`; the caller's
 * AbortSignal (the request's `signal`) stops everything at once.
 */
export function createTransport(options: TransportOptions): (request: Request) => Promise<Response> {
  const { retry, timeoutMs } = options;
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
      await response.body?.cancel().catch(() => undefined);
      await sleep(retryAfter ?? backoffDelay(attempt, retry, random), request.signal);
    }
  };

  async function attemptOnce(request: Request): Promise<Response> {
    if (!timeoutMs) {
      request.signal.throwIfAborted();
      return options.fetch(request);
    }
    request.signal.throwIfAborted();
    const controller = new AbortController();
    const onAbort = () => controller.abort(request.signal.reason);
    request.signal.addEventListener('abort', onAbort, { once: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const aborted = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
      timer = setTimeout(() => controller.abort(timeoutError(timeoutMs)), timeoutMs);
    });
    try {
      // Race the fetch against the signal: a fetch that ignores `signal` still times out.
      return await Promise.race([options.fetch(request, { signal: controller.signal }), aborted]);
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener('abort', onAbort);
    }
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
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
