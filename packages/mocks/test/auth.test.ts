import { describe, expect, it } from 'vitest';
import { appIdAuthorization, basicAuthorization, canonicalRequest, sdkSignature, testCredentials } from '@hwcloud-directory/mocks';
import { adminHeaders, BSS, MEETING, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

let clock = Date.UTC(2026, 0, 1);
const { directory, mock } = useMockServer({ seed: 5 }, { now: () => clock, tokenLifetimeSeconds: 3600 });

const login = (account: string, password: string, bodyAccount = account) =>
  specFetch(`${MEETING}/v1/usg/acs/auth/account`, {
    method: 'POST',
    headers: { Authorization: basicAuthorization(`${account}:${password}`), 'Content-Type': 'application/json' },
    body: JSON.stringify({ account: bodyAccount, clientType: 72 }),
  });

async function appLogin(fields: { userId?: string; expireTime?: number; appKey?: string; userName?: string }) {
  const { appId, appKey } = testCredentials.app;
  const body = { appId, clientType: 72, expireTime: fields.expireTime ?? 0, nonce: 'n'.repeat(40), ...(fields.userId !== undefined ? { userId: fields.userId } : {}), ...(fields.userName ? { userName: fields.userName } : {}) };
  const authorization = await appIdAuthorization({ ...body, appKey: fields.appKey ?? appKey });
  return specFetch(`${MEETING}/v2/usg/acs/auth/appauth`, {
    method: 'POST',
    headers: { Authorization: authorization, 'X-Token-Type': 'LongTicket', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const admins = (token: string) => specFetch(`${MEETING}/v1/usg/dcs/corp/admin`, { headers: { 'X-Access-Token': token } });

describe('account and password login', () => {
  it('issues a token that the directory operations accept', async () => {
    const { status, body } = await login(testCredentials.admin.account, testCredentials.admin.password);
    expect(status).toBe(200);
    expect(body.validPeriod).toBe(3600);
    expect(body.createTime).toBe(clock);
    expect(body.expireTime).toBe(Math.floor(clock / 1000) + 3600);
    expect((await admins(body.accessToken)).status).toBe(200);
  });

  it('decodes a UTF-8 password that is not Latin-1', async () => {
    const { status, body } = await login(testCredentials.member.account, testCredentials.member.password);
    expect(status).toBe(200);
    expect(body.user.adminType).toBe(2);
  });

  it('rejects a wrong password with 401 USG.000000007 and locks the account after five failures', async () => {
    for (let i = 0; i < 5; i++) {
      const { status, body } = await login('admin', 'wrong');
      expect(status).toBe(401);
      expect(body.error_code).toBe('USG.000000007');
      expect(body.error_msg).not.toContain('wrong');
    }
    const locked = await login(testCredentials.admin.account, testCredentials.admin.password);
    expect(locked.status).toBe(423);
    expect(locked.body.error_code).toBe('USG.000000013');
  });

  it('refuses a disabled user with 412 USG.000000012', async () => {
    directory.users.update(testCredentials.member.account, { status: 1 });
    const { status, body } = await login(testCredentials.member.account, testCredentials.member.password);
    expect(status).toBe(412);
    expect(body.error_code).toBe('USG.000000012');
  });

  it('rejects a header account that differs from the body', async () => {
    expect((await login('admin', testCredentials.admin.password, 'someone')).status).toBe(401);
  });
});

describe('App ID login', () => {
  it('issues a default-administrator token without userId', async () => {
    const { status, body } = await appLogin({});
    expect(status).toBe(200);
    expect(body.user.adminType).toBe(0);
    expect(body.user.appId).toBe(testCredentials.app.appId);
  });

  it('creates a user on first login with an unknown userId', async () => {
    const { status, body } = await appLogin({ userId: 'new-user@corp.example', userName: '新用户' });
    expect(status).toBe(200);
    expect(directory.findUserByThirdAccount('new-user@corp.example')?.name).toBe('新用户');
    expect(body.user.thirdAccount).toBe('new-user@corp.example');
  });

  it('rejects a signature made with another key', async () => {
    const { status, body } = await appLogin({ appKey: 'not-the-key' });
    expect(status).toBe(401);
    expect(body.error_code).toBe('USG.000000007');
  });

  it('rejects a signature whose expireTime has passed', async () => {
    expect((await appLogin({ expireTime: Math.floor(clock / 1000) - 1 })).status).toBe(401);
  });

  it('requires X-Token-Type: LongTicket', async () => {
    const res = await specFetch(`${MEETING}/v2/usg/acs/auth/appauth`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(400);
  });
});

describe('access tokens', () => {
  it('answers 401 USG.000000004 without a token, with an unknown token and with an expired one', async () => {
    const missing = await specFetch(`${MEETING}/v1/usg/dcs/corp/admin`);
    expect(missing.status).toBe(401);
    expect(missing.body.error_code).toBe('USG.000000004');
    expect((await admins('nope')).status).toBe(401);
    const { body } = await login(testCredentials.admin.account, testCredentials.admin.password);
    clock += 3600 * 1000;
    const expired = await admins(body.accessToken);
    expect(expired.status).toBe(401);
    expect(expired.body.error_code).toBe('USG.000000004');
  });

  it('expires a token on demand for refresh tests', async () => {
    const { body } = await login(testCredentials.admin.account, testCredentials.admin.password);
    expect(mock.runtime.sessions.expire(body.accessToken)).toBe(true);
    expect((await admins(body.accessToken)).status).toBe(401);
  });

  it('keeps at most 64 live tokens per user with clientType 72, dropping the oldest', async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 65; i++) tokens.push((await login(testCredentials.admin.account, testCredentials.admin.password)).body.accessToken);
    expect((await admins(tokens[0]!)).status).toBe(401);
    expect((await admins(tokens[1]!)).status).toBe(200);
  });

  it('forgets issued tokens when the directory is reset', async () => {
    const { body } = await login(testCredentials.admin.account, testCredentials.admin.password);
    directory.reset();
    expect((await admins(body.accessToken)).status).toBe(401);
    expect((await admins(testCredentials.accessToken)).status).toBe(200);
  });

  it('lets only administrators list administrators (403 USG.000000005)', async () => {
    const res = await admins(testCredentials.memberAccessToken);
    expect(res.status).toBe(403);
    expect(res.body.error_code).toBe('USG.000000005');
  });
});

describe('the legacy Basic token', () => {
  const search = (authorization?: string) =>
    specFetch(`${MEETING}/rest/usg/datacenter/v1/corp/member/search`, { method: 'POST', headers: authorization ? { Authorization: authorization } : {}, body: '{}' });

  it('accepts Basic base64(accessToken) and answers failures in the envelope', async () => {
    expect((await search(`Basic ${btoa(testCredentials.accessToken)}`)).body.returnCode).toBe('000000000');
    const bad = await search(`Basic ${btoa('unknown-token')}`);
    expect(bad.status).toBe(401);
    expect(bad.body.returnCode).toBe('USG.000000004');
    expect((await search()).status).toBe(401);
    expect((await search(testCredentials.accessToken)).status).toBe(401);
  });
});

describe('BSS authentication', () => {
  const url = `${BSS}/v2/enterprises/multi-accounts/sub-customers?limit=1`;
  const sdkDate = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

  async function signedHeaders(date: string, sk: string = testCredentials.accessKey.sk, target = url) {
    const headers = new Headers({ 'X-Sdk-Date': date, Host: new URL(target).host });
    const signature = await sdkSignature(sk, date, await canonicalRequest('GET', new URL(target), ['host', 'x-sdk-date'], (name) => headers.get(name), ''));
    headers.set('Authorization', `SDK-HMAC-SHA256 Access=${testCredentials.accessKey.ak}, SignedHeaders=host;x-sdk-date, Signature=${signature}`);
    headers.delete('Host');
    return headers;
  }

  it('accepts the IAM token and rejects another with 401 APIGW.0301', async () => {
    expect((await specFetch(url, { headers: { 'X-Auth-Token': testCredentials.iamToken } })).status).toBe(200);
    const bad = await specFetch(url, { headers: { 'X-Auth-Token': 'MIIwrong' } });
    expect(bad.status).toBe(401);
    expect(bad.body.error_code).toBe('APIGW.0301');
    expect((await specFetch(url)).status).toBe(401);
  });

  it('accepts a valid AK/SK signature and rejects a wrong key, a changed query and a stale date', async () => {
    expect((await specFetch(url, { headers: await signedHeaders(sdkDate(clock)) })).status).toBe(200);
    expect((await specFetch(url, { headers: await signedHeaders(sdkDate(clock), 'wrong-sk') })).status).toBe(401);
    expect((await specFetch(`${url}0`, { headers: await signedHeaders(sdkDate(clock)) })).status).toBe(401);
    expect((await specFetch(url, { headers: await signedHeaders(sdkDate(clock - 16 * 60_000)) })).status).toBe(401);
  });
});

describe('X-Request-Id', () => {
  it('echoes the caller’s id and generates one when absent', async () => {
    const echoed = await specFetch(`${MEETING}/v1/usg/dcs/corp/admin`, { headers: { ...adminHeaders, 'X-Request-Id': 'my-trace-id-1' } });
    expect(echoed.headers.get('x-request-id')).toBe('my-trace-id-1');
    const generated = await specFetch(`${MEETING}/v1/usg/dcs/corp/admin`, { headers: adminHeaders });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
  });
});
