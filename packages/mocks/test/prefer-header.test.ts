// `Prefer: code=<status>` (Prism's convention) picks the answer's status per request, alike in
// the MSW handlers and over a real socket to the standalone server.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appIdAuthorization, basicAuthorization, errorCodes, operations, testCredentials, type OperationId } from '@hwcloud-directory/mocks';
import { negotiate } from '../src/answers/negotiate.js';
import { startMockServer, type MockServer } from '../src/node.js';
import { BSS, MEETING, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

/** Where each API answers in a transport. */
interface Bases {
  meeting: string;
  bss: string;
}

const admin = { 'X-Access-Token': testCredentials.accessToken };
const json = { 'Content-Type': 'application/json' };

/** The operations these tests send requests to (operations added later are covered by the negotiator's test below). */
type SentOperationId = Extract<OperationId, 'createToken' | 'createAppIdToken' | 'searchCorpExternalDir' | 'searchCorpAdmins' | 'showUserDetail' | 'searchCorpMembersLegacy' | 'listEnterpriseSubCustomers'>;

/** A valid request of each operation, with the admin's credentials. */
const validRequests: Record<SentOperationId, (bases: Bases) => Promise<[string, RequestInit]>> = {
  createToken: async ({ meeting }) => [
    `${meeting}/v1/usg/acs/auth/account`,
    { method: 'POST', headers: { ...json, Authorization: basicAuthorization(`${testCredentials.admin.account}:${testCredentials.admin.password}`) }, body: JSON.stringify({ account: testCredentials.admin.account, clientType: 72 }) },
  ],
  createAppIdToken: async ({ meeting }) => {
    const body = { appId: testCredentials.app.appId, clientType: 72, expireTime: 0, nonce: 'n'.repeat(40) };
    const authorization = await appIdAuthorization({ ...body, appKey: testCredentials.app.appKey });
    return [`${meeting}/v2/usg/acs/auth/appauth`, { method: 'POST', headers: { ...json, Authorization: authorization, 'X-Token-Type': 'LongTicket' }, body: JSON.stringify(body) }];
  },
  searchCorpExternalDir: async ({ meeting }) => [`${meeting}/v1/usg/abs/external-contacts`, { headers: admin }],
  searchCorpAdmins: async ({ meeting }) => [`${meeting}/v1/usg/dcs/corp/admin`, { headers: admin }],
  showUserDetail: async ({ meeting }) => [`${meeting}/v1/usg/dcs/corp/member/admin`, { headers: admin }],
  searchCorpMembersLegacy: async ({ meeting }) => [
    `${meeting}/rest/usg/datacenter/v1/corp/member/search`,
    { method: 'POST', headers: { ...json, Authorization: `Basic ${btoa(testCredentials.accessToken)}` }, body: '{}' },
  ],
  listEnterpriseSubCustomers: async ({ bss }) => [`${bss}/v2/enterprises/multi-accounts/sub-customers`, { headers: { 'X-Auth-Token': testCredentials.iamToken } }],
};

const MEETING_LOGIN = { 400: 'USG.000000001', 401: 'USG.000000007', 403: 'USG.000000005', 412: 'USG.000000012', 423: 'USG.000000013', 500: 'USG.000000099' };
const MEETING_DIRECTORY = { 400: 'USG.000000001', 401: 'USG.000000004', 403: 'USG.000000005', 500: 'USG.000000099' };

/** The vendor code each documented error status is answered with, as each operation's x-error-codes give it. */
const expectedCodes: Record<SentOperationId, Record<number, string>> = {
  createToken: MEETING_LOGIN,
  createAppIdToken: MEETING_LOGIN,
  searchCorpExternalDir: MEETING_DIRECTORY,
  searchCorpAdmins: MEETING_DIRECTORY,
  showUserDetail: { ...MEETING_DIRECTORY, 400: 'USG.201040000' },
  searchCorpMembersLegacy: MEETING_DIRECTORY,
  listEnterpriseSubCustomers: { 400: 'CBC.0100', 401: 'APIGW.0301', 403: 'CBC.0151', 500: 'CBC.0999' },
};

const cases = (Object.keys(expectedCodes) as SentOperationId[]).flatMap((id) => Object.entries(expectedCodes[id]).map(([status, code]) => ({ id, status: Number(status), code })));

/** The code of an error body of any family (the legacy envelope's `returnCode`). */
const codeOf = (body: Record<string, unknown>) => body.error_code ?? body.returnCode;

it('covers every error status each operation it sends to documents', () => {
  for (const id of Object.keys(expectedCodes) as SentOperationId[]) {
    const documented = (operations[id].statuses as readonly number[]).filter((s) => s !== 200);
    expect(Object.keys(expectedCodes[id]).map(Number), id).toEqual(documented);
  }
});

it('negotiates every documented error status of every operation to a code that operation documents for it', () => {
  for (const id of Object.keys(operations) as OperationId[]) {
    const operation = operations[id];
    for (const status of (operation.statuses as readonly number[]).filter((s) => s >= 300)) {
      const answer = negotiate(operation, { kind: 'forced', status, message: 'm' }, 'r', 0);
      const body = JSON.parse(answer.body) as Record<string, unknown>;
      const code = String(codeOf(body));
      expect(answer.status).toBe(status);
      expect(operation.errorCodes as readonly string[], `${id} ${status}`).toContain(code);
      expect(errorCodes[operation.api].find((e) => e.code === code)?.status, `${id} ${status} ${code}`).toBe(status);
    }
  }
});

const transports: Array<{ name: string; start: () => () => Bases }> = [
  {
    name: 'the MSW handlers',
    start: () => {
      useMockServer();
      return () => ({ meeting: MEETING, bss: BSS });
    },
  },
  {
    name: 'the standalone server',
    start: () => {
      let server: MockServer;
      beforeAll(async () => {
        server = await startMockServer();
      });
      afterEach(() => server.directory.reset());
      afterAll(() => server.close());
      return () => ({ meeting: server.url, bss: server.url });
    },
  },
];

describe.each(transports)('Prefer: code=<status> in $name', ({ start }) => {
  const bases = start();
  const adminsUrl = () => `${bases().meeting}/v1/usg/dcs/corp/admin`;

  it.each(cases)('$id answers Prefer: code=$status with $code in its family’s error body', async ({ id, status, code }) => {
    const [url, init] = await validRequests[id](bases());
    const res = await specFetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), Prefer: `code=${status}` } });
    expect(res.status).toBe(status);
    expect(codeOf(res.body)).toBe(code);
    expect(res.headers.get('preference-applied')).toBe(`code=${status}`);
  });

  it('answers as usual without the header, and for a preferred 200', async () => {
    for (const prefer of [undefined, 'code=200']) {
      const res = await specFetch(adminsUrl(), { headers: { ...admin, ...(prefer ? { Prefer: prefer } : {}) } });
      expect(res.status).toBe(200);
      expect(res.body.count).toBeGreaterThan(0);
      expect(res.headers.get('preference-applied')).toBe(prefer ?? null);
    }
  });

  it('authenticates first: a refused token is answered 401 whatever status is preferred', async () => {
    const res = await specFetch(adminsUrl(), { headers: { 'X-Access-Token': 'not-a-token', Prefer: 'code=500' } });
    expect(res.status).toBe(401);
    expect(res.body.error_code).toBe('USG.000000004');
    expect(res.headers.get('preference-applied')).toBeNull();
  });

  it('validates first: an invalid parameter is answered 400 whatever status is preferred', async () => {
    const res = await specFetch(`${adminsUrl()}?offset=first`, { headers: { ...admin, Prefer: 'code=403' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error_code: 'USG.000000001', error_msg: expect.stringContaining('offset') });
  });

  it('answers instead of the operation: preferred 401s on a login count no failed login', async () => {
    const [url, init] = await validRequests.createToken(bases());
    const wrong = { ...(init.headers as Record<string, string>), Authorization: basicAuthorization(`${testCredentials.admin.account}:wrong`) };
    for (let i = 0; i < 6; i++) expect((await specFetch(url, { ...init, headers: { ...wrong, Prefer: 'code=401' } })).status).toBe(401);
    const login = await specFetch(url, init);
    expect(login.status).toBe(200);
    expect(login.body.accessToken).toEqual(expect.any(String));
  });

  it('refuses a status the operation does not document with 400, naming the ones it does', async () => {
    for (const code of ['404', '418', 'abc', '']) {
      const res = await fetch(adminsUrl(), { headers: { ...admin, Prefer: `code=${code}` } });
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error_code).toBe('MOCK.400');
      expect(body.error_msg).toContain(`Prefer: code=${/^\d+$/.test(code) ? code : JSON.stringify(code)} is not a status searchCorpAdmins documents`);
      expect(body.error_msg).toContain('send one of 200, 400, 401, 403, 500');
      expect(res.headers.get('preference-applied')).toBeNull();
    }
  });

  it('reads the header as RFC 7240 writes it: among other preferences, quoted, with parameters, first one winning', async () => {
    for (const prefer of ['respond-async, CODE="403"; lenient', 'wait=5, code=403, code=500']) {
      const res = await specFetch(adminsUrl(), { headers: { ...admin, Prefer: prefer } });
      expect(res.status, prefer).toBe(403);
    }
  });

  it('ignores example=, which the mocks do not serve (no Preference-Applied)', async () => {
    const res = await specFetch(adminsUrl(), { headers: { ...admin, Prefer: 'example=withDepartment' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('preference-applied')).toBeNull();
  });
});

describe('Prefer over CORS on the standalone server', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer();
  });
  afterAll(() => server.close());

  it('allows the Prefer header in a preflight and exposes Preference-Applied', async () => {
    const origin = 'http://localhost:5173';
    const preflight = await fetch(`${server.url}/v1/usg/dcs/corp/admin`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' } });
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Prefer');
    const res = await fetch(`${server.url}/v1/usg/dcs/corp/admin`, { headers: { ...admin, Origin: origin, Prefer: 'code=500' } });
    expect(res.status).toBe(500);
    expect(res.headers.get('access-control-expose-headers')).toContain('Preference-Applied');
  });
});
