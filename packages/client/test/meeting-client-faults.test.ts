import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { createMeetingClient, HwcloudError } from '../src/index.js';
import type { FetchLike } from '../src/transport.js';
import { connectionReset, fakeFetch, hangingFetch, json, page } from './support/fake-fetch.js';

const contacts = '/v1/usg/abs/external-contacts';
const legacy = '/rest/usg/datacenter/v1/corp/member/search';
const fast = { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 };

async function failure(promise: Promise<unknown>): Promise<HwcloudError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HwcloudError);
    return error as HwcloudError;
  }
  throw new Error('expected the call to fail');
}

describe('transient faults on safe operations', () => {
  it('returns the data when a 500 is followed by a 200', async () => {
    let n = 0;
    const { fetch } = fakeFetch(() => (++n === 1 ? json({ error_code: 'USG.000000001', error_msg: 'busy' }, 500) : json(page(0, 10, [{ id: 'a' }]))));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch, retry: fast });
    const { data } = await meeting.GET(contacts);
    expect(data.count).toBe(1);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('recovers from a connection reset', async () => {
    let n = 0;
    const fetch: FetchLike = async () => {
      if (++n === 1) throw connectionReset();
      return json(page(0, 10, []));
    };
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch, retry: fast });
    await expect(meeting.GET(contacts)).resolves.toHaveProperty('data.count', 0);
    expect(n).toBe(2);
  });

  it('throws a network HwcloudError when the connection keeps resetting', async () => {
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch: async () => Promise.reject(connectionReset()), retry: fast });
    const error = await failure(meeting.GET(contacts));
    expect(error).toMatchObject({ kind: 'network', operation: 'GET /v1/usg/abs/external-contacts', status: undefined, transient: true });
    expect(error.message).toContain('ECONNRESET');
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('honours Retry-After on a 429', async () => {
    let n = 0;
    const { fetch } = fakeFetch(() => (++n === 1 ? json({ error_code: 'USG.000000429', error_msg: 'slow down' }, 429, { 'Retry-After': '1' }) : json(page(0, 10, []))));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch, retry: fast });
    const started = performance.now();
    await meeting.GET(contacts);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(n).toBe(2);
  });

  it('retries the read-only legacy search but never a login', async () => {
    let searches = 0;
    let logins = 0;
    const { fetch } = fakeFetch((_, s) => {
      if (s.url.pathname === '/v1/usg/acs/auth/account') return ++logins === 1 ? new Response('', { status: 503 }) : json({ accessToken: 'x', validPeriod: 60 });
      return ++searches === 1 ? new Response('', { status: 502 }) : json({ returnCode: '000000000', data: { pageIndex: 1, pageSize: 10, totalCount: 0, data: [] } });
    });
    const meeting = createMeetingClient({ auth: { account: 'a', password: 'p' }, fetch, retry: fast });
    await expect(meeting.POST(legacy, { body: { pageIndex: 1, pageSize: 10, enableSubDept: true } })).rejects.toMatchObject({ operation: 'POST /v1/usg/acs/auth/account', status: 503 });
    expect(logins).toBe(1);
    await meeting.POST(legacy, { body: { pageIndex: 1, pageSize: 10, enableSubDept: true } });
    expect(searches).toBe(2);
  });
});

describe('timeouts and cancellation', () => {
  it('throws a timeout HwcloudError when the server does not answer in time', async () => {
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch: hangingFetch, timeoutMs: 30 });
    const started = performance.now();
    const error = await failure(meeting.GET(contacts));
    expect(error).toMatchObject({ kind: 'timeout', operation: 'GET /v1/usg/abs/external-contacts' });
    expect(error.message).toMatch(/timeout \(raise timeoutMs or retry later\)/);
    expect(performance.now() - started).toBeGreaterThanOrEqual(29);
  });

  it('throws an aborted HwcloudError when the caller aborts', async () => {
    const controller = new AbortController();
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch: hangingFetch });
    const pending = meeting.GET(contacts, { signal: controller.signal });
    controller.abort();
    expect(await failure(pending)).toMatchObject({ kind: 'aborted' });
  });
});

