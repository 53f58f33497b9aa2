import { describe, expect, it } from 'vitest';
import { basicAuthorization, testCredentials } from '@hwcloud-directory/mocks';
import { FailedLogins } from '../src/state/failed-logins.js';
import { MEETING, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

let clock = Date.UTC(2026, 0, 1);
const { mock } = useMockServer({ seed: 5 }, { now: () => clock, maxFailedLoginAccounts: 50 });

const login = (account: string, password: string) =>
  specFetch(`${MEETING}/v1/usg/acs/auth/account`, {
    method: 'POST',
    headers: { Authorization: basicAuthorization(`${account}:${password}`), 'Content-Type': 'application/json' },
    body: JSON.stringify({ account, clientType: 72 }),
  });
const { account, password } = testCredentials.admin;

describe('account lockout after failed logins', () => {
  it('unlocks the account 15 minutes after the fifth failed login', async () => {
    for (let i = 0; i < 5; i++) expect((await login(account, 'wrong')).status).toBe(401);
    expect((await login(account, password)).status).toBe(423);
    clock += 15 * 60_000 - 1;
    expect((await login(account, password)).status).toBe(423);
    clock += 1;
    expect((await login(account, password)).status).toBe(200);
  });

  it('does not add up failed logins that are more than 15 minutes apart', async () => {
    for (let i = 0; i < 6; i++) {
      expect((await login(account, 'wrong')).status).toBe(401);
      clock += 15 * 60_000;
    }
    expect((await login(account, password)).status).toBe(200);
  });

  it('remembers failed logins of a bounded number of accounts, forgetting the least recent first', async () => {
    for (let i = 0; i < 200; i++) expect((await login(`nobody-${i}`, 'wrong')).status).toBe(401);
    expect(mock.runtime.failedLogins.size).toBe(50);
  });
});

describe('the failed-login record', () => {
  it('stays within its cap however many unknown accounts fail (20,000 used to be kept forever)', () => {
    const failed = new FailedLogins({ maxFailedLogins: 5, windowMs: 900_000, maxAccounts: 1000 });
    for (let i = 0; i < 20_000; i++) failed.record(`unknown-${i}`, i);
    expect(failed.size).toBe(1000);
  });

  it('keeps a recently failing account when older ones are evicted', () => {
    const failed = new FailedLogins({ maxFailedLogins: 2, windowMs: 900_000, maxAccounts: 3 });
    failed.record('victim', 0);
    for (let i = 0; i < 2; i++) failed.record(`other-${i}`, 1);
    failed.record('victim', 2);
    failed.record('other-2', 3);
    expect(failed.isLocked('victim', 4)).toBe(true);
  });
});
