import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMeetingClient } from '../src/index.js';
import { fakeFetch, json, page } from './support/fake-fetch.js';

const contacts = '/v1/usg/abs/external-contacts';
const legacy = '/rest/usg/datacenter/v1/corp/member/search';
const legacyOk = { returnCode: '000000000', returnMessage: 'OK', data: { pageIndex: 1, pageSize: 10, totalCount: 0, data: [] } };

describe('Meeting authentication headers', () => {
  it('sends a fixed access token as X-Access-Token', async () => {
    const { fetch, sent } = fakeFetch(() => json(page(0, 10, [])));
    const meeting = createMeetingClient({ auth: { accessToken: 'tok-123' }, fetch });
    await meeting.GET(contacts);
    expect(sent[0]!.headers.get('X-Access-Token')).toBe('tok-123');
    expect(sent[0]!.url.origin).toBe('https://api.meeting.huaweicloud.com');
  });

  it('sends Authorization: Basic base64(accessToken) to the legacy search, not X-Access-Token', async () => {
    const { fetch, sent } = fakeFetch(() => json(legacyOk));
    const meeting = createMeetingClient({ auth: { accessToken: 'tök' }, fetch, region: 'ap-southeast-1' });
    await meeting.POST(legacy, { body: { pageIndex: 1, pageSize: 10, enableSubDept: true } });
    expect(sent[0]!.headers.get('Authorization')).toBe(`Basic ${Buffer.from('tök', 'utf8').toString('base64')}`);
    expect(sent[0]!.headers.has('X-Access-Token')).toBe(false);
    expect(sent[0]!.url.origin).toBe('https://api-intl.meeting.huaweicloud.com');
  });
});

describe('account and password login', () => {
  function server() {
    let logins = 0;
    const { fetch, sent } = fakeFetch((request, s) => {
      if (s.url.pathname === '/v1/usg/acs/auth/account') {
        logins++;
        return json({ accessToken: `token-${logins}`, validPeriod: 43_200, expireTime: 0, createTime: 0 });
      }
      return json(page(0, 10, []));
    });
    return { fetch, sent, logins: () => logins };
  }

  it('logs in lazily with Basic base64(UTF-8 account:password) and clientType 72, once for many calls', async () => {
    const { fetch, sent, logins } = server();
    const meeting = createMeetingClient({ auth: { account: '张三', password: 'pässwörd' }, fetch });
    expect(logins()).toBe(0);
    await meeting.GET(contacts);
    await meeting.GET(contacts);
    expect(logins()).toBe(1);
    const login = sent[0]!;
    expect(login.method).toBe('POST');
    expect(login.headers.get('Authorization')).toBe(`Basic ${Buffer.from('张三:pässwörd', 'utf8').toString('base64')}`);
    expect(JSON.parse(login.body)).toEqual({ account: '张三', clientType: 72 });
    expect(sent[1]!.headers.get('X-Access-Token')).toBe('token-1');
  });
});

describe('App ID login', () => {
  it('signs the login with the vendor HMAC header and X-Token-Type LongTicket', async () => {
    const appId = 'fdb8e4699586458bbd10c834872dcc62';
    const { fetch, sent } = fakeFetch((_, s) =>
      s.url.pathname === '/v2/usg/acs/auth/appauth' ? json({ accessToken: 'app-token', validPeriod: 3600, expireTime: 0, createTime: 0 }) : json(page(0, 10, [])),
    );
    const meeting = createMeetingClient({ auth: { appId, appKey: 'the-app-key', userId: 'u1' }, fetch });
    await meeting.GET(contacts);
    const login = sent[0]!;
    const body = JSON.parse(login.body);
    expect(body).toMatchObject({ appId, userId: 'u1', clientType: 72 });
    expect(body).not.toHaveProperty('appKey');
    expect(body.nonce).toMatch(/^[0-9a-f]{64}$/);
    const expected = createHmac('sha256', 'the-app-key').update(`${appId}:u1:${body.expireTime}:${body.nonce}`).digest('hex');
    expect(login.headers.get('Authorization')).toBe(`HMAC-SHA256 signature=${expected},access=ZmRiOGU0Njk5NTg2NDU4YmJkMTBjODM0ODcyZGNjNjI=`);
    expect(login.headers.get('X-Token-Type')).toBe('LongTicket');
    expect(sent[1]!.headers.get('X-Access-Token')).toBe('app-token');
  });
});