describe('bodies that are not what they should be', () => {
  it('reports an HTML error page as an http error naming its content type, after retries', async () => {
    const { fetch } = fakeFetch(() => new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch, retry: fast });
    const error = await failure(meeting.GET(contacts));
    expect(error).toMatchObject({ kind: 'http', status: 502, code: undefined, transient: true });
    expect(error.message).toContain('text/html');
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('reports truncated JSON on a 200 as unparsable-body with the status', async () => {
    const { fetch } = fakeFetch(() => new Response('{"offset":0,"limit":10,"count":3,"data":[{"id":"a"', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch });
    const error = await failure(meeting.GET(contacts));
    expect(error).toMatchObject({ kind: 'unparsable-body', status: 200, operation: 'GET /v1/usg/abs/external-contacts' });
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('reports truncated JSON from the legacy search the same way', async () => {
    const { fetch } = fakeFetch(() => new Response('{"returnCode":"0000', { status: 200 }));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch });
    expect(await failure(meeting.POST(legacy, { body: { pageIndex: 1, pageSize: 10, enableSubDept: true } }))).toMatchObject({ kind: 'unparsable-body', status: 200 });
  });
});

describe('vendor errors', () => {
  it('carries the Meeting error code, message and request id', async () => {
    const { fetch } = fakeFetch(() => json({ error_code: 'USG.201040000', error_msg: 'The user does not exist.', request_id: 'vendor-req-1' }, 400));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch });
    const error = await failure(meeting.GET('/v1/usg/dcs/corp/member/{account}', { params: { path: { account: 'ghost' } } }));
    expect(error).toMatchObject({ kind: 'http', operation: 'GET /v1/usg/dcs/corp/member/{account}', status: 400, code: 'USG.201040000', requestId: 'vendor-req-1', transient: false });
    expect(error.message).toBe('GET /v1/usg/dcs/corp/member/{account} failed: HTTP 400 USG.201040000 The user does not exist. (check the request parameters) [request id vendor-req-1]');
  });

  it('treats a legacy envelope with a failing returnCode on HTTP 200 as an error', async () => {
    const { fetch } = fakeFetch(() => json({ returnCode: 'USG.000000001', returnMessage: 'Parameter error.', requestId: 'legacy-1', data: null }));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch });
    const error = await failure(meeting.POST(legacy, { body: { pageIndex: 1, pageSize: 10, enableSubDept: true } }));
    expect(error).toMatchObject({ kind: 'vendor', status: 200, code: 'USG.000000001', requestId: 'legacy-1', operation: 'POST /rest/usg/datacenter/v1/corp/member/search' });
  });

  it('falls back to the X-Request-Id it sent when the body has none', async () => {
    const { fetch, sent } = fakeFetch(() => new Response('', { status: 404 }));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch });
    const error = await failure(meeting.GET(contacts));
    expect(error.requestId).toBe(sent[0]!.headers.get('X-Request-Id'));
  });
});

