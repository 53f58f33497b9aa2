import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY_POLICY, isRetryableStatus, parseRetryAfter, resolveRetryPolicy } from '../src/retry-policy.js';

describe('retry policy', () => {
  it('doubles the backoff ceiling per retry up to maxDelayMs', () => {
    const policy = resolveRetryPolicy({ baseDelayMs: 100, maxDelayMs: 1000 });
    const almostOne = () => 0.999999;
    expect(backoffDelay(1, policy, almostOne)).toBe(99);
    expect(backoffDelay(2, policy, almostOne)).toBe(199);
    expect(backoffDelay(3, policy, almostOne)).toBe(399);
    expect(backoffDelay(10, policy, almostOne)).toBe(999);
  });

  it('jitters the delay between 0 and the ceiling', () => {
    const delays = Array.from({ length: 200 }, () => backoffDelay(3, DEFAULT_RETRY_POLICY));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThan(800);
    expect(new Set(delays).size).toBeGreaterThan(10);
  });

  it('retries 408, 429 and server errors but not client errors or 501', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 501, 505].some(isRetryableStatus)).toBe(false);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  it('turns retries off with false and rejects nonsense attempts', () => {
    expect(resolveRetryPolicy(false).attempts).toBe(1);
    expect(() => resolveRetryPolicy({ attempts: 0 })).toThrow(/attempts must be an integer >= 1, got 0/);
  });
});
