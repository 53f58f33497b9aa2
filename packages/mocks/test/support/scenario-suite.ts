// The scenario suite: named requests covering success, paging, search, filters, auth failures,
// unknown accounts, the directory's domain refusals (department-tree rules, conflicts, logged-out
// tokens) and forced scenarios of every operation, each with the status it must get.
// Run through Prism's proxy in front of the standalone server. Requests without any credentials
// are not here: Prism answers those itself (security validation), so they never reach the mock;
// auth.test.ts covers them. Nor is a body that is not JSON: Prism rejects it itself
// (validation.test.ts covers the mock's answer).
import { appIdAuthorization, basicAuthorization, canonicalRequest, sdkSignature, testCredentials, type OperationId } from '@hwcloud-directory/mocks';
import type { MockServer } from '../../src/node.js';

/** One request of the suite. */
export interface SuiteCase {
  name: string;
  /** `valid`: a request the spec allows (Prism validates it); `invalid`: one it forbids. */
  request: 'valid' | 'invalid';
  expectStatus: number;
  /** Changes the server before the request (scenarios, directory edits). */
  setup?: (server: MockServer) => void;
  build: (baseUrl: string) => Promise<{ url: string; init: RequestInit }>;
}

const LANG = { 'Accept-Language': 'en-US' };
const meeting = { ...LANG, 'X-Access-Token': testCredentials.accessToken };
const member = { ...LANG, 'X-Access-Token': testCredentials.memberAccessToken };
const legacy = { ...LANG, Authorization: `Basic ${btoa(testCredentials.accessToken)}`, 'Content-Type': 'application/json' };
const bss = { 'X-Auth-Token': testCredentials.iamToken };

const get = (path: string, headers: Record<string, string>) => async (base: string) => ({ url: `${base}${path}`, init: { headers } });
const post = (path: string, headers: Record<string, string>, body: unknown) => async (base: string) => ({ url: `${base}${path}`, init: { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) } });
/** Any method; a body makes it JSON. */
const send =
  (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  async (base: string): Promise<{ url: string; init: RequestInit }> => ({
    url: `${base}${path}`,
    init: { method, headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) },
  });

function login(account: string, password: string) {
  return post('/v1/usg/acs/auth/account', { ...LANG, Authorization: basicAuthorization(`${account}:${password}`), 'Content-Type': 'application/json' }, { account, clientType: 72 });
}

function appLogin(appKey: string, userId?: string) {
  return async (base: string) => {
    const body = { appId: testCredentials.app.appId, clientType: 72, expireTime: 0, nonce: 'EycLQsHwxhzK9OW8UEKWNfH2I3CGR2nINuU1EBpv162d42d92s', ...(userId ? { userId, userName: '新用户' } : {}) };
    const authorization = await appIdAuthorization({ ...body, appKey });
    return post('/v2/usg/acs/auth/appauth', { ...LANG, Authorization: authorization, 'X-Token-Type': 'LongTicket', 'Content-Type': 'application/json' }, body)(base);
  };
}

function akskGet(path: string, sk: string) {
  return async (base: string) => {
    const url = `${base}${path}`;
    const date = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const signature = await sdkSignature(sk, date, await canonicalRequest('GET', new URL(url), ['x-sdk-date'], () => date, ''));
    return { url, init: { headers: { 'X-Sdk-Date': date, Authorization: `SDK-HMAC-SHA256 Access=${testCredentials.accessKey.ak}, SignedHeaders=x-sdk-date, Signature=${signature}` } } };
  };
}

const contacts = '/v1/usg/abs/external-contacts';
const admins = '/v1/usg/dcs/corp/admin';
const search = '/rest/usg/datacenter/v1/corp/member/search';
const subs = '/v2/enterprises/multi-accounts/sub-customers';

// --- The directory operations of issue 11 -------------------------------------------------

const TOKEN = '/v1/usg/acs/token';
const MEMBER = '/v1/usg/dcs/corp/member';
const DEPT = '/v1/usg/dcs/corp/dept';
const orgs = '/v2/enterprises/multi-accounts/enterprise-organizations';
const unknownToken = { ...LANG, 'X-Access-Token': 'expired-token' };

/** The server of the case being run (its setup records it), for logins and record look-ups made straight against it. */
let upstream: MockServer | undefined;
/** A setup that records the server, then changes it. */
const on =
  (change?: (server: MockServer) => void) =>
  (server: MockServer): void => {
    upstream = server;
    change?.(server);
  };

