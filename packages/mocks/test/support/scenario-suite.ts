// The scenario suite: named requests covering success, paging, search, filters, auth failures,
// unknown accounts and forced scenarios of every operation, each with the status it must get.
// Run through Prism's proxy in front of the standalone server. Requests without any credentials
// are not here: Prism answers those itself (security validation), so they never reach the mock;
// auth.test.ts covers them. Nor is a body that is not JSON: Prism rejects it itself
// (validation.test.ts covers the mock's answer).
import { appIdAuthorization, basicAuthorization, canonicalRequest, sdkSignature, testCredentials } from '@hwcloud-directory/mocks';
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
];