describe('secrets never leak', () => {
  const password = 'pa55-Wörd-secret';
  const appKey = 'app-key-0123456789abcdef';
  const token = 'access-token-ABCDEFGH';

  function everythingVisible(error: HwcloudError): string {
    return [error.message, String(error), JSON.stringify(error), inspect(error, { depth: 5 }), JSON.stringify(Object.entries(error)), error.stack ?? ''].join('\n');
  }

  it('keeps password, token and its base64 out of the error when the server echoes them', async () => {
    const echo = (s: { headers: Headers; body: string }) =>
      json({ error_code: 'USG.000000005', error_msg: `bad ${s.headers.get('Authorization')} ${s.headers.get('X-Access-Token')} ${s.body}`, request_id: 'x' }, 400);
    let logins = 0;
    const { fetch } = fakeFetch((_, s) => (s.url.pathname.includes('/acs/auth/account') && ++logins ? json({ accessToken: token, validPeriod: 60 }) : echo(s)));
    const meeting = createMeetingClient({ auth: { account: 'alice', password }, fetch });
    const error = await failure(meeting.GET(contacts));
    const visible = everythingVisible(error);
    for (const secret of [password, token, Buffer.from(`alice:${password}`).toString('base64')]) expect(visible).not.toContain(secret);
    expect(error.message).toContain('[redacted]');
  });

  it('keeps the app key out of a failed App ID login', async () => {
    const { fetch } = fakeFetch((_, s) => json({ error_code: 'USG.000000007', error_msg: `signature mismatch for key ${appKey} ${s.headers.get('Authorization')}` }, 401));
    const meeting = createMeetingClient({ auth: { appId: 'fdb8e4699586458bbd10c834872dcc62', appKey }, fetch });
    const error = await failure(meeting.GET(contacts));
    expect(error.operation).toBe('POST /v2/usg/acs/auth/appauth');
    expect(everythingVisible(error)).not.toContain(appKey);
  });

  it('keeps a network failure that mentions the token out of the message', async () => {
    const meeting = createMeetingClient({ auth: { accessToken: token }, retry: false, fetch: async () => Promise.reject(new TypeError(`proxy refused header ${token}`)) });
    const error = await failure(meeting.GET(contacts));
    expect(error.message).not.toContain(token);
    expect(JSON.stringify(error)).not.toContain(token);
    expect(Object.keys(error)).not.toContain('cause');
  });
});

describe('secrets are redacted in every field and every form, for live secrets only', () => {
  const token = 'fixed-tök3n/ABC+DEF';
  const base64 = Buffer.from(token, 'utf8').toString('base64');
  const legacyBody = { body: { pageIndex: 1, pageSize: 10, enableSubDept: true } };

  it('redacts a fixed token sent as Basic base64(token) to the legacy search when the server echoes it', async () => {
    const { fetch } = fakeFetch((_, s) => json({ returnCode: 'USG.000000005', returnMessage: `bad ${s.headers.get('Authorization')}`, requestId: 'r' }, 401));
    const error = await failure(createMeetingClient({ auth: { accessToken: token }, fetch }).POST(legacy, legacyBody));
    for (const visible of [error.message, String(error), JSON.stringify(error), inspect(error), error.stack ?? '']) expect(visible).not.toContain(base64);
    expect(error.message).toContain('Basic [redacted]');
  });

  it('redacts a token echoed into error_code and request_id from code, requestId and JSON', async () => {
    const { fetch } = fakeFetch((_, s) => json({ error_code: `E-${s.headers.get('X-Access-Token')}`, error_msg: 'no', request_id: `id-${encodeURIComponent(token)}` }, 400));
    const error = await failure(createMeetingClient({ auth: { accessToken: token }, fetch }).GET(contacts));
    expect(error.code).toBe('E-[redacted]');
    expect(error.requestId).toBe('id-[redacted]');
    expect(JSON.stringify(error)).not.toContain(encodeURIComponent(token));
  });

  it('does not grow the redaction work with each login: a renewed token replaces the old one', async () => {
    let logins = 0;
    const { fetch } = fakeFetch((_, s) =>
      s.url.pathname === '/v1/usg/acs/auth/account'
        ? json({ accessToken: `token-number-${++logins}`, validPeriod: 3600 })
        : json({ error_code: 'USG.000000004', error_msg: `rejected ${s.headers.get('X-Access-Token')}` }, 401),
    );
    const meeting = createMeetingClient({ auth: { account: 'alice', password: 'pa55-word' }, fetch });
    const replaceAll = vi.spyOn(String.prototype, 'replaceAll');
    const workPerError: number[] = [];
    try {
      for (let i = 0; i < 30; i++) {
        replaceAll.mockClear();
        const error = await failure(meeting.GET(contacts));
        expect(error.message).toContain('rejected [redacted]');
        workPerError.push(replaceAll.mock.calls.length);
      }
    } finally {
      replaceAll.mockRestore();
    }
    expect(logins).toBe(31);
    expect(new Set(workPerError.slice(1)).size).toBe(1);
  });
});

