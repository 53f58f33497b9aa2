// A token's life after the login: checked (checkToken, no credential needed), renewed with a
// new token (updateToken) and ended (deleteToken), through setupServer and fetch.
import { describe, expect, it } from 'vitest';
import { basicAuthorization, testCredentials } from '@hwcloud-directory/mocks';
import { MEETING, useMockServer } from './support/mock-server.js';
import { expectResponseMatchesSpec, specFetch } from './support/spec-checked-fetch.js';

const HOUR = 3_600_000;
const LIFETIME_S = 43_200;
let clock = Date.UTC(2026, 0, 1);
const { directory } = useMockServer({ seed: 11 }, { now: () => clock, tokenLifetimeSeconds: LIFETIME_S, validateResponses: true });

const { account, password } = testCredentials.admin;
const json = { 'Content-Type': 'application/json' };

async function login(clientType = 72): Promise<{ accessToken: string; createTime: number; expireTime: number }> {
  const { status, body } = await specFetch(`${MEETING}/v1/usg/acs/auth/account`, {
    method: 'POST',
    headers: { Authorization: basicAuthorization(`${account}:${password}`), ...json },
    body: JSON.stringify({ account, clientType }),
  });
  expect(status).toBe(200);
  return body;
}

const check = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  specFetch(`${MEETING}/v1/usg/acs/token/validate`, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) });
const renew = (token: string, headers: Record<string, string> = {}) =>
  specFetch(`${MEETING}/v1/usg/acs/token`, { method: 'PUT', headers: { 'X-Access-Token': token, ...headers } });
const detail = (token: string) => specFetch(`${MEETING}/v1/usg/dcs/corp/member/${account}`, { headers: { 'X-Access-Token': token } });

/** deleteToken through fetch: its success has no body, so the spec check reads the body only when there is one. */
async function logout(token: string): Promise<{ status: number; text: string; headers: Headers }> {
  const url = `${MEETING}/v1/usg/acs/token`;
  const response = await fetch(url, { method: 'DELETE', headers: { 'X-Access-Token': token, 'X-Request-Id': 'logout-1' } });
  const text = await response.text();
  if (text !== '') expectResponseMatchesSpec('DELETE', url, 'logout-1', response.status, response.headers, JSON.parse(text));
  return { status: response.status, text, headers: response.headers };
}

const expectTokenRejected = (answer: { status: number; body: { error_code: string } }) => {
  expect(answer.status).toBe(401);
  expect(answer.body.error_code).toBe('USG.000000004');
};

describe('checkToken', () => {
  it('checks the token of the body without any credential, and describes it', async () => {
    const issued = await login();
    clock += HOUR;
    const { status, body } = await check({ token: issued.accessToken, needGenNewToken: false, needAccountInfo: true });
    expect(status).toBe(200);
    expect(body).toMatchObject({ accessToken: issued.accessToken, createTime: issued.createTime, expireTime: issued.expireTime, validPeriod: LIFETIME_S, clientType: 72 });
    expect(body.user).toMatchObject({ ucloginAccount: account, adminType: 0, status: 0 });
  });

  it('leaves the user out unless needAccountInfo is true', async () => {
    const { body } = await check({ token: testCredentials.memberAccessToken, needGenNewToken: false });
    expect(body.accessToken).toBe(testCredentials.memberAccessToken);
    expect(body).not.toHaveProperty('user');
    expect((await check({ token: testCredentials.memberAccessToken, needGenNewToken: false, needAccountInfo: false })).body).not.toHaveProperty('user');
  });

  it('describes a static test token as never running out: one lifetime from now', async () => {
    const { body } = await check({ token: testCredentials.accessToken, needGenNewToken: false });
    expect(body.expireTime).toBe(Math.floor(clock / 1000) + LIFETIME_S);
  });

  it('checks only the body: a wrong X-Access-Token sent along changes nothing, a right one does not rescue a wrong body token', async () => {
    expect((await check({ token: testCredentials.accessToken, needGenNewToken: false }, { 'X-Access-Token': 'not-a-token' })).status).toBe(200);
    expectTokenRejected(await check({ token: 'not-a-token', needGenNewToken: false }, { 'X-Access-Token': testCredentials.accessToken }));
  });

  it('answers 401 USG.000000004 for an unknown token, an expired one, and one whose user is gone', async () => {
    expectTokenRejected(await check({ token: 'mkUnknownToken0000000000000000000000000', needGenNewToken: false }));
    const issued = await login();
    clock += LIFETIME_S * 1000;
    expectTokenRejected(await check({ token: issued.accessToken, needGenNewToken: true }));
    const member = testCredentials.memberAccessToken;
    directory.users.remove(testCredentials.member.account);
    expectTokenRejected(await check({ token: member, needGenNewToken: false }));
  });

  it('words the refusal in the negotiated language', async () => {
    const body = { token: 'expired-or-never-issued', needGenNewToken: false };
    expect((await check(body, { 'Accept-Language': 'en-US' })).body.error_msg).toBe('The token is invalid or has expired. Authenticate again.');
    expect((await check(body, { 'Accept-Language': 'zh-CN' })).body.error_msg).toBe('Token 无效或已过期，请重新鉴权。');
  });

  it('with needGenNewToken issues another token of the same user with a full lifetime, and the token checked stays valid', async () => {
    const issued = await login();
    clock += 2 * HOUR;
    const { status, body } = await check({ token: issued.accessToken, needGenNewToken: true, needAccountInfo: true });
    expect(status).toBe(200);
    expect(body.accessToken).not.toBe(issued.accessToken);
    expect(body).toMatchObject({ createTime: clock, expireTime: Math.floor(clock / 1000) + LIFETIME_S, user: { ucloginAccount: account } });
    expect((await detail(body.accessToken)).status).toBe(200);
    expect((await detail(issued.accessToken)).status).toBe(200);
    // The old token still ends when it was due to; the new one lives on.
    clock = issued.expireTime * 1000;
    expectTokenRejected(await detail(issued.accessToken));
    expect((await detail(body.accessToken)).status).toBe(200);
  });

  it('answers 400 USG.000000001 for a body without needGenNewToken, or with an empty token', async () => {
    for (const body of [{ token: testCredentials.accessToken }, { token: '', needGenNewToken: false }]) {
      const answer = await check(body);
      expect(answer.status).toBe(400);
      expect(answer.body.error_code).toBe('USG.000000001');
    }
  });
});