describe('expired tokens', () => {
  function expiringServer() {
    let logins = 0;
    let valid = 'token-0';
    const { fetch, sent } = fakeFetch(async (request, s) => {
      if (s.url.pathname === '/v1/usg/acs/auth/account') {
        logins++;
        await new Promise((resolve) => setTimeout(resolve, 5));
        valid = `token-${logins}`;
        return json({ accessToken: valid, validPeriod: 43_200, expireTime: 0, createTime: 0 });
      }
      const token = s.url.pathname === legacy
        ? Buffer.from(s.headers.get('Authorization')!.slice(6), 'base64').toString('utf8')
        : s.headers.get('X-Access-Token');
      if (token !== valid) {
        return s.url.pathname === legacy
          ? json({ returnCode: 'USG.000000004', returnMessage: 'The token is invalid or has expired.', requestId: 'r1' }, 401)
          : json({ error_code: 'USG.000000004', error_msg: 'The token is invalid or has expired.', request_id: 'r1' }, 401);
      }
      return s.url.pathname === legacy ? json(legacyOk) : json(page(0, 10, [{ id: 'c1' }]));
    });
    return { fetch, sent, logins: () => logins, expire: () => (valid = 'expired-on-server') };
  }

  it('refreshes exactly once when 20 concurrent calls find the token expired, and every call succeeds', async () => {
    const server = expiringServer();
    const meeting = createMeetingClient({ auth: { account: 'a', password: 'p' }, fetch: server.fetch });
    await meeting.GET(contacts);
    expect(server.logins()).toBe(1);
    server.expire();
    const results = await Promise.all(Array.from({ length: 20 }, () => meeting.GET(contacts)));
    expect(results.every((r) => r.data.count === 1)).toBe(true);
    expect(server.logins()).toBe(2);
  });

  it('refreshes and resends the legacy search (body included) on its 401 envelope', async () => {
    const server = expiringServer();
    const meeting = createMeetingClient({ auth: { account: 'a', password: 'p' }, fetch: server.fetch });
    await meeting.GET(contacts);
    server.expire();
    const { data } = await meeting.POST(legacy, { body: { condition: 'li', pageIndex: 1, pageSize: 10, enableSubDept: true } });
    expect(data.returnCode).toBe('000000000');
    expect(server.logins()).toBe(2);
    const resent = server.sent.filter((s) => s.url.pathname === legacy);
    expect(resent).toHaveLength(2);
    expect(JSON.parse(resent[1]!.body)).toMatchObject({ condition: 'li' });
  });

  it('throws the 401 as a HwcloudError when the renewed token is rejected too, after one renewal only', async () => {
    let logins = 0;
    const { fetch } = fakeFetch((_, s) => {
      if (s.url.pathname === '/v1/usg/acs/auth/account') return json({ accessToken: `t${++logins}`, validPeriod: 60, expireTime: 0, createTime: 0 });
      return json({ error_code: 'USG.000000004', error_msg: 'The token is invalid or has expired.', request_id: 'abc' }, 401);
    });
    const meeting = createMeetingClient({ auth: { account: 'a', password: 'p' }, fetch });
    await expect(meeting.GET(contacts)).rejects.toMatchObject({ name: 'HwcloudError', status: 401, code: 'USG.000000004', operation: 'GET /v1/usg/abs/external-contacts' });
    expect(logins).toBe(2);
  });
});

