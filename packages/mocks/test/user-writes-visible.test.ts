import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCredentials } from '@hwcloud-directory/mocks';
import { startMockServer, type MockServer } from '../src/node.js';
import { adminHeaders, legacyHeaders, MEETING, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

/** The reads that must see every write, against one origin. */
function reads(origin: string) {
  const get = (path: string) => specFetch(`${origin}${path}`, { headers: adminHeaders });
  const post = (path: string, body: unknown, headers: Record<string, string> = adminHeaders) =>
    specFetch(`${origin}${path}`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return {
    /** Each read's view of one user, found by a search key unique to them: null where absent. */
    async of(account: string, id: string) {
      const key = encodeURIComponent(account);
      const [users, corpDir, detail, legacy, admins, batch] = await Promise.all([
        get(`/v1/usg/dcs/corp/member?searchKey=${key}&limit=500`),
        get(`/v1/usg/abs/users?searchKey=${key}&limit=500`),
        get(`/v1/usg/dcs/corp/member/${key}`),
        post('/rest/usg/datacenter/v1/corp/member/search', { condition: account, pageSize: 500 }, legacyHeaders),
        get(`/v1/usg/dcs/corp/admin?searchKey=${key}&limit=500`),
        post('/v1/usg/abs/users/list', [{ id }]),
      ]);
      const own = <T extends Record<string, unknown>>(items: T[], field: string) => items.find((item) => item[field] === account) ?? null;
      return {
        searchUsers: own(users.body.data, 'userAccount'),
        searchCorpDir: own(corpDir.body.data, 'account'),
        showUserDetail: detail.status === 200 ? detail.body : null,
        legacy: own(legacy.body.data.data, 'userAccount'),
        searchCorpAdmins: own(admins.body.data, 'account'),
        batchShowUserDetails: batch.body[0].statusCode === 0 ? batch.body[0] : null,
      };
    },
    add: (body: unknown) => post('/v1/usg/dcs/corp/member', body),
    makeAdmin: (account: string) => post('/v1/usg/dcs/corp/admin', { account }),
    update: (account: string, body: unknown) =>
      specFetch(`${origin}/v1/usg/dcs/corp/member/${encodeURIComponent(account)}`, { method: 'PUT', headers: { ...adminHeaders, 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    batch: (method: string, path: string, accounts: string[]) =>
      specFetch(`${origin}/v1/usg/dcs/corp/member${path}`, { method, headers: { ...adminHeaders, 'Content-Type': 'application/json' }, body: JSON.stringify(accounts) }),
  };
}

describe('user writes through MSW', () => {
  const { directory } = useMockServer({ seed: 31, size: 40 }, { validateResponses: true });
  const api = reads(MEETING);

  it('shows an added user in every read, and in the administrators once made one', async () => {
    const added = await api.add({ name: 'Ada Lovelace', account: 'ada.lovelace', email: 'ada@example.com' });
    expect(added.status).toBe(200);
    const seen = await api.of('ada.lovelace', added.body.id);
    expect(seen).toMatchObject({
      searchUsers: { name: 'Ada Lovelace' },
      searchCorpDir: { name: 'Ada Lovelace' },
      showUserDetail: { name: 'Ada Lovelace' },
      legacy: { name: 'Ada Lovelace' },
      searchCorpAdmins: null,
      batchShowUserDetails: { name: 'Ada Lovelace' },
    });
    expect((await api.makeAdmin('ada.lovelace')).status).toBe(200);
    expect((await api.of('ada.lovelace', added.body.id)).searchCorpAdmins).toMatchObject({ name: 'Ada Lovelace', adminType: 1 });
  });

  it('shows an update in every read: the new name, department and path', async () => {
    const dept = directory.departments.all()[3] as { deptCode: string; deptName: string; deptNamePath: string };
    const updated = await api.update('zhang.wei', { name: '张伟伟', deptCode: dept.deptCode });
    expect(updated.status).toBe(200);
    const seen = await api.of('zhang.wei', updated.body.id);
    expect(seen.searchUsers).toMatchObject({ name: '张伟伟', deptCode: dept.deptCode, deptNamePath: dept.deptNamePath });
    expect(seen.searchCorpDir).toMatchObject({ name: '张伟伟', deptName: dept.deptName, deptCodes: [dept.deptCode] });
    expect(seen.showUserDetail).toMatchObject({ name: '张伟伟', deptNamePath: dept.deptNamePath });
    expect(seen.legacy).toMatchObject({ name: '张伟伟', deptNamePath: dept.deptNamePath });
    expect(seen.searchCorpAdmins).toMatchObject({ name: '张伟伟', dept: { deptCode: dept.deptCode } });
    expect(seen.batchShowUserDetails).toMatchObject({ name: '张伟伟', deptName: dept.deptName });
  });

  it('shows a renamed department in the path of its members', async () => {
    const user = directory.users.get('zhang.wei');
    const renamed = directory.updateDepartment(user?.deptCode as string, { deptName: 'Renamed Dept' });
    if (!renamed.ok) throw new Error(renamed.message);
    const seen = await api.of('zhang.wei', user?.id as string);
    expect(seen.searchUsers?.deptNamePath).toBe(renamed.value.deptNamePath);
    expect(seen.legacy?.deptNamePath).toBe(renamed.value.deptNamePath);
    expect(seen.searchCorpDir?.deptName).toBe('Renamed Dept');
  });

  it('shows a status change in every read', async () => {
    expect((await api.batch('PUT', '/status/1', ['zhang.wei'])).status).toBe(200);
    const seen = await api.of('zhang.wei', directory.users.get('zhang.wei')?.id as string);
    expect([seen.searchUsers?.status, seen.showUserDetail?.status, seen.legacy?.status]).toEqual([1, 1, 1]);
  });

  it('finds a deleted user in no read', async () => {
    const id = directory.users.get('zhang.wei')?.id as string;
    expect((await api.batch('POST', '/delete', ['zhang.wei'])).status).toBe(200);
    expect(await api.of('zhang.wei', id)).toEqual({ searchUsers: null, searchCorpDir: null, showUserDetail: null, legacy: null, searchCorpAdmins: null, batchShowUserDetails: null });
  });
});

describe('user writes over the standalone server on a real socket', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ seed: 31, size: 40, handlerOptions: { validateResponses: true } });
  });
  afterAll(() => server.close());

  it('adds, changes, disables and deletes a user, each visible to the next request', async () => {
    const api = reads(server.url);
    const added = await api.add({ name: 'Grace Hopper', account: 'grace.hopper', phone: '+15550100', country: 'usa', thirdAccount: 'ghopper' });
    expect(added.status).toBe(200);
    expect((await api.of('grace.hopper', added.body.id)).searchCorpDir).toMatchObject({ name: 'Grace Hopper' });
    expect((await api.update('grace.hopper', { title: 'Rear Admiral' })).body.title).toBe('Rear Admiral');
    expect((await api.of('grace.hopper', added.body.id)).searchUsers).toMatchObject({ title: 'Rear Admiral' });
    expect((await api.batch('PUT', '/status/1?accountType=1', ['ghopper'])).status).toBe(200);
    expect((await api.of('grace.hopper', added.body.id)).showUserDetail).toMatchObject({ status: 1 });
    const duplicate = await api.add({ name: 'Grace Again', account: 'grace.hopper', email: 'g@example.com' });
    expect(duplicate.body.error_code).toBe('USG.201040001');
    expect((await api.batch('POST', '/delete', ['grace.hopper'])).status).toBe(200);
    expect((await api.of('grace.hopper', added.body.id)).showUserDetail).toBeNull();
    expect(server.directory.users.has(testCredentials.admin.account)).toBe(true);
  });
});
