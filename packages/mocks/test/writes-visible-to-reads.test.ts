// Every read operation sees every write of the store at once: the next request after a write
// answers from the written state, through a real setupServer.
import { describe, expect, it } from 'vitest';
import { adminHeaders, BSS, bssHeaders, legacyHeaders, MEETING, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

const { directory } = useMockServer({ seed: 23, size: 80 });

const legacy = async (body: Record<string, unknown>) => {
  const { body: answer } = await specFetch(`${MEETING}/rest/usg/datacenter/v1/corp/member/search`, {
    method: 'POST',
    headers: { ...legacyHeaders, 'Content-Type': 'application/json' },
    body: JSON.stringify({ pageSize: 1000, ...body }),
  });
  return answer.data as { totalCount: number; data: { userAccount: string; deptNamePath: string | null; status: number }[] };
};
const accountsOf = (page: { data: { userAccount: string }[] }) => page.data.map((u) => u.userAccount);
const admins = async (query = '') => (await specFetch(`${MEETING}/v1/usg/dcs/corp/admin?limit=500${query}`, { headers: adminHeaders })).body as { count: number; data: { account: string; dept: { deptNamePath: string } | null }[] };
const detail = (account: string) => specFetch(`${MEETING}/v1/usg/dcs/corp/member/${encodeURIComponent(account)}`, { headers: adminHeaders });

function ok<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('writes seen by the next request', () => {
  it('lists an added user in the next search, under its department', async () => {
    const dept = ok(directory.addDepartment({ deptCode: 'qa-1', deptName: 'Qualität' }));
    const user = ok(directory.addUser({ name: 'Zoë Ångström', userAccount: 'zoe.angstrom', deptCode: dept.deptCode }));
    const found = await legacy({ condition: 'ångström' });
    expect(accountsOf(found)).toEqual([user.userAccount]);
    expect(found.data[0]?.deptNamePath).toBe('Root Department/Qualität');
    expect(accountsOf(await legacy({ deptCode: 'qa-1' }))).toEqual([user.userAccount]);
    expect((await detail('zoe.angstrom')).body).toMatchObject({ name: 'Zoë Ångström', deptCode: 'qa-1', deptName: 'Qualität' });
  });

  it('drops deleted users from searches and details at once', async () => {
    const before = (await legacy({})).totalCount;
    ok(directory.deleteUsers(['user003', 'jose.alvarez']));
    const after = await legacy({});
    expect(after.totalCount).toBe(before - 2);
    expect(accountsOf(after)).not.toContain('user003');
    const { status, body } = await detail('user003');
    expect(status).toBe(400);
    expect(body.error_code).toBe('USG.201040000');
  });

  it('filters by a changed status at once', async () => {
    const disabledBefore = accountsOf(await legacy({ status: 1 }));
    expect(disabledBefore).not.toContain('zhang.wei');
    ok(directory.setUserStatus(['zhang.wei'], 1));
    expect(accountsOf(await legacy({ status: 1 }))).toContain('zhang.wei');
    expect(accountsOf(await legacy({ status: 0 }))).not.toContain('zhang.wei');
  });

  it('lists a new administrator and forgets a former one', async () => {
    ok(directory.setAdminType(['user003'], 1));
    expect((await admins()).data.map((a) => a.account)).toContain('user003');
    ok(directory.setAdminType(['zhang.wei', 'user003'], 2));
    const after = (await admins()).data.map((a) => a.account);
    expect(after).not.toContain('user003');
    expect(after).not.toContain('zhang.wei');
    expect((await admins('&searchKey=user003')).count).toBe(0);
  });

  it('shows a renamed department in the paths of its members and of its sub-departments’ members', async () => {
    ok(directory.addDepartment({ deptCode: 'top', deptName: 'Ventas' }));
    ok(directory.addDepartment({ deptCode: 'sub', deptName: 'Europe', parentDeptCode: 'top' }));
    ok(directory.setAdminType([ok(directory.addUser({ name: 'Admin in sub', userAccount: 'sub.admin', deptCode: 'sub' })).userAccount], 1));
    ok(directory.updateDepartment('top', { deptName: 'Sales' }));
    expect((await legacy({ condition: 'sub.admin' })).data[0]?.deptNamePath).toBe('Root Department/Sales/Europe');
    expect((await admins('&searchKey=sub.admin')).data[0]?.dept?.deptNamePath).toBe('Root Department/Sales/Europe');
    expect((await detail('sub.admin')).body.deptNamePath).toBe('Root Department/Sales/Europe');
  });

  it('answers subtree searches from the tree as moved', async () => {
    ok(directory.addDepartment({ deptCode: 'left', deptName: 'Left' }));
    ok(directory.addDepartment({ deptCode: 'right', deptName: 'Right' }));
    ok(directory.addDepartment({ deptCode: 'leaf', deptName: 'Leaf', parentDeptCode: 'left' }));
    const member = ok(directory.addUser({ name: 'Moved', deptCode: 'leaf' }));
    expect(accountsOf(await legacy({ deptCode: 'left' }))).toEqual([member.userAccount]);
    ok(directory.updateDepartment('leaf', { parentDeptCode: 'right' }));
    expect(accountsOf(await legacy({ deptCode: 'left' }))).toEqual([]);
    expect(accountsOf(await legacy({ deptCode: 'right' }))).toEqual([member.userAccount]);
    expect(accountsOf(await legacy({ deptCode: 'right', enableSubDept: false }))).toEqual([]);
  });

  it('lists a member account added to the store in the BSS list', async () => {
    ok(directory.subCustomers.tryAdd({ name: 'team_lead_0001', display_name: 'Équipe Lyon', org_id: '65419' }));
    const { body } = await specFetch(`${BSS}/v2/enterprises/multi-accounts/sub-customers?limit=100&sub_customer_display_name=${encodeURIComponent('équipe')}&fuzzy_query=1`, { headers: bssHeaders });
    expect(body.sub_customer_infos).toEqual([expect.objectContaining({ name: 'team_lead_0001', org_id: '65419', org_name: 'Level-1 organization' })]);
  });
});
