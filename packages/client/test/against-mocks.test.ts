// The client against the MSW mocks of @hwcloud-directory/mocks, through a real setupServer.
import { createDirectory, createHandlers, createScenarios, testCredentials } from '@hwcloud-directory/mocks';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBssClient, createMeetingClient, HwcloudError } from '../src/index.js';

let clock = Date.now();
const directory = createDirectory({ seed: 7 });
const mock = createHandlers(directory, { now: () => clock, tokenLifetimeSeconds: 3600 });
const server = setupServer(...mock);
const logins: string[] = [];
const sessions: string[] = [];
server.events.on('request:start', ({ request }) => {
  const path = new URL(request.url).pathname;
  if (path.startsWith('/v1/usg/acs/auth') || path.startsWith('/v2/usg/acs/auth')) logins.push(path);
  if (path === '/v1/usg/acs/token') sessions.push(request.method);
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  directory.reset();
  logins.length = 0;
  sessions.length = 0;
  clock = Date.now();
  vi.useRealTimers();
});
afterAll(() => server.close());

const contacts = '/v1/usg/abs/external-contacts';
const fast = { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 };

describe('Meeting client against the mocks', () => {
  it('logs in with a non-Latin-1 password and lists external contacts', async () => {
    const meeting = createMeetingClient({ auth: testCredentials.member, retry: fast });
    const { data } = await meeting.GET(contacts, { params: { query: { limit: 5 } } });
    expect(data.data.length).toBeLessThanOrEqual(5);
    expect(data.count).toBeGreaterThan(0);
    expect(logins).toEqual(['/v1/usg/acs/auth/account']);
  });

  it('logs in with the App ID and lists administrators', async () => {
    const meeting = createMeetingClient({ auth: testCredentials.app, region: 'ap-southeast-1' });
    const { data } = await meeting.GET('/v1/usg/dcs/corp/admin');
    expect(data.count).toBeGreaterThan(0);
    expect(logins).toEqual(['/v2/usg/acs/auth/appauth']);
  });

  it('iterates every external contact exactly once, matching count', async () => {
    const meeting = createMeetingClient({ auth: { accessToken: testCredentials.accessToken } });
    const { data: first } = await meeting.GET(contacts, { params: { query: { limit: 1 } } });
    const ids: string[] = [];
    for await (const contact of meeting.items(contacts, undefined, { pageSize: 7 })) ids.push(contact.id);
    expect(ids).toHaveLength(first.count);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('iterates the legacy search by page, with Basic base64(token), matching totalCount', async () => {
    const meeting = createMeetingClient({ auth: { accessToken: testCredentials.accessToken } });
    const pages = [];
    for await (const page of meeting.pages('/rest/usg/datacenter/v1/corp/member/search', { body: { enableSubDept: true } }, { pageSize: 4 })) pages.push(page);
    const total = pages[0]!.total!;
    const accounts = pages.flatMap((p) => p.items.map((u) => u.userAccount));
    expect(accounts).toHaveLength(total);
    expect(new Set(accounts).size).toBe(total);
  });

  it('renews an expired token exactly once for 20 concurrent calls', async () => {
    const meeting = createMeetingClient({ auth: testCredentials.admin });
    await meeting.GET(contacts);
    clock += 2 * 3600 * 1000; // the mock now considers the token expired; the client does not know
    const results = await Promise.all(Array.from({ length: 20 }, () => meeting.GET(contacts, { params: { query: { limit: 1 } } })));
    expect(results).toHaveLength(20);
    expect(logins).toEqual(['/v1/usg/acs/auth/account', '/v1/usg/acs/auth/account']);
  });

  it('extends its token with updateToken before it expires, and logs out with deleteToken on close', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const meeting = createMeetingClient({ auth: testCredentials.admin });
    await meeting.GET(contacts, { params: { query: { limit: 1 } } });
    // 55 minutes on, for the client and the mock alike: the client renews a 1-hour token 5 minutes ahead.
    clock += 55 * 60 * 1000;
    vi.setSystemTime(Date.now() + 55 * 60 * 1000);
    await meeting.GET(contacts, { params: { query: { limit: 1 } } });
    expect({ logins, sessions }).toEqual({ logins: ['/v1/usg/acs/auth/account'], sessions: ['PUT'] });
    await meeting.close();
    await meeting.GET(contacts, { params: { query: { limit: 1 } } });
    expect({ logins, sessions }).toEqual({ logins: ['/v1/usg/acs/auth/account', '/v1/usg/acs/auth/account'], sessions: ['PUT', 'DELETE'] });
  });

  it('retries a 500 on a GET and on the legacy search, then returns the 200 that follows', async () => {
    const scenarios = createScenarios(mock);
    server.use(
      scenarios.searchCorpAdmins.error({ status: 500, once: true }),
      scenarios.searchCorpMembersLegacy.error({ status: 500, once: true }),
    );
    const meeting = createMeetingClient({ auth: { accessToken: testCredentials.accessToken }, retry: fast });
    const { data: admins } = await meeting.GET('/v1/usg/dcs/corp/admin');
    expect(admins.count).toBeGreaterThan(0);
    const { data: legacy } = await meeting.POST('/rest/usg/datacenter/v1/corp/member/search', { body: {} });
    expect(legacy.returnCode).toBe('000000000');
  });

  it('throws USG.201040000 for a user that does not exist', async () => {
    const meeting = createMeetingClient({ auth: { accessToken: testCredentials.accessToken } });
    const error = await meeting.GET('/v1/usg/dcs/corp/member/{account}', { params: { path: { account: 'no-such-user' } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HwcloudError);
    expect(error).toMatchObject({ status: 400, code: 'USG.201040000', operation: 'GET /v1/usg/dcs/corp/member/{account}' });
  });

  it('rejects a wrong password with a typed error and no password in it', async () => {
    const meeting = createMeetingClient({ auth: { account: testCredentials.admin.account, password: 'wrong-password-123' } });
    const error = (await meeting.GET(contacts).catch((e: unknown) => e)) as HwcloudError;
    expect(error).toBeInstanceOf(HwcloudError);
    expect(error.operation).toBe('POST /v1/usg/acs/auth/account');
    expect(error.status).toBe(401);
    expect(JSON.stringify(error) + error.message).not.toContain('wrong-password-123');
  });
});

describe('BSS client against the mocks', () => {
  it('is accepted with AK/SK signing and pages every sub-account', async () => {
    const bss = createBssClient({ auth: { accessKey: testCredentials.accessKey.ak, secretKey: testCredentials.accessKey.sk } });
    const ids: string[] = [];
    let total: number | undefined;
    for await (const page of bss.pages('/v2/enterprises/multi-accounts/sub-customers', undefined, { pageSize: 5 })) {
      total = page.total;
      ids.push(...page.items.map((a) => a.id!));
    }
    expect(ids).toHaveLength(total!);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is accepted with an IAM token, and refused with a wrong secret key', async () => {
    const ok = createBssClient({ region: 'intl', auth: { iamToken: testCredentials.iamToken } });
    await expect(ok.GET('/v2/enterprises/multi-accounts/sub-customers', { params: { query: { limit: 1 } } })).resolves.toHaveProperty('data');
    const bad = createBssClient({ auth: { accessKey: testCredentials.accessKey.ak, secretKey: 'not-the-secret-key' } });
    const error = (await bad.GET('/v2/enterprises/multi-accounts/sub-customers').catch((e: unknown) => e)) as HwcloudError;
    expect(error).toBeInstanceOf(HwcloudError);
    expect(error.status).toBe(401);
    expect(error.message).not.toContain('not-the-secret-key');
  });
});
