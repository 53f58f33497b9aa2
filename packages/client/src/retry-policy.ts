// When to try a request again: the policy's settings, the statuses worth retrying, and the
// server's `Retry-After`.

/** Retry settings; every field is optional (see {@link createTransport} for how they apply). */
export interface RetryPolicy {
  /** Total attempts, the first included (default 3; 1 disables retries). */
  attempts?: number;
  /** Backoff base: the n-th retry waits a random time up to `baseDelayMs * 2^(n-1)` (default 200). */
  baseDelayMs?: number;
  /** Upper bound of one backoff wait (default 5000). */
  maxDelayMs?: number;
  /** Longest `Retry-After` honoured; a longer one ends the retries (default 30000). */
  maxRetryAfterMs?: number;
}

/** True for statuses worth retrying: 408, 429 and 5xx except 501 and 505. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/**
 * Milliseconds to wait from a `Retry-After` header (delta seconds or an HTTP date), or
 * `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  const ms = value === null ? NaN : /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  // A date in the past means now; NaN (absent, unreadable) means no advice.
  return ms >= 0 ? ms : ms < 0 ? 0 : undefined;
}