describe('success responses that break the operation contract', () => {
  for (const [what, body] of [['an empty body', ''], ['null', 'null'], ['a number', '42']] as const) {
    it(`throws invalid-response with status and request id for a 200 with ${what}`, async () => {
      const { fetch, sent } = fakeFetch(() => new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }));
      const error = await failure(createMeetingClient({ auth: { accessToken: 't' }, fetch }).GET('/v1/usg/dcs/corp/member/{account}', { params: { path: { account: 'a' } } }));
      expect(error).toMatchObject({ kind: 'invalid-response', operation: 'GET /v1/usg/dcs/corp/member/{account}', status: 200, requestId: sent[0]!.headers.get('X-Request-Id') });
      expect(error.message).toMatch(/body is (empty|null|number), not a JSON object/);
    });
  }

  it('throws invalid-response for a list page whose items are not an array, from GET and from items()', async () => {
    const { fetch } = fakeFetch(() => json({ offset: 0, limit: 10, count: 5, data: null, request_id: 'vendor-9' }));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch });
    expect(await failure(meeting.GET(contacts))).toMatchObject({ kind: 'invalid-response', status: 200, requestId: 'vendor-9', message: expect.stringContaining('no data array') });
    expect(await failure(meeting.items(contacts).next())).toMatchObject({ kind: 'invalid-response', operation: 'GET /v1/usg/abs/external-contacts' });
  });

  it('keeps the body text of a non-JSON login response out of the error and its cause', async () => {
    const { fetch } = fakeFetch(() => new Response('secret-login-body: token=abcdefgh', { status: 200 }));
    const error = await failure(createMeetingClient({ auth: { account: 'alice', password: 'pa55-word' }, fetch }).GET(contacts));
    expect(error).toMatchObject({ kind: 'unparsable-body', operation: 'POST /v1/usg/acs/auth/account' });
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect(inspect(error, { depth: 5, showHidden: true })).not.toContain('secret-login-body');
  });
});

describe('reading the body is part of the attempt', () => {
  it('retries a safe GET whose connection drops halfway through the body', async () => {
    let n = 0;
    const fetch: FetchLike = async () => {
      if (++n > 1) return json(page(0, 10, [{ id: 'a' }]));
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"offset":0,"lim'));
          controller.error(connectionReset());
        },
      });
      return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch, retry: fast });
    await expect(meeting.GET(contacts)).resolves.toHaveProperty('data.count', 1);
    expect(n).toBe(2);
  });
});

describe('every failure of the iterators is a HwcloudError naming the operation', () => {
  it('throws an aborted HwcloudError when items() is aborted between pages', async () => {
    const controller = new AbortController();
    const all = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}` }));
    const { fetch } = fakeFetch((_, s) => json(page(Number(s.url.searchParams.get('offset')), 10, all)));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch });
    const error = await failure(
      (async () => {
        for await (const _ of meeting.items(contacts, undefined, { pageSize: 10, signal: controller.signal })) controller.abort();
      })(),
    );
    expect(error).toMatchObject({ kind: 'aborted', operation: 'GET /v1/usg/abs/external-contacts' });
  });

  it('throws invalid-argument for a page size above the documented maximum, before sending anything', () => {
    const { fetch } = fakeFetch(() => json({}));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch });
    expect(() => meeting.pages(contacts, undefined, { pageSize: 501 })).toThrow(
      expect.objectContaining({ name: 'HwcloudError', kind: 'invalid-argument', operation: 'GET /v1/usg/abs/external-contacts', message: expect.stringContaining('pageSize 501 is above the maximum limit (500)') }),
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fails on the first page, as invalid-response, when a path the types refuse is paged anyway', async () => {
    const { fetch, sent } = fakeFetch(() => json({ userAccount: 'a', name: 'A' }));
    const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch });
    const error = await failure(meeting.items('/v1/usg/dcs/corp/member/{account}' as never).next());
    expect(error).toMatchObject({ kind: 'invalid-response', operation: 'GET /v1/usg/dcs/corp/member/{account}', message: expect.stringContaining('has no data array') });
    expect(sent).toHaveLength(1);
  });
});
