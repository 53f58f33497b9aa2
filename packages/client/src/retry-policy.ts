// When and how long to wait before trying a request again.

/** Retry settings; every field is optional. */
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

/** A retry policy with every field set. */
export type ResolvedRetryPolicy = Required<RetryPolicy>;

/** Defaults: 3 attempts, 200 ms base, 5 s cap, Retry-After up to 30 s. */
export const DEFAULT_RETRY_POLICY: ResolvedRetryPolicy = {
  attempts: 3,
  baseDelayMs: 200,
  maxDelayMs: 5000,
  maxRetryAfterMs: 30_000,
};

/** Fills in the defaults; `false` means a single attempt. */
export function resolveRetryPolicy(policy: RetryPolicy | false | undefined): ResolvedRetryPolicy {
  if (policy === false) return { ...DEFAULT_RETRY_POLICY, attempts: 1 };
  const resolved = { ...DEFAULT_RETRY_POLICY, ...policy };
  if (!Number.isInteger(resolved.attempts) || resolved.attempts < 1) {
    throw new RangeError(`retry.attempts must be an integer >= 1, got ${resolved.attempts}`);
  }
  return resolved;
}

/**
 * Exponential backoff with full jitter before retry number `retry` (1 for the first retry).
 * `random` returns a number in [0, 1).
 */
export function backoffDelay(retry: number, policy: ResolvedRetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
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
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