/** A fresh access token of the administrator, from a login sent straight to the server. */
async function freshToken(): Promise<string> {
  const response = await fetch(`${upstream!.url}/v1/usg/acs/auth/account`, {
    method: 'POST',
    headers: { Authorization: basicAuthorization(`${testCredentials.admin.account}:${testCredentials.admin.password}`), 'Content-Type': 'application/json' },
    body: JSON.stringify({ account: testCredentials.admin.account, clientType: 72 }),
  });
  if (response.status !== 200) throw new Error(`login for the suite failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** A token that logged out (deleteToken sent straight to the server) before the case's request. */
async function loggedOutToken(): Promise<string> {
  const token = await freshToken();
  const response = await fetch(`${upstream!.url}${TOKEN}`, { method: 'DELETE', headers: { 'X-Access-Token': token } });
  if (response.status !== 200) throw new Error(`logout for the suite failed: ${response.status} ${await response.text()}`);
  return token;
}

/** A request whose access token is made when the request is built. */
const withToken =
  (token: () => Promise<string>, method: string, path: string, body?: unknown) =>
  async (base: string): Promise<{ url: string; init: RequestInit }> =>
    send(method, path, { ...LANG, 'X-Access-Token': await token() }, body)(base);

/** A token of a common administrator (adminType 1), who may not add administrators. */
const COMMON_ADMIN_TOKEN = 'prism-suite-common-admin-token';
const commonAdmin = { ...LANG, 'X-Access-Token': COMMON_ADMIN_TOKEN };
const issueCommonAdminToken = (server: MockServer) =>
  void server.runtime.sessions.issue({ accessToken: COMMON_ADMIN_TOKEN, account: 'zhang.wei', clientType: 72, createdAt: Date.now(), expiresAt: Date.now() + 3_600_000 });

/** A chain of departments below `from` down to level `level` (the root is level 1); the last is `${prefix}${level}`. */
function chain(server: MockServer, from: string, fromLevel: number, level: number, prefix: string): void {
  let parent = from;
  for (let l = fromLevel + 1; l <= level; l++) {
    const added = server.directory.addDepartment({ deptCode: `${prefix}${l}`, deptName: `Level ${l}`, parentDeptCode: parent });
    if (!added.ok) throw new Error(added.message);
    parent = `${prefix}${l}`;
  }
}

function sessionCases(): SuiteCase[] {
  const check = (token: string | (() => Promise<string>), extra: Record<string, boolean> = {}) => async (base: string) =>
    send('POST', '/v1/usg/acs/token/validate', LANG, { token: typeof token === 'string' ? token : await token(), needGenNewToken: false, ...extra })(base);
  return [
    { name: 'checkToken: a valid token', request: 'valid', expectStatus: 200, build: check(testCredentials.accessToken) },
    { name: 'checkToken: a new token and the account', request: 'valid', expectStatus: 200, build: check(testCredentials.memberAccessToken, { needGenNewToken: true, needAccountInfo: true }) },
    { name: 'checkToken: an unknown token', request: 'valid', expectStatus: 401, build: check('expired-token') },
    { name: 'checkToken: a logged-out token', request: 'valid', expectStatus: 401, setup: on(), build: check(loggedOutToken) },
    { name: 'checkToken: body without needGenNewToken', request: 'invalid', expectStatus: 400, build: send('POST', '/v1/usg/acs/token/validate', LANG, { token: testCredentials.accessToken }) },
    { name: 'updateToken: renews a fresh token', request: 'valid', expectStatus: 200, setup: on(), build: withToken(freshToken, 'PUT', TOKEN) },
    { name: 'updateToken: a logged-out token', request: 'valid', expectStatus: 401, setup: on(), build: withToken(loggedOutToken, 'PUT', TOKEN) },
    { name: 'updateToken: an unknown token', request: 'valid', expectStatus: 401, build: send('PUT', TOKEN, unknownToken) },
    { name: 'updateToken: X-Request-Id of 65 characters', request: 'invalid', expectStatus: 400, build: send('PUT', TOKEN, { ...meeting, 'X-Request-Id': 'r'.repeat(65) }) },
    { name: 'deleteToken: logs out a fresh token', request: 'valid', expectStatus: 200, setup: on(), build: withToken(freshToken, 'DELETE', TOKEN) },
    { name: 'deleteToken: a logged-out token', request: 'valid', expectStatus: 401, setup: on(), build: withToken(loggedOutToken, 'DELETE', TOKEN) },
    { name: 'deleteToken: an unknown token', request: 'valid', expectStatus: 401, build: send('DELETE', TOKEN, unknownToken) },
    { name: 'deleteToken: X-Request-Id of 65 characters', request: 'invalid', expectStatus: 400, build: send('DELETE', TOKEN, { ...meeting, 'X-Request-Id': 'r'.repeat(65) }) },
  ];
}

function userCases(): SuiteCase[] {
  const users = '/v1/usg/abs/users';
  const list = '/v1/usg/abs/users/list';
  const byThird = (account: string) => `${MEMBER}/${account}?accountType=1`;
  const ids = (accounts: string[]) => async (base: string) => send('POST', list, meeting, accounts.map((a) => ({ id: upstream!.directory.users.get(a)?.id ?? a })))(base);
  return [
    { name: 'searchUsers: first page', request: 'valid', expectStatus: 200, build: get(`${MEMBER}?offset=0&limit=10`, meeting) },
    { name: 'searchUsers: one department without its sub-departments', request: 'valid', expectStatus: 200, build: get(`${MEMBER}?deptCode=1001&enableSubDept=false&limit=100`, meeting) },
    { name: 'searchUsers: search, user types, order and status', request: 'valid', expectStatus: 200, build: get(`${MEMBER}?searchKey=${encodeURIComponent('张')}&userType=2&userType=13&sortField=sortLevel&isAsc=true&status=0&adminType=2`, meeting) },
    { name: 'searchUsers: offset past the end', request: 'valid', expectStatus: 200, build: get(`${MEMBER}?offset=100000&limit=7`, meeting) },
    { name: 'searchUsers: member is refused', request: 'valid', expectStatus: 403, build: get(MEMBER, member) },
    { name: 'searchUsers: unknown token', request: 'valid', expectStatus: 401, build: get(MEMBER, unknownToken) },
    { name: 'searchUsers: limit 0', request: 'invalid', expectStatus: 400, build: get(`${MEMBER}?limit=0`, meeting) },
    { name: 'addUser: account and password (request example)', request: 'valid', expectStatus: 200, build: send('POST', MEMBER, meeting, { name: '张三', englishName: 'Zhang San', account: 'zhangsan01', pwd: 'Welcome#2024', phone: '+8613800000001', country: 'chinaPR', email: 'zhangsan@example.com', deptCode: '1', title: 'Engineer', sendNotify: '0' }) },
    { name: 'addUser: only a name and an email address', request: 'valid', expectStatus: 200, build: send('POST', MEMBER, meeting, { name: '王五', email: 'wangwu@example.com' }) },
    { name: 'addUser: a third-party user in a sub-department', request: 'valid', expectStatus: 200, build: send('POST', MEMBER, meeting, { name: 'Li Si', thirdAccount: 'lisi@mycorp.com', email: 'lisi@example.com', deptCode: '1001002', hidePhone: true, sortLevel: 1 }) },
    { name: 'addUser: account already used', request: 'valid', expectStatus: 400, build: send('POST', MEMBER, meeting, { name: 'Copy', account: 'zhang.wei', email: 'copy@example.com' }) },
    { name: 'addUser: third-party account already used', request: 'valid', expectStatus: 400, build: send('POST', MEMBER, meeting, { name: 'Copy', thirdAccount: 'zhangwei-ext-001', email: 'copy@example.com' }) },
    { name: 'addUser: unknown department', request: 'valid', expectStatus: 400, build: send('POST', MEMBER, meeting, { name: 'Lost', email: 'lost@example.com', deptCode: 'no-such-dept' }) },
    { name: 'addUser: neither mobile number nor email address', request: 'valid', expectStatus: 400, build: send('POST', MEMBER, meeting, { name: 'Nobody' }) },
    { name: 'addUser: password of one kind of character', request: 'valid', expectStatus: 400, build: send('POST', MEMBER, meeting, { name: 'Weak', email: 'weak@example.com', pwd: 'abcdefgh' }) },
    { name: 'addUser: member is refused', request: 'valid', expectStatus: 403, build: send('POST', MEMBER, member, { name: 'X', email: 'x@example.com' }) },
    { name: 'addUser: unknown token', request: 'valid', expectStatus: 401, build: send('POST', MEMBER, unknownToken, { name: 'X', email: 'x@example.com' }) },
    { name: 'addUser: body without name', request: 'invalid', expectStatus: 400, build: send('POST', MEMBER, meeting, { email: 'x@example.com' }) },
    { name: 'updateUser: rename and move to another department', request: 'valid', expectStatus: 200, build: send('PUT', `${MEMBER}/jose.alvarez`, meeting, { name: 'José Á. Álvarez', deptCode: '1001002', title: 'Lead' }) },
    { name: 'updateUser: by third-party account, disabled', request: 'valid', expectStatus: 200, build: send('PUT', byThird('jalvarez'), meeting, { status: 1 }) },
    { name: 'updateUser: unknown user', request: 'valid', expectStatus: 400, build: send('PUT', `${MEMBER}/nobody`, meeting, { name: 'X' }) },
    { name: 'updateUser: unknown department', request: 'valid', expectStatus: 400, build: send('PUT', `${MEMBER}/jose.alvarez`, meeting, { deptCode: 'no-such-dept' }) },
    { name: 'updateUser: clears both mobile number and email address', request: 'valid', expectStatus: 400, build: send('PUT', `${MEMBER}/jose.alvarez`, meeting, { phone: '', email: '' }) },
    { name: 'updateUser: member is refused', request: 'valid', expectStatus: 403, build: send('PUT', `${MEMBER}/jose.alvarez`, member, { name: 'X' }) },
    { name: 'updateUser: unknown token', request: 'valid', expectStatus: 401, build: send('PUT', `${MEMBER}/jose.alvarez`, unknownToken, { name: 'X' }) },
    { name: 'updateUser: status 7', request: 'invalid', expectStatus: 400, build: send('PUT', `${MEMBER}/jose.alvarez`, meeting, { status: 7 }) },
    { name: 'batchDeleteUsers: two users', request: 'valid', expectStatus: 200, build: send('POST', `${MEMBER}/delete`, meeting, ['jose.alvarez', 'user003']) },
    { name: 'batchDeleteUsers: by third-party accounts', request: 'valid', expectStatus: 200, build: send('POST', `${MEMBER}/delete?accountType=1`, meeting, ['jalvarez']) },
    { name: 'batchDeleteUsers: one account unknown, none deleted', request: 'valid', expectStatus: 400, build: send('POST', `${MEMBER}/delete`, meeting, ['jose.alvarez', 'nobody']) },
    { name: 'batchDeleteUsers: member is refused', request: 'valid', expectStatus: 403, build: send('POST', `${MEMBER}/delete`, member, ['user003']) },
    { name: 'batchDeleteUsers: unknown token', request: 'valid', expectStatus: 401, build: send('POST', `${MEMBER}/delete`, unknownToken, ['user003']) },
    { name: 'batchDeleteUsers: empty list', request: 'invalid', expectStatus: 400, build: send('POST', `${MEMBER}/delete`, meeting, []) },
    { name: 'batchUpdateUserStatus: disables two users', request: 'valid', expectStatus: 200, build: send('PUT', `${MEMBER}/status/1`, meeting, ['jose.alvarez', 'user003']) },
    { name: 'batchUpdateUserStatus: enables by third-party account', request: 'valid', expectStatus: 200, build: send('PUT', `${MEMBER}/status/0?accountType=1`, meeting, ['jalvarez']) },
    { name: 'batchUpdateUserStatus: one account unknown', request: 'valid', expectStatus: 400, build: send('PUT', `${MEMBER}/status/1`, meeting, ['user003', 'nobody']) },
    { name: 'batchUpdateUserStatus: member is refused', request: 'valid', expectStatus: 403, build: send('PUT', `${MEMBER}/status/1`, member, ['user003']) },
    { name: 'batchUpdateUserStatus: unknown token', request: 'valid', expectStatus: 401, build: send('PUT', `${MEMBER}/status/1`, unknownToken, ['user003']) },
    { name: 'batchUpdateUserStatus: status value 2', request: 'invalid', expectStatus: 400, build: send('PUT', `${MEMBER}/status/2`, meeting, ['user003']) },
    { name: 'batchShowUserDetails: by user ID, one unknown', request: 'valid', expectStatus: 200, setup: on(), build: ids(['zhang.wei', 'jose.alvarez', 'no-such-id']) },
    { name: 'batchShowUserDetails: by third-party account, as a member', request: 'valid', expectStatus: 200, build: send('POST', `${list}?idType=THIRD_ACCOUNT`, member, [{ id: 'zhangwei-ext-001' }, { id: 'jalvarez' }]) },
    { name: 'batchShowUserDetails: unknown token', request: 'valid', expectStatus: 401, build: send('POST', list, unknownToken, [{ id: 'x' }]) },
    { name: 'batchShowUserDetails: empty list', request: 'invalid', expectStatus: 400, build: send('POST', list, meeting, []) },
    { name: 'searchCorpDir: first page', request: 'valid', expectStatus: 200, build: get(`${users}?offset=0&limit=10`, meeting) },
    { name: 'searchCorpDir: terminals of one department, searched, as a member', request: 'valid', expectStatus: 200, build: get(`${users}?searchScope=HARD_TERMINAL&deptCode=1001&querySubDept=false&searchKey=a`, member) },
    { name: 'searchCorpDir: ordinary users, offset past the end', request: 'valid', expectStatus: 200, build: get(`${users}?searchScope=NORMAL_USER&offset=100000&limit=7`, meeting) },
    { name: 'searchCorpDir: empty scenario', request: 'valid', expectStatus: 200, setup: (s) => s.use(s.scenarios.searchCorpDir.empty()), build: get(users, meeting) },
    { name: 'searchCorpDir: unknown token', request: 'valid', expectStatus: 401, build: get(users, unknownToken) },
    { name: 'searchCorpDir: searchScope PERSONAL', request: 'invalid', expectStatus: 400, build: get(`${users}?searchScope=PERSONAL`, meeting) },
  ];
}

function adminCases(): SuiteCase[] {
  return [
    { name: 'addCorpAdmin: an ordinary member', request: 'valid', expectStatus: 200, build: send('POST', admins, meeting, { account: 'jose.alvarez' }) },
    { name: 'addCorpAdmin: by third-party account', request: 'valid', expectStatus: 200, build: send('POST', `${admins}?accountType=1`, meeting, { account: 'jalvarez' }) },
    { name: 'addCorpAdmin: not a user', request: 'valid', expectStatus: 400, build: send('POST', admins, meeting, { account: 'nobody' }) },
    { name: 'addCorpAdmin: already an administrator', request: 'valid', expectStatus: 400, build: send('POST', admins, meeting, { account: 'zhang.wei' }) },
    { name: 'addCorpAdmin: a common administrator is refused', request: 'valid', expectStatus: 403, setup: issueCommonAdminToken, build: send('POST', admins, commonAdmin, { account: 'user003' }) },
    { name: 'addCorpAdmin: member is refused', request: 'valid', expectStatus: 403, build: send('POST', admins, member, { account: 'user003' }) },
    { name: 'addCorpAdmin: unknown token', request: 'valid', expectStatus: 401, build: send('POST', admins, unknownToken, { account: 'user003' }) },
    { name: 'addCorpAdmin: body without account', request: 'invalid', expectStatus: 400, build: send('POST', admins, meeting, {}) },
    { name: 'showCorpAdmin: a common administrator', request: 'valid', expectStatus: 200, build: get(`${admins}/test006?accountType=0`, meeting) },
    { name: 'showCorpAdmin: by third-party account', request: 'valid', expectStatus: 200, build: get(`${admins}/zhangwei-ext-001?accountType=1`, meeting) },
    { name: 'showCorpAdmin: an ordinary member', request: 'valid', expectStatus: 400, build: get(`${admins}/jose.alvarez`, meeting) },
    { name: 'showCorpAdmin: not a user', request: 'valid', expectStatus: 400, build: get(`${admins}/nobody`, meeting) },
    { name: 'showCorpAdmin: member is refused', request: 'valid', expectStatus: 403, build: get(`${admins}/test006`, member) },
    { name: 'showCorpAdmin: unknown token', request: 'valid', expectStatus: 401, build: get(`${admins}/test006`, unknownToken) },
    { name: 'showCorpAdmin: accountType 5', request: 'invalid', expectStatus: 400, build: get(`${admins}/test006?accountType=5`, meeting) },
    { name: 'batchDeleteCorpAdmins: a common administrator', request: 'valid', expectStatus: 200, build: send('POST', `${admins}/delete`, meeting, ['test006']) },
    { name: 'batchDeleteCorpAdmins: by third-party account', request: 'valid', expectStatus: 200, build: send('POST', `${admins}/delete?accountType=1`, meeting, ['zhangwei-ext-001']) },
    { name: 'batchDeleteCorpAdmins: an ordinary member', request: 'valid', expectStatus: 400, build: send('POST', `${admins}/delete`, meeting, ['test006', 'jose.alvarez']) },
    { name: 'batchDeleteCorpAdmins: the default administrator', request: 'valid', expectStatus: 400, build: send('POST', `${admins}/delete`, meeting, ['admin']) },
    { name: 'batchDeleteCorpAdmins: member is refused', request: 'valid', expectStatus: 403, build: send('POST', `${admins}/delete`, member, ['test006']) },
    { name: 'batchDeleteCorpAdmins: unknown token', request: 'valid', expectStatus: 401, build: send('POST', `${admins}/delete`, unknownToken, ['test006']) },
    { name: 'batchDeleteCorpAdmins: empty list', request: 'invalid', expectStatus: 400, build: send('POST', `${admins}/delete`, meeting, []) },
  ];
}

function departmentCases(): SuiteCase[] {
  const dept = (code: string) => `${DEPT}/${encodeURIComponent(code)}`;
  const show = (code: string) => `/v1/usg/abs/departments/${encodeURIComponent(code)}`;
  const tree = (code: string) => `/v1/usg/dcs/member/dept/${encodeURIComponent(code)}`;
  const empty = (code: string, parent = '1') => (s: MockServer) => void s.directory.addDepartment({ deptCode: code, deptName: 'Temporary', parentDeptCode: parent });
  // 1001002001001 is on level 5 of the seeded tree; the chain below it reaches level 11, the deepest allowed.
  const deepChain = (s: MockServer) => chain(s, '1001002001001', 5, 11, 'L');
  return [
    { name: 'addDepartment: with a code, under a sub-department', request: 'valid', expectStatus: 200, build: send('POST', DEPT, meeting, { deptCode: 'prism01', deptName: '研发部', parentDeptCode: '1001', note: 'R&D', inPermission: 'OPEN', outPermission: 'DESIGNATED_DEPARTMENT', designatedOutDeptCodes: ['1', '1001'], sortLevel: 1 }) },
    { name: 'addDepartment: code generated, under the root', request: 'valid', expectStatus: 200, build: send('POST', DEPT, meeting, { deptName: 'Support' }) },
    { name: 'addDepartment: unknown parent', request: 'valid', expectStatus: 400, build: send('POST', DEPT, meeting, { deptName: 'Orphan', parentDeptCode: 'no-such-dept' }) },
    { name: 'addDepartment: code already used', request: 'valid', expectStatus: 400, build: send('POST', DEPT, meeting, { deptCode: '1001', deptName: 'Twin' }) },
    { name: 'addDepartment: below the tenth level', request: 'valid', expectStatus: 400, setup: deepChain, build: send('POST', DEPT, meeting, { deptName: 'Too deep', parentDeptCode: 'L11' }) },
    {
      name: 'addDepartment: a 101st sub-department',
      request: 'valid',
      expectStatus: 400,
      setup: (s) => {
        for (let i = 0; i < 100; i++) s.directory.addDepartment({ deptCode: `wide${i}`, deptName: `Team ${i}`, parentDeptCode: '1001004' });
      },
      build: send('POST', DEPT, meeting, { deptName: 'One too many', parentDeptCode: '1001004' }),
    },
    { name: 'addDepartment: member is refused', request: 'valid', expectStatus: 403, build: send('POST', DEPT, member, { deptName: 'X' }) },
    { name: 'addDepartment: unknown token', request: 'valid', expectStatus: 401, build: send('POST', DEPT, unknownToken, { deptName: 'X' }) },
    { name: 'addDepartment: body without deptName', request: 'invalid', expectStatus: 400, build: send('POST', DEPT, meeting, { deptCode: 'x1' }) },
    { name: 'updateDepartment: renames a department with sub-departments', request: 'valid', expectStatus: 200, build: send('PUT', dept('1001002'), meeting, { deptName: 'Ventes Asie', note: 'renamed', sortLevel: 3 }) },
    { name: 'updateDepartment: moves a department with its subtree', request: 'valid', expectStatus: 200, build: send('PUT', dept('1001002'), meeting, { parentDeptCode: '1001003' }) },
    { name: 'updateDepartment: under its current parent', request: 'valid', expectStatus: 200, build: send('PUT', dept('1001002'), meeting, { parentDeptCode: '1001' }) },
    { name: 'updateDepartment: moves the root', request: 'valid', expectStatus: 400, build: send('PUT', dept('1'), meeting, { parentDeptCode: '1001' }) },
    { name: 'updateDepartment: unknown department', request: 'valid', expectStatus: 400, build: send('PUT', dept('no-such-dept'), meeting, { deptName: 'X' }) },
    { name: 'updateDepartment: unknown parent', request: 'valid', expectStatus: 400, build: send('PUT', dept('1001002'), meeting, { parentDeptCode: 'no-such-dept' }) },
    { name: 'updateDepartment: under its own sub-department', request: 'valid', expectStatus: 400, build: send('PUT', dept('1001'), meeting, { parentDeptCode: '1001002001' }) },
    // 1001002 carries three levels; under L9 they would reach level 12.
    { name: 'updateDepartment: a move past the tenth level', request: 'valid', expectStatus: 400, setup: deepChain, build: send('PUT', dept('1001002'), meeting, { parentDeptCode: 'L9' }) },
    { name: 'updateDepartment: member is refused', request: 'valid', expectStatus: 403, build: send('PUT', dept('1001002'), member, { deptName: 'X' }) },
    { name: 'updateDepartment: unknown token', request: 'valid', expectStatus: 401, build: send('PUT', dept('1001002'), unknownToken, { deptName: 'X' }) },
    { name: 'updateDepartment: sortLevel 0', request: 'invalid', expectStatus: 400, build: send('PUT', dept('1001002'), meeting, { sortLevel: 0 }) },
    { name: 'deleteDepartment: an empty department', request: 'valid', expectStatus: 200, setup: empty('prism-empty'), build: send('DELETE', dept('prism-empty'), meeting) },
    { name: 'deleteDepartment: the root', request: 'valid', expectStatus: 400, build: send('DELETE', dept('1'), meeting) },
    { name: 'deleteDepartment: unknown department', request: 'valid', expectStatus: 400, build: send('DELETE', dept('no-such-dept'), meeting) },
    { name: 'deleteDepartment: a department with users', request: 'valid', expectStatus: 400, build: send('DELETE', dept('1001003'), meeting) },
    {
      name: 'deleteDepartment: a department with a sub-department only',
      request: 'valid',
      expectStatus: 400,
      setup: (s) => {
        empty('prism-parent')(s);
        empty('prism-child', 'prism-parent')(s);
      },
      build: send('DELETE', dept('prism-parent'), meeting),
    },
    { name: 'deleteDepartment: member is refused', request: 'valid', expectStatus: 403, setup: empty('prism-empty'), build: send('DELETE', dept('prism-empty'), member) },
    { name: 'deleteDepartment: unknown token', request: 'valid', expectStatus: 401, build: send('DELETE', dept('1001003'), unknownToken) },
    { name: 'deleteDepartment: code of 33 characters', request: 'invalid', expectStatus: 400, build: send('DELETE', dept('d'.repeat(33)), meeting) },
    { name: 'showDepartment: the root', request: 'valid', expectStatus: 200, build: get(show('1'), meeting) },
    { name: 'showDepartment: a leaf, as a member', request: 'valid', expectStatus: 200, build: get(show('1001002001001'), member) },
    { name: 'showDepartment: unknown department', request: 'valid', expectStatus: 400, build: get(show('no-such-dept'), meeting) },
    { name: 'showDepartment: unknown token', request: 'valid', expectStatus: 401, build: get(show('1'), unknownToken) },
    { name: 'showDepartment: code of 33 characters', request: 'invalid', expectStatus: 400, build: get(show('d'.repeat(33)), meeting) },
    { name: 'searchDepartmentByName: two departments share the name', request: 'valid', expectStatus: 200, build: get(`/v1/usg/dcs/member/dept?deptName=${encodeURIComponent('support élite')}`, meeting) },
    { name: 'searchDepartmentByName: no match', request: 'valid', expectStatus: 200, build: get('/v1/usg/dcs/member/dept?deptName=zzzz', meeting) },
    { name: 'searchDepartmentByName: member is refused', request: 'valid', expectStatus: 403, build: get('/v1/usg/dcs/member/dept?deptName=a', member) },
    { name: 'searchDepartmentByName: unknown token', request: 'valid', expectStatus: 401, build: get('/v1/usg/dcs/member/dept?deptName=a', unknownToken) },
    { name: 'searchDepartmentByName: without deptName', request: 'invalid', expectStatus: 400, build: get('/v1/usg/dcs/member/dept', meeting) },
    { name: 'showDeptAndChildDept: the root', request: 'valid', expectStatus: 200, build: get(tree('1'), meeting) },
    { name: 'showDeptAndChildDept: on the tenth level below the root', request: 'valid', expectStatus: 200, setup: deepChain, build: get(tree('L11'), meeting) },
    { name: 'showDeptAndChildDept: unknown department', request: 'valid', expectStatus: 400, build: get(tree('no-such-dept'), meeting) },
    { name: 'showDeptAndChildDept: member is refused', request: 'valid', expectStatus: 403, build: get(tree('1'), member) },
    { name: 'showDeptAndChildDept: unknown token', request: 'valid', expectStatus: 401, build: get(tree('1'), unknownToken) },
    { name: 'showDeptAndChildDept: code of 33 characters', request: 'invalid', expectStatus: 400, build: get(tree('d'.repeat(33)), meeting) },
  ];
}

function organizationCases(): SuiteCase[] {
  const create = (body: Record<string, unknown>, headers: Record<string, string> = bss) => send('POST', subs, headers, { party_id: '65419', sub_customer_association_type: 1, ...body });
  const login = (customer_name: string, extra: Record<string, unknown> = {}) => ({ customer_name, password: '********', mobile_phone: '13800000000', use_pri_mobile_phone: 'N', verification_code: '234912', ...extra });
  return [
    { name: 'listEnterpriseOrganizations: the root level', request: 'valid', expectStatus: 200, build: get(orgs, bss) },
    { name: 'listEnterpriseOrganizations: the whole tree', request: 'valid', expectStatus: 200, build: get(`${orgs}?recursive_query=1`, bss) },
    { name: 'listEnterpriseOrganizations: from a node, AK/SK signed', request: 'valid', expectStatus: 200, build: akskGet(`${orgs}?parent_id=65419`, testCredentials.accessKey.sk) },
    { name: 'listEnterpriseOrganizations: a node of no tree', request: 'valid', expectStatus: 200, build: get(`${orgs}?parent_id=999999999`, bss) },
    { name: 'listEnterpriseOrganizations: wrong SK', request: 'valid', expectStatus: 401, build: akskGet(orgs, 'wrong') },
    { name: 'listEnterpriseOrganizations: parent_id not digits', request: 'invalid', expectStatus: 400, build: get(`${orgs}?parent_id=abc`, bss) },
    { name: 'createSubEnterpriseAccount: with its own mobile number (request example)', request: 'valid', expectStatus: 204, build: create({ display_name: 'Marketing team', permission_ids: ['READ_FINANCE_INFO', 'READ_CONSUME_BILL'], new_sub_customer: login('marketing_team') }) },
    { name: "createSubEnterpriseAccount: the master's mobile number, financial custody", request: 'valid', expectStatus: 204, build: create({ party_id: '10000', financial_custody: 1, new_sub_customer: { customer_name: 'audit_team', password: '********', use_pri_mobile_phone: 'Y' } }) },
    { name: 'createSubEnterpriseAccount: login name already used', request: 'valid', expectStatus: 400, build: create({ new_sub_customer: login('d_2035_1') }) },
    { name: 'createSubEnterpriseAccount: party_id of no node', request: 'valid', expectStatus: 400, build: create({ party_id: '99999', new_sub_customer: login('nowhere_team') }) },
    { name: 'createSubEnterpriseAccount: no mobile number', request: 'valid', expectStatus: 400, build: create({ new_sub_customer: login('silent_team', { mobile_phone: null }) }) },
    { name: 'createSubEnterpriseAccount: unknown IAM token', request: 'valid', expectStatus: 401, build: create({ new_sub_customer: login('x_team') }, { 'X-Auth-Token': 'MIIunknown' }) },
    { name: 'createSubEnterpriseAccount: login name of 33 characters', request: 'invalid', expectStatus: 400, build: create({ new_sub_customer: login('n'.repeat(33)) }) },
  ];
}

/** A request each new operation answers 200 (or 204) without a scenario, for its forced statuses. */
const plain: Partial<Record<OperationId, (base: string) => Promise<{ url: string; init: RequestInit }>>> = {
  checkToken: send('POST', '/v1/usg/acs/token/validate', LANG, { token: testCredentials.accessToken, needGenNewToken: false }),
  updateToken: send('PUT', TOKEN, meeting),
  deleteToken: send('DELETE', TOKEN, meeting),
  searchCorpDir: get('/v1/usg/abs/users', meeting),
  batchShowUserDetails: send('POST', '/v1/usg/abs/users/list?idType=THIRD_ACCOUNT', meeting, [{ id: 'jalvarez' }]),
  addCorpAdmin: send('POST', admins, meeting, { account: 'user003' }),
  batchDeleteCorpAdmins: send('POST', `${admins}/delete`, meeting, ['test006']),
  showCorpAdmin: get(`${admins}/test006`, meeting),
  addDepartment: send('POST', DEPT, meeting, { deptName: 'X' }),
  updateDepartment: send('PUT', `${DEPT}/1001002`, meeting, { deptName: 'X' }),
  deleteDepartment: send('DELETE', `${DEPT}/1001003`, meeting),
  showDepartment: get('/v1/usg/abs/departments/1', meeting),
  searchDepartmentByName: get('/v1/usg/dcs/member/dept?deptName=a', meeting),
  showDeptAndChildDept: get('/v1/usg/dcs/member/dept/1', meeting),
  searchUsers: get(MEMBER, meeting),
  addUser: send('POST', MEMBER, meeting, { name: 'X', email: 'x@example.com' }),
  batchDeleteUsers: send('POST', `${MEMBER}/delete`, meeting, ['user003']),
  batchUpdateUserStatus: send('PUT', `${MEMBER}/status/1`, meeting, ['user003']),
  updateUser: send('PUT', `${MEMBER}/user003`, meeting, { title: 'X' }),
  listEnterpriseOrganizations: get(orgs, bss),
  createSubEnterpriseAccount: send('POST', subs, bss, { party_id: '65419', sub_customer_association_type: 1, new_sub_customer: { customer_name: 'forced_team', password: '********', use_pri_mobile_phone: 'Y' } }),
};

/**
 * The statuses no request makes the mock send by itself (a server error everywhere; a 403 where
 * the caller is allowed: the session operations, the organisation tree, and the operations any
 * user may call), forced with the operation's scenario.
 */
function forcedErrors(): SuiteCase[] {
  const forbiddenToo = new Set<OperationId>(['checkToken', 'updateToken', 'deleteToken', 'searchCorpDir', 'batchShowUserDetails', 'showDepartment', 'listEnterpriseOrganizations', 'createSubEnterpriseAccount']);
  return (Object.entries(plain) as [OperationId, NonNullable<(typeof plain)[OperationId]>][]).flatMap(([id, build]) =>
    (forbiddenToo.has(id) ? [403, 500] : [500]).map(
      (status): SuiteCase => ({ name: `${id}: forced ${status}`, request: 'valid', expectStatus: status, setup: (s) => s.use(s.scenarios[id].error({ status: status as 500 })), build }),
    ),
  );
}

export const scenarioSuite: SuiteCase[] = [
  { name: 'createToken: admin logs in', request: 'valid', expectStatus: 200, build: login(testCredentials.admin.account, testCredentials.admin.password) },
  { name: 'createToken: UTF-8 password', request: 'valid', expectStatus: 200, build: login(testCredentials.member.account, testCredentials.member.password) },
  { name: 'createToken: wrong password', request: 'valid', expectStatus: 401, build: login('admin', 'wrong') },
  { name: 'createToken: disabled account', request: 'valid', expectStatus: 412, setup: (s) => void s.directory.users.update(testCredentials.member.account, { status: 1 }), build: login(testCredentials.member.account, testCredentials.member.password) },
  { name: 'createToken: locked account', request: 'valid', expectStatus: 423, setup: (s) => void s.handlers.runtime.failedLogins.set('admin', 99, s.handlers.runtime.now()), build: login(testCredentials.admin.account, testCredentials.admin.password) },
  { name: 'createToken: forced 500', request: 'valid', expectStatus: 500, setup: (s) => s.use(s.scenarios.createToken.error({ status: 500 })), build: login('admin', 'x') },
  { name: 'createToken: body without account', request: 'invalid', expectStatus: 400, build: post('/v1/usg/acs/auth/account', { ...LANG, Authorization: `Basic ${btoa('admin:x')}`, 'Content-Type': 'application/json' }, { clientType: 72 }) },
  { name: 'createAppIdToken: default administrator', request: 'valid', expectStatus: 200, build: appLogin(testCredentials.app.appKey) },
  { name: 'createAppIdToken: new third-party user', request: 'valid', expectStatus: 200, build: appLogin(testCredentials.app.appKey, 'prism-user@corp.example') },
  { name: 'createAppIdToken: wrong App Key', request: 'valid', expectStatus: 401, build: appLogin('wrong-key') },
  { name: 'searchCorpExternalDir: first page', request: 'valid', expectStatus: 200, build: get(`${contacts}?offset=0&limit=5&searchScope=CORP`, meeting) },
  { name: 'searchCorpExternalDir: Chinese search', request: 'valid', expectStatus: 200, build: get(`${contacts}?searchKey=${encodeURIComponent('王')}`, meeting) },
  { name: 'searchCorpExternalDir: personal scope', request: 'valid', expectStatus: 200, build: get(`${contacts}?searchScope=PERSONAL&limit=500`, meeting) },
  { name: 'searchCorpExternalDir: offset past the end', request: 'valid', expectStatus: 200, build: get(`${contacts}?offset=100000&limit=7`, meeting) },
  { name: 'searchCorpExternalDir: empty scenario', request: 'valid', expectStatus: 200, setup: (s) => s.use(s.scenarios.searchCorpExternalDir.empty()), build: get(contacts, meeting) },
  { name: 'searchCorpExternalDir: unknown token', request: 'valid', expectStatus: 401, build: get(contacts, { ...LANG, 'X-Access-Token': 'expired-token' }) },
  { name: 'searchCorpExternalDir: limit 501', request: 'invalid', expectStatus: 400, build: get(`${contacts}?limit=501`, meeting) },
  { name: 'searchCorpAdmins: all administrators', request: 'valid', expectStatus: 200, build: get(`${admins}?limit=100`, meeting) },
  { name: 'searchCorpAdmins: search by third-party account', request: 'valid', expectStatus: 200, build: get(`${admins}?searchKey=zhangwei-ext`, meeting) },
  { name: 'searchCorpAdmins: member is refused', request: 'valid', expectStatus: 403, build: get(admins, member) },
  { name: 'searchCorpAdmins: forced 500', request: 'valid', expectStatus: 500, setup: (s) => s.use(s.scenarios.searchCorpAdmins.error({ status: 500 })), build: get(admins, meeting) },
  { name: 'searchCorpAdmins: forced 400', request: 'valid', expectStatus: 400, setup: (s) => s.use(s.scenarios.searchCorpAdmins.error({ status: 400 })), build: get(admins, meeting) },
  { name: 'searchCorpAdmins: non-numeric offset', request: 'invalid', expectStatus: 400, build: get(`${admins}?offset=first`, meeting) },
  { name: 'showUserDetail: page example user', request: 'valid', expectStatus: 200, build: get('/v1/usg/dcs/corp/member/3e48b79b660e403cb5e0208f7be83961?accountType=0', meeting) },
  { name: 'showUserDetail: self, with enterprise', request: 'valid', expectStatus: 200, build: get('/v1/usg/dcs/corp/member/admin', meeting) },
  { name: 'showUserDetail: by third-party account', request: 'valid', expectStatus: 200, build: get('/v1/usg/dcs/corp/member/zhangwei-ext-001?accountType=1', meeting) },
  { name: 'showUserDetail: unknown account', request: 'valid', expectStatus: 400, build: get('/v1/usg/dcs/corp/member/nobody', meeting) },
  { name: 'showUserDetail: member looks at another user', request: 'valid', expectStatus: 403, build: get('/v1/usg/dcs/corp/member/admin', member) },
  { name: 'showUserDetail: accountType 7', request: 'invalid', expectStatus: 400, build: get('/v1/usg/dcs/corp/member/admin?accountType=7', meeting) },
  { name: 'searchCorpMembersLegacy: page example request', request: 'valid', expectStatus: 200, build: post(search, legacy, { condition: '', deptCode: '1', pageIndex: 1, pageSize: 10, enableSubDept: true, adminType: 2, status: 0 }) },
  { name: 'searchCorpMembersLegacy: disabled users named 李', request: 'valid', expectStatus: 200, build: post(search, legacy, { condition: '李', status: 1 }) },
  { name: 'searchCorpMembersLegacy: page past the end', request: 'valid', expectStatus: 200, build: post(search, legacy, { pageIndex: 999, pageSize: 7 }) },
  { name: 'searchCorpMembersLegacy: empty scenario', request: 'valid', expectStatus: 200, setup: (s) => s.use(s.scenarios.searchCorpMembersLegacy.empty()), build: post(search, legacy, {}) },
  { name: 'searchCorpMembersLegacy: forced 500', request: 'valid', expectStatus: 500, setup: (s) => s.use(s.scenarios.searchCorpMembersLegacy.error({ status: 500 })), build: post(search, legacy, {}) },
  { name: 'searchCorpMembersLegacy: unknown Basic token', request: 'valid', expectStatus: 401, build: post(search, { ...legacy, Authorization: `Basic ${btoa('nope')}` }, {}) },
  { name: 'searchCorpMembersLegacy: member is refused', request: 'valid', expectStatus: 403, build: post(search, { ...legacy, Authorization: `Basic ${btoa(testCredentials.memberAccessToken)}` }, {}) },
  { name: 'searchCorpMembersLegacy: pageSize 0', request: 'invalid', expectStatus: 400, build: post(search, legacy, { pageSize: 0 }) },
  { name: 'listEnterpriseSubCustomers: first page', request: 'valid', expectStatus: 200, build: get(`${subs}?offset=0&limit=10`, bss) },
  { name: 'listEnterpriseSubCustomers: page example filters', request: 'valid', expectStatus: 200, build: get(`${subs}?offset=0&limit=10&sub_customer_account_name=d_2035&sub_customer_display_name=m&fuzzy_query=1&org_id=65419`, bss) },
  { name: 'listEnterpriseSubCustomers: "" literal', request: 'valid', expectStatus: 200, build: get(`${subs}?sub_customer_display_name=%22%22`, bss) },
  { name: 'listEnterpriseSubCustomers: empty-string filter', request: 'valid', expectStatus: 200, build: get(`${subs}?sub_customer_display_name=`, bss) },
  { name: 'listEnterpriseSubCustomers: bare-key filter', request: 'valid', expectStatus: 200, build: get(`${subs}?sub_customer_account_name`, bss) },
  { name: 'listEnterpriseSubCustomers: offset past the end', request: 'valid', expectStatus: 200, build: get(`${subs}?offset=5000`, bss) },
  { name: 'listEnterpriseSubCustomers: AK/SK signed', request: 'valid', expectStatus: 200, build: akskGet(`${subs}?limit=3`, testCredentials.accessKey.sk) },
  { name: 'listEnterpriseSubCustomers: wrong SK', request: 'valid', expectStatus: 401, build: akskGet(`${subs}?limit=3`, 'wrong') },
  { name: 'listEnterpriseSubCustomers: fuzzy term with a space', request: 'valid', expectStatus: 400, build: get(`${subs}?sub_customer_display_name=a%20b&fuzzy_query=1`, bss) },
  { name: 'listEnterpriseSubCustomers: forced 403', request: 'valid', expectStatus: 403, setup: (s) => s.use(s.scenarios.listEnterpriseSubCustomers.error({ status: 403 })), build: get(subs, bss) },
  { name: 'listEnterpriseSubCustomers: forced 500', request: 'valid', expectStatus: 500, setup: (s) => s.use(s.scenarios.listEnterpriseSubCustomers.error({ status: 500 })), build: get(subs, bss) },
  { name: 'listEnterpriseSubCustomers: empty scenario', request: 'valid', expectStatus: 200, setup: (s) => s.use(s.scenarios.listEnterpriseSubCustomers.empty()), build: get(subs, bss) },
  { name: 'listEnterpriseSubCustomers: limit 101', request: 'invalid', expectStatus: 400, build: get(`${subs}?limit=101`, bss) },
  ...sessionCases(),
  ...userCases(),
  ...adminCases(),
  ...departmentCases(),
  ...organizationCases(),
  ...forcedErrors(),
];