describe('updateToken', () => {
  it('answers a new token of the same user, valid for a full lifetime from the renewal', async () => {
    const issued = await login();
    clock += 11 * HOUR;
    const { status, body } = await renew(issued.accessToken);
    expect(status).toBe(200);
    expect(body.accessToken).not.toBe(issued.accessToken);
    expect(body).toMatchObject({ createTime: clock, clientType: 72, validPeriod: LIFETIME_S, expireTime: Math.floor(clock / 1000) + LIFETIME_S });
    expect(body).not.toHaveProperty('user');
    const { body: described } = await check({ token: body.accessToken, needGenNewToken: false, needAccountInfo: true });
    expect(described.user).toMatchObject({ ucloginAccount: account });
    // Past the first token's expiry, the new one still works, until its own.
    clock = issued.expireTime * 1000;
    expect((await detail(body.accessToken)).status).toBe(200);
    clock = body.expireTime * 1000;
    expectTokenRejected(await detail(body.accessToken));
  });

  it('leaves the token renewed valid until its own expiry', async () => {
    const issued = await login();
    clock += HOUR;
    const { body } = await renew(issued.accessToken);
    expect((await detail(issued.accessToken)).status).toBe(200);
    expect((await detail(body.accessToken)).status).toBe(200);
    clock = issued.expireTime * 1000;
    expectTokenRejected(await detail(issued.accessToken));
    expectTokenRejected(await renew(issued.accessToken));
  });

  it('renews a renewed token in turn, each time with a new token', async () => {
    const first = await login();
    const second = (await renew(first.accessToken)).body;
    clock += HOUR;
    const third = (await renew(second.accessToken)).body;
    expect(new Set([first.accessToken, second.accessToken, third.accessToken]).size).toBe(3);
    expect(third.expireTime).toBe(Math.floor(clock / 1000) + LIFETIME_S);
  });

  it('cannot renew a token that has expired: 401 USG.000000004, log in again', async () => {
    const issued = await login();
    clock += LIFETIME_S * 1000;
    expectTokenRejected(await renew(issued.accessToken));
  });

  it('keeps a static test token never expiring, and answers a new token that does expire', async () => {
    const { body } = await renew(testCredentials.accessToken, { 'Accept-Language': 'en-US' });
    expect(body.accessToken).not.toBe(testCredentials.accessToken);
    expect(body.expireTime).toBe(Math.floor(clock / 1000) + LIFETIME_S);
    clock += 10 * LIFETIME_S * 1000;
    expect((await detail(testCredentials.accessToken)).status).toBe(200);
    expectTokenRejected(await detail(body.accessToken));
  });
});

describe('deleteToken', () => {
  it('logs out with HTTP 200 and no body; every later call with the token is 401 USG.000000004, checkToken of it included', async () => {
    const { accessToken } = await login();
    const out = await logout(accessToken);
    expect(out.status).toBe(200);
    expect(out.text).toBe('');
    expect(out.headers.get('x-request-id')).toBe('logout-1');
    expectTokenRejected(await detail(accessToken));
    expectTokenRejected(await renew(accessToken));
    expectTokenRejected(await check({ token: accessToken, needGenNewToken: false }));
    const again = await logout(accessToken);
    expect(again.status).toBe(401);
    expect(JSON.parse(again.text).error_code).toBe('USG.000000004');
  });

  it('leaves the user’s other tokens valid', async () => {
    const first = await login(72);
    const second = await login(72);
    expect((await logout(first.accessToken)).status).toBe(200);
    expect((await detail(second.accessToken)).status).toBe(200);
    expect((await detail(testCredentials.accessToken)).status).toBe(200);
  });

  it('ends a static test token until the directory is reset', async () => {
    expect((await logout(testCredentials.memberAccessToken)).status).toBe(200);
    expectTokenRejected(await check({ token: testCredentials.memberAccessToken, needGenNewToken: false }));
    directory.reset();
    expect((await check({ token: testCredentials.memberAccessToken, needGenNewToken: false })).status).toBe(200);
  });
});
