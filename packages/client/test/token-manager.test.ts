import { describe, expect, it, vi } from 'vitest';
import { createTokenManager, fixedToken, refreshTime } from '../src/token-manager.js';

function clock(start = 1_700_000_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('token manager', () => {
  it('does not log in until a token is needed', async () => {
    const issue = vi.fn(async () => ({ accessToken: 't1', validPeriod: 3600 }));
    const tokens = createTokenManager({ issue });
    expect(issue).not.toHaveBeenCalled();
    await expect(tokens.get()).resolves.toBe('t1');
    expect(issue).toHaveBeenCalledTimes(1);
  });

  it('reuses the cached token while it is valid', async () => {
    const time = clock();
    const issue = vi.fn(async () => ({ accessToken: `t${issue.mock.calls.length}`, validPeriod: 43_200 }));
    const tokens = createTokenManager({ issue, now: time.now });
    await tokens.get();
    time.advance(60_000); // the vendor SDK, comparing ms with s, would log in again after ~43 s
    await tokens.get();
    time.advance(10 * 60 * 60 * 1000);
    await expect(tokens.get()).resolves.toBe('t1');
    expect(issue).toHaveBeenCalledTimes(1);
  });

  it('refreshes before expiry, validPeriod read as seconds', async () => {
    const time = clock();
    const issue = vi.fn(async () => ({ accessToken: `t${issue.mock.calls.length}`, validPeriod: 3600 }));
    const tokens = createTokenManager({ issue, now: time.now });
    await tokens.get();
    time.advance(3600 * 1000 - 5 * 60 * 1000 - 1);
    await expect(tokens.get()).resolves.toBe('t1');
    time.advance(1);
    await expect(tokens.get()).resolves.toBe('t2');
    expect(issue).toHaveBeenCalledTimes(2);
  });

  it('shares one login among concurrent callers', async () => {
    let release!: () => void;
    const issue = vi.fn(() => new Promise<{ accessToken: string; validPeriod: number }>((resolve) => {
      release = () => resolve({ accessToken: 'shared', validPeriod: 3600 });
    }));
    const tokens = createTokenManager({ issue });
    const calls = Array.from({ length: 20 }, () => tokens.get());
    release();
    await expect(Promise.all(calls)).resolves.toEqual(Array(20).fill('shared'));
    expect(issue).toHaveBeenCalledTimes(1);
  });

  it('refreshes a rejected token once, even when 20 callers report it', async () => {
    const issue = vi.fn(async () => ({ accessToken: `t${issue.mock.calls.length}`, validPeriod: 3600 }));
    const tokens = createTokenManager({ issue });
    const stale = await tokens.get();
    const renewed = await Promise.all(Array.from({ length: 20 }, () => tokens.refresh(stale)));
    expect(new Set(renewed)).toEqual(new Set(['t2']));
    // A caller that reports the same stale token later gets the replacement, no new login.
    await expect(tokens.refresh(stale)).resolves.toBe('t2');
    expect(issue).toHaveBeenCalledTimes(2);
  });

  it('logs in again after a failed login instead of caching the failure', async () => {
    const issue = vi.fn()
      .mockRejectedValueOnce(new Error('login refused'))
      .mockResolvedValueOnce({ accessToken: 'ok', validPeriod: 60 });
    const tokens = createTokenManager({ issue });
    await expect(tokens.get()).rejects.toThrow('login refused');
    await expect(tokens.get()).resolves.toBe('ok');
  });

  it('assumes 12 hours when validPeriod is missing', async () => {
    const time = clock();
    const issue = vi.fn(async () => ({ accessToken: 'x' }));
    const tokens = createTokenManager({ issue, now: time.now });
    await tokens.get();
    time.advance(11 * 60 * 60 * 1000);
    await tokens.get();
    expect(issue).toHaveBeenCalledTimes(1);
    time.advance(60 * 60 * 1000);
    await tokens.get();
    expect(issue).toHaveBeenCalledTimes(2);
  });

  it('renews at a tenth of the lifetime before expiry, at most five minutes', () => {
    expect(refreshTime(0, 60)).toBe(54_000);
    expect(refreshTime(0, 86_400)).toBe(86_400_000 - 300_000);
  });

  it('never renews a fixed token', async () => {
    const tokens = fixedToken('abc');
    await expect(tokens.get()).resolves.toBe('abc');
    await expect(tokens.refresh('abc')).resolves.toBe('abc');
  });
});