describe('token renewal and logout', () => {
  const token = '/v1/usg/acs/token';
  afterEach(() => vi.useRealTimers());

  /** Logins issue `login-N`, `updateToken` answers `renewed-N` (or refuses), all valid 60 s; lists answer for any token. */
  function server(refreshRefused = false) {
    let logins = 0;
    let renewals = 0;
    return fakeFetch((_, s) => {
      if (s.url.pathname.includes('/acs/auth/')) return json({ accessToken: `login-${++logins}`, validPeriod: 60 });
      if (s.url.pathname === token && s.method === 'PUT') {
        if (refreshRefused) return json({ error_code: 'USG.000000004', error_msg: 'The token is invalid or has expired.' }, 401);
        return json({ accessToken: `renewed-${++renewals}`, validPeriod: 60 });
      }
      if (s.url.pathname === token && s.method === 'DELETE') return new Response(null, { status: 200 });
      return json(page(0, 10, []));
    });
  }
  const calls = (sent: { method: string; url: URL; headers: Headers }[]) => sent.map((s) => `${s.method} ${s.url.pathname} ${s.headers.get('X-Access-Token') ?? '-'}`);

  it('renews the token with PUT /v1/usg/acs/token before it expires, sending it, then sends the token answered', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { fetch, sent } = server();
    const meeting = createMeetingClient({ auth: { account: 'a', password: 'p' }, fetch });
    await meeting.GET(contacts);
    vi.setSystemTime(Date.now() + 55_000); // a tenth of 60 s before expiry
    await meeting.GET(contacts);
    expect(calls(sent)).toEqual([
      'POST /v1/usg/acs/auth/account -',
      `GET ${contacts} login-1`,
      `PUT ${token} login-1`,
      `GET ${contacts} renewed-1`,
    ]);
  });

  it('logs in again when the server refuses to renew the token', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { fetch, sent } = server(true);
    const meeting = createMeetingClient({ auth: { account: 'a', password: 'p' }, fetch });
    await meeting.GET(contacts);
    vi.setSystemTime(Date.now() + 55_000);
    await meeting.GET(contacts);
    expect(calls(sent).slice(2)).toEqual([`PUT ${token} login-1`, 'POST /v1/usg/acs/auth/account -', `GET ${contacts} login-2`]);
  });

  it('logs out with DELETE /v1/usg/acs/token on close(), and logs in again on a later call', async () => {
    const { fetch, sent } = server();
    const meeting = createMeetingClient({ auth: { appId: 'fdb8e4699586458bbd10c834872dcc62', appKey: 'k' }, fetch });
    await meeting.close(); // nothing to end yet
    await meeting.GET(contacts);
    await meeting.close();
    await meeting.GET(contacts);
    expect(calls(sent)).toEqual([
      'POST /v2/usg/acs/auth/appauth -',
      `GET ${contacts} login-1`,
      `DELETE ${token} login-1`,
      'POST /v2/usg/acs/auth/appauth -',
      `GET ${contacts} login-2`,
    ]);
  });

  it('leaves a token passed as accessToken alone: close() does not end it, and a rejected one is not resent', async () => {
    const { fetch, sent } = fakeFetch(() => json({ error_code: 'USG.000000004', error_msg: 'The token is invalid or has expired.' }, 401));
    const meeting = createMeetingClient({ auth: { accessToken: 'mine' }, fetch });
    await expect(meeting.GET(contacts)).rejects.toMatchObject({ status: 401, code: 'USG.000000004' });
    await meeting.close();
    expect(calls(sent)).toEqual([`GET ${contacts} mine`]);
  });

  it('throws invalid-response naming the login when it answers no accessToken', async () => {
    const { fetch } = fakeFetch(() => new Response('', { status: 200 }));
    const meeting = createMeetingClient({ auth: { account: 'a', password: 'p' }, fetch });
    await expect(meeting.GET(contacts)).rejects.toMatchObject({ name: 'HwcloudError', kind: 'invalid-response', operation: 'POST /v1/usg/acs/auth/account' });
  });
});

describe('which requests are sent twice', () => {
  const fast = { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 };
  const busy = () => fakeFetch((_, s) => (s.method === 'GET' ? json(page(0, 10, [])) : new Response('', { status: 503 })));

  it('retries the idempotent PUT and DELETE', async () => {
    const { fetch, sent } = busy();
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch, retry: fast });
    const department = { params: { path: { dept_code: '12' } } } as never;
    await expect(meeting.PUT('/v1/usg/dcs/corp/dept/{dept_code}', department)).rejects.toMatchObject({ status: 503 });
    await expect(meeting.DELETE('/v1/usg/dcs/corp/dept/{dept_code}', department)).rejects.toMatchObject({ status: 503 });
    expect(sent.map((s) => s.method)).toEqual(['PUT', 'PUT', 'PUT', 'DELETE', 'DELETE', 'DELETE']);
  });

  it('never retries a POST that writes', async () => {
    const { fetch, sent } = busy();
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch, retry: fast });
    await expect(meeting.POST('/v1/usg/dcs/corp/admin', { body: { account: 'a' } } as never)).rejects.toMatchObject({ kind: 'http', status: 503, operation: 'POST /v1/usg/dcs/corp/admin' });
    expect(sent).toHaveLength(1);
  });

  it('accepts an empty success body from a write, as logout and deletes answer', async () => {
    const { fetch } = fakeFetch(() => new Response(null, { status: 200 }));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch });
    await expect(meeting.DELETE('/v1/usg/dcs/corp/dept/{dept_code}', { params: { path: { dept_code: '12' } } } as never)).resolves.toMatchObject({ data: undefined });
  });
});
