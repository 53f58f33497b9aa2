import { describe, expect, it, vi } from 'vitest';
import { createTokenManager } from '../src/token-manager.js';

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

  it('renews at a tenth of the lifetime before expiry, at most five minutes', async () => {
    for (const [validPeriod, renewAfter] of [[60, 54_000], [86_400, 86_400_000 - 300_000]] as const) {
      const time = clock();
      const issue = vi.fn(async () => ({ accessToken: `t${issue.mock.calls.length}`, validPeriod }));
      const tokens = createTokenManager({ issue, now: time.now });
      await tokens.get();
      time.advance(renewAfter - 1);
      await expect(tokens.get()).resolves.toBe('t1');
      time.advance(1);
      await expect(tokens.get()).resolves.toBe('t2');
    }
  });

});

describe('token renewal and logout', () => {
  /** A manager whose logins issue `login-N` and whose renewals answer `renewed-N`, valid 3600 s each. */
  type Issued = { accessToken: string; validPeriod: number };
  function manager(options: { renew?: (token: string) => Promise<Issued>; revoke?: (token: string) => Promise<unknown> } = {}) {
    const time = clock();
    const issue = vi.fn(async () => ({ accessToken: `login-${issue.mock.calls.length}`, validPeriod: 3600 }));
    let renewals = 0;
    const renew = vi.fn(options.renew ?? (async (): Promise<Issued> => ({ accessToken: `renewed-${++renewals}`, validPeriod: 3600 })));
    const revoke = vi.fn(options.revoke ?? (async () => undefined));
    const tokens = createTokenManager({ issue, renew, revoke, now: time.now });
    return { tokens, issue, renew, revoke, time };
  }
  const untilRenewal = 3600 * 1000 - 5 * 60 * 1000;

  it('extends a token about to expire with renew, sending that token, instead of logging in again', async () => {
    const { tokens, issue, renew, time } = manager();
    await expect(tokens.get()).resolves.toBe('login-1');
    time.advance(untilRenewal);
    await expect(tokens.get()).resolves.toBe('renewed-1');
    expect(renew).toHaveBeenCalledWith('login-1');
    expect(issue).toHaveBeenCalledTimes(1);
    // The renewed token gets a full lifetime of its own.
    time.advance(untilRenewal - 1);
    await expect(tokens.get()).resolves.toBe('renewed-1');
  });

  it('logs in again when the renewal fails', async () => {
    const { tokens, issue, renew, time } = manager({ renew: async () => Promise.reject(new Error('USG.000000004')) });
    await tokens.get();
    time.advance(untilRenewal);
    await expect(tokens.get()).resolves.toBe('login-2');
    expect(renew).toHaveBeenCalledTimes(1);
    expect(issue).toHaveBeenCalledTimes(2);
  });

  it('logs in again, without trying to renew, once the token has expired', async () => {
    const { tokens, issue, renew, time } = manager();
    await tokens.get();
    time.advance(3600 * 1000);
    await expect(tokens.get()).resolves.toBe('login-2');
    expect(renew).not.toHaveBeenCalled();
    expect(issue).toHaveBeenCalledTimes(2);
  });

  it('logs in again, not renews, for a token the server rejected', async () => {
    const { tokens, issue, renew } = manager();
    const stale = await tokens.get();
    await expect(tokens.refresh(stale)).resolves.toBe('login-2');
    expect(renew).not.toHaveBeenCalled();
    expect(issue).toHaveBeenCalledTimes(2);
  });

  it('shares one renewal among concurrent callers', async () => {
    const { tokens, renew, time } = manager();
    await tokens.get();
    time.advance(untilRenewal);
    await expect(Promise.all(Array.from({ length: 10 }, () => tokens.get()))).resolves.toEqual(Array(10).fill('renewed-1'));
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('ends the live token on close, after the login in progress, and logs in again on the next call', async () => {
    const { tokens, issue, revoke } = manager();
    const pending = tokens.get();
    await tokens.close();
    await expect(pending).resolves.toBe('login-1');
    expect(revoke).toHaveBeenCalledWith('login-1');
    await expect(tokens.get()).resolves.toBe('login-2');
    expect(issue).toHaveBeenCalledTimes(2);
  });

  it('does not end a token that has expired, nor anything when none was issued', async () => {
    const { tokens, revoke, time } = manager();
    await tokens.close();
    await tokens.get();
    time.advance(3600 * 1000);
    await tokens.close();
    expect(revoke).not.toHaveBeenCalled();
  });

  it('forgets the token even when ending it fails, and reports the failure', async () => {
    const { tokens, issue } = manager({ revoke: async () => Promise.reject(new Error('logout refused')) });
    await tokens.get();
    await expect(tokens.close()).rejects.toThrow('logout refused');
    await expect(tokens.get()).resolves.toBe('login-2');
    expect(issue).toHaveBeenCalledTimes(2);
  });
});
