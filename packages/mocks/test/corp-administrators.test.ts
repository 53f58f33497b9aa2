// addCorpAdmin, showCorpAdmin and batchDeleteCorpAdmins over setupServer: who may call, the
// vendor codes, all-or-nothing deletes, and the administrators every read then shows.
import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '@hwcloud-directory/mocks';
import { compileRoutes, matchRoute } from '../src/pipeline/match-route.js';
import { adminHeaders, MEETING, memberHeaders, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

/** A static token of zhang.wei, an ordinary administrator in every seeded directory. */
const ORDINARY_ADMIN_TOKEN = 'mock-static-ordinary-admin-token-corp-admin-tests';
const credentials = { ...defaultCredentials, staticAccessTokens: [...defaultCredentials.staticAccessTokens, { accessToken: ORDINARY_ADMIN_TOKEN, account: 'zhang.wei' }] };
const { directory } = useMockServer({ seed: 31, size: 10 }, { validateResponses: true, credentials });

const english = { ...adminHeaders, 'Accept-Language': 'en-US', 'Content-Type': 'application/json' };
const adminUrl = `${MEETING}/v1/usg/dcs/corp/admin`;
const addAdmin = (account: string, query = '', headers: Record<string, string> = english) => specFetch(`${adminUrl}${query}`, { method: 'POST', headers, body: JSON.stringify({ account }) });
const showAdmin = (account: string, query = '', headers: Record<string, string> = english) => specFetch(`${adminUrl}/${encodeURIComponent(account)}${query}`, { headers });
const deleteAdmins = (accounts: unknown, query = '', headers: Record<string, string> = english) => specFetch(`${adminUrl}/delete${query}`, { method: 'POST', headers, body: JSON.stringify(accounts) });
const listed = async (account: string) => {
  const { body } = await specFetch(`${adminUrl}?searchKey=${encodeURIComponent(account)}&limit=100`, { headers: adminHeaders });
  return body.data.some((a: { account: string }) => a.account === account);
};

describe('addCorpAdmin', () => {
  it('makes a user a common administrator, then listed by searchCorpAdmins and shown by showCorpAdmin', async () => {
    expect(await listed('user003')).toBe(false);
    const added = await addAdmin('user003');
    expect([added.status, added.body]).toEqual([200, undefined]);
    expect(await listed('user003')).toBe(true);
    expect((await showAdmin('user003')).body).toMatchObject({ account: 'user003', adminType: 1, dept: { deptCode: '1', deptNamePath: 'Root Department' } });
    expect((await specFetch(`${MEETING}/v1/usg/dcs/corp/member/user003`, { headers: adminHeaders })).body.adminType).toBe(1);
  });

  it('takes a third-party account with accountType=1', async () => {
    expect((await addAdmin('jalvarez', '?accountType=1')).status).toBe(200);
    expect((await showAdmin('jalvarez', '?accountType=1')).body).toMatchObject({ account: 'jose.alvarez', adminType: 1 });
    expect((await addAdmin('jalvarez')).body.error_code).toBe('USG.201040000');
  });

  it('refuses an account that is no user with 400 USG.201040000', async () => {
    const { status, body } = await addAdmin('nobody-here');
    expect([status, body.error_code, body.error_msg]).toEqual([400, 'USG.201040000', 'The user does not exist: no user has the Meeting account "nobody-here".']);
  });

  it('refuses an account that is already an administrator, common or default, with 400 USG.201060000', async () => {
    for (const account of ['test006', 'admin']) {
      const { status, body } = await addAdmin(account);
      expect([status, body.error_code], account).toEqual([400, 'USG.201060000']);
    }
    expect((await addAdmin('test006')).body.error_msg).toBe('The account "test006" is already an enterprise administrator.');
  });

  it('lets only the default administrator add: a common administrator and a member get 403 USG.000000005', async () => {
    const ordinary = { ...english, 'X-Access-Token': ORDINARY_ADMIN_TOKEN };
    expect(directory.users.get('zhang.wei')?.adminType).toBe(1);
    for (const headers of [ordinary, { ...memberHeaders, 'Content-Type': 'application/json' }]) {
      const { status, body } = await addAdmin('user003', '', headers);
      expect([status, body.error_code]).toEqual([403, 'USG.000000005']);
    }
    expect((await addAdmin('user003', '', ordinary)).body.error_msg).toBe("Insufficient permissions: only the enterprise's default administrator may add administrators.");
    expect(await listed('user003')).toBe(false);
  });
});

describe('showCorpAdmin', () => {
  it('shows the default administrator and a common one, with their departments', async () => {
    expect((await showAdmin('admin')).body).toMatchObject({ account: 'admin', adminType: 0, dept: { deptCode: '1', parentDeptCode: null } });
    expect((await showAdmin('test006', '?accountType=0')).body).toMatchObject({ id: 'ff8080816a024f05016a4e1c2c570a5d', account: 'test006', adminType: 1 });
  });

  it('answers an ordinary user, or no user at all, with 400 USG.201040000', async () => {
    for (const account of ['user003', 'nobody-here']) {
      const { status, body } = await showAdmin(account);
      expect([status, body.error_code], account).toEqual([400, 'USG.201040000']);
    }
  });

  it('answers members with 403 USG.000000005 and an accountType other than 0 or 1 with 400 USG.000000001', async () => {
    expect((await showAdmin('admin', '', memberHeaders)).body.error_code).toBe('USG.000000005');
    expect((await showAdmin('admin', '?accountType=7')).body.error_code).toBe('USG.000000001');
  });
});

describe('batchDeleteCorpAdmins', () => {
  it('takes the role from every account listed; they stay users and leave the administrator lists', async () => {
    expect(directory.setAdminType(['user003'], 1).ok).toBe(true);
    const { status, body } = await deleteAdmins(['test006', 'user003', 'test006']);
    expect([status, body]).toEqual([200, undefined]);
    for (const account of ['test006', 'user003']) {
      expect(await listed(account)).toBe(false);
      expect((await showAdmin(account)).body.error_code).toBe('USG.201040000');
      expect(directory.users.get(account)?.adminType).toBe(2);
    }
  });

  it('deletes all or nothing: an account that is no administrator fails the batch with 400 USG.201040000', async () => {
    const { status, body } = await deleteAdmins(['test006', 'user003']);
    expect([status, body.error_code, body.error_msg]).toEqual([400, 'USG.201040000', 'The user does not exist: no enterprise administrator has the account "user003".']);
    expect(await listed('test006')).toBe(true);
  });

  it('refuses the default administrator with 400 USG.201060001 and deletes no one', async () => {
    const { status, body } = await deleteAdmins(['test006', 'admin']);
    expect([status, body.error_code]).toEqual([400, 'USG.201060001']);
    expect(body.error_msg).toContain('"admin" is the default administrator');
    expect(await listed('test006')).toBe(true);
  });

  it('takes third-party accounts with accountType=1', async () => {
    expect((await deleteAdmins(['zhangwei-ext-001'], '?accountType=1')).status).toBe(200);
    expect(await listed('zhang.wei')).toBe(false);
  });

  it('takes 1 to 100 accounts (400 USG.000000001 otherwise) from administrators only (403 USG.000000005)', async () => {
    expect((await deleteAdmins([])).body.error_code).toBe('USG.000000001');
    expect((await deleteAdmins(Array.from({ length: 101 }, (_, i) => `a${i}`))).body.error_code).toBe('USG.000000001');
    expect((await deleteAdmins(['test006'], '', { ...memberHeaders, 'Content-Type': 'application/json' })).body.error_code).toBe('USG.000000005');
    expect(await listed('test006')).toBe(true);
  });

  it('answers in Chinese by default', async () => {
    const { body } = await deleteAdmins(['admin'], '', { ...adminHeaders, 'Content-Type': 'application/json' });
    expect(body.error_msg).toBe('账号 "admin" 是默认管理员，不能取消其管理员身份；本次未删除任何管理员。');
  });
});

describe('routes of the administrator operations', () => {
  const routes = compileRoutes({ meetingBaseUrl: MEETING, bssBaseUrl: '*' });
  const routed = (method: string, path: string) => {
    const match = matchRoute(routes, method, `${MEETING}${path}`);
    return match && { operationId: match.route.operationId, params: match.params };
  };

  it('sends POST /admin/delete to batchDeleteCorpAdmins, GET /admin/{account} to showCorpAdmin, POST /admin to addCorpAdmin', () => {
    expect(routed('POST', '/v1/usg/dcs/corp/admin/delete')).toEqual({ operationId: 'batchDeleteCorpAdmins', params: {} });
    expect(routed('GET', '/v1/usg/dcs/corp/admin/test006')).toEqual({ operationId: 'showCorpAdmin', params: { account: 'test006' } });
    expect(routed('POST', '/v1/usg/dcs/corp/admin')?.operationId).toBe('addCorpAdmin');
    // "delete" read with GET is an account, as the vendor's paths read.
    expect(routed('GET', '/v1/usg/dcs/corp/admin/delete')).toEqual({ operationId: 'showCorpAdmin', params: { account: 'delete' } });
  });

  it('answers POST /admin/delete as the batch delete over HTTP, not as a 405 of the account path', async () => {
    const response = await fetch(`${adminUrl}/delete`, { method: 'POST', headers: english, body: '["no.such.admin"]' });
    expect(response.status).toBe(400);
    expect((await response.json()).error_code).toBe('USG.201040000');
  });
});
