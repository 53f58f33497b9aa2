// A renamed or moved department changes deptNamePath everywhere it is read: its sub-departments
// (showDeptAndChildDept, searchDepartmentByName), its members (showUserDetail, the legacy search)
// and its administrators (searchCorpAdmins, showCorpAdmin).
import { beforeEach, describe, expect, it } from 'vitest';
import { adminHeaders, legacyHeaders, MEETING, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

const { directory } = useMockServer({ seed: 23, size: 10 }, { validateResponses: true });

const json = { ...adminHeaders, 'Content-Type': 'application/json' };
const addDept = (body: unknown) => specFetch(`${MEETING}/v1/usg/dcs/corp/dept`, { method: 'POST', headers: json, body: JSON.stringify(body) });
const updateDept = (code: string, body: unknown) => specFetch(`${MEETING}/v1/usg/dcs/corp/dept/${code}`, { method: 'PUT', headers: json, body: JSON.stringify(body) });
const deptTree = async (code: string) => (await specFetch(`${MEETING}/v1/usg/dcs/member/dept/${code}`, { headers: adminHeaders })).body;
const byName = async (name: string) => (await specFetch(`${MEETING}/v1/usg/dcs/member/dept?deptName=${encodeURIComponent(name)}`, { headers: adminHeaders })).body;
const userDetail = async (account: string) => (await specFetch(`${MEETING}/v1/usg/dcs/corp/member/${account}`, { headers: adminHeaders })).body;
const legacyFind = async (account: string) => {
  const { body } = await specFetch(`${MEETING}/rest/usg/datacenter/v1/corp/member/search`, { method: 'POST', headers: { ...legacyHeaders, 'Content-Type': 'application/json' }, body: JSON.stringify({ condition: account }) });
  return body.data.data.find((u: { userAccount: string }) => u.userAccount === account);
};
const adminListed = async (account: string) => {
  const { body } = await specFetch(`${MEETING}/v1/usg/dcs/corp/admin?searchKey=${account}`, { headers: adminHeaders });
  return body.data.find((a: { account: string }) => a.account === account);
};
const adminShown = async (account: string) => (await specFetch(`${MEETING}/v1/usg/dcs/corp/admin/${account}`, { headers: adminHeaders })).body;

/** The tree Root Department > 研发部 (rd) > Cloud (rd-cloud) > Équipe Paris (rd-paris), and Ventas (sales); a member and an administrator in rd-paris. */
beforeEach(async () => {
  for (const body of [
    { deptCode: 'rd', deptName: '研发部' },
    { deptCode: 'rd-cloud', deptName: 'Cloud', parentDeptCode: 'rd' },
    { deptCode: 'rd-paris', deptName: 'Équipe Paris', parentDeptCode: 'rd-cloud' },
    { deptCode: 'sales', deptName: 'Ventas' },
  ]) {
    expect((await addDept(body)).status).toBe(200);
  }
  for (const user of [
    { userAccount: 'zoe.martin', name: 'Zoë Martin', deptCode: 'rd-paris', email: 'zoe.martin@example.com' },
    { userAccount: 'lin.admin', name: '林管理', deptCode: 'rd-paris', email: 'lin.admin@example.com', adminType: 1 as const },
  ]) {
    const added = directory.addUser(user);
    if (!added.ok) throw new Error(added.message);
  }
});

/** deptNamePath of rd-paris as every read shows it. */
async function parisPathEverywhere(): Promise<string[]> {
  const found = (await byName('Équipe')).find((d: { deptCode: string }) => d.deptCode === 'rd-paris');
  return [
    (await deptTree('rd-paris')).deptNamePath,
    found.deptNamePath,
    (await userDetail('zoe.martin')).deptNamePath,
    (await legacyFind('zoe.martin')).deptNamePath,
    (await adminListed('lin.admin')).dept.deptNamePath,
    (await adminShown('lin.admin')).dept.deptNamePath,
  ];
}

describe('deptNamePath after a rename or a move', () => {
  it('starts as the names from the root down', async () => {
    expect(new Set(await parisPathEverywhere())).toEqual(new Set(['Root Department/研发部/Cloud/Équipe Paris']));
  });

  it('follows a rename of an ancestor into sub-departments, members and administrators', async () => {
    expect((await updateDept('rd', { deptName: 'R&D' })).status).toBe(200);
    expect(new Set(await parisPathEverywhere())).toEqual(new Set(['Root Department/R&D/Cloud/Équipe Paris']));
    expect((await deptTree('rd-cloud')).deptNamePath).toBe('Root Department/R&D/Cloud');
  });

  it('follows a move of an ancestor, with the codes path and level', async () => {
    expect((await updateDept('rd-cloud', { parentDeptCode: 'sales' })).status).toBe(200);
    expect(new Set(await parisPathEverywhere())).toEqual(new Set(['Root Department/Ventas/Cloud/Équipe Paris']));
    expect(await deptTree('rd-paris')).toMatchObject({ deptCodePath: '1/sales/rd-cloud/rd-paris', deptLevel: 4 });
    expect((await deptTree('rd')).childDepts).toEqual([]);
    expect((await deptTree('sales')).childDepts.map((d: { deptCode: string }) => d.deptCode)).toEqual(['rd-cloud']);
    expect((await userDetail('zoe.martin')).deptCode).toBe('rd-paris');
  });

  it('follows a rename of the root department itself', async () => {
    expect((await updateDept('1', { deptName: 'Acme' })).status).toBe(200);
    expect(new Set(await parisPathEverywhere())).toEqual(new Set(['Acme/研发部/Cloud/Équipe Paris']));
  });

  it('keeps every path when a refused move changes nothing', async () => {
    expect((await updateDept('rd', { deptName: 'Gone', parentDeptCode: 'rd-paris' })).body.error_code).toBe('USG.201050005');
    expect(new Set(await parisPathEverywhere())).toEqual(new Set(['Root Department/研发部/Cloud/Équipe Paris']));
  });
});
