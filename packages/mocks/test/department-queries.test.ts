// showDepartment, showDeptAndChildDept and searchDepartmentByName over setupServer.
import { beforeEach, describe, expect, it } from 'vitest';
import { adminHeaders, MEETING, memberHeaders, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

const { directory } = useMockServer({ seed: 29, size: 10 }, { validateResponses: true });

const english = { ...adminHeaders, 'Accept-Language': 'en-US' };
const showDept = (code: string, headers: Record<string, string> = english) => specFetch(`${MEETING}/v1/usg/abs/departments/${encodeURIComponent(code)}`, { headers });
const deptTree = (code: string, headers: Record<string, string> = english) => specFetch(`${MEETING}/v1/usg/dcs/member/dept/${encodeURIComponent(code)}`, { headers });
const byName = (query: string, headers: Record<string, string> = english) => specFetch(`${MEETING}/v1/usg/dcs/member/dept${query}`, { headers });

/** Under the root: q-rd (R&D) > q-rd-sh (R&D Shanghai), q-sales (Sales), added in that order; sequence numbers put Sales first. */
beforeEach(async () => {
  for (const [deptCode, deptName, parentDeptCode, sortLevel] of [
    ['q-rd', 'R&D', '1', 5],
    ['q-rd-sh', 'R&D Shanghai', 'q-rd', 1],
    ['q-sales', 'Sales', '1', 2],
  ] as const) {
    const body = JSON.stringify({ deptCode, deptName, parentDeptCode, sortLevel });
    expect((await specFetch(`${MEETING}/v1/usg/dcs/corp/dept`, { method: 'POST', headers: { ...adminHeaders, 'Content-Type': 'application/json' }, body })).status).toBe(200);
  }
});

describe('showDepartment', () => {
  it('shows a department and its direct sub-departments, a smaller sortLevel first', async () => {
    const { status, body } = await showDept('1');
    expect(status).toBe(200);
    expect(body).toMatchObject({ deptCode: '1', deptName: 'Root Department', isLeafNodes: false });
    const codes = body.childDepts.map((d: { deptCode: string }) => d.deptCode);
    expect(codes.indexOf('q-sales')).toBeLessThan(codes.indexOf('q-rd'));
    expect(body.childDepts).toContainEqual({ deptCode: 'q-rd', deptName: 'R&D', isLeafNodes: false });
    expect(body.childDepts).toContainEqual({ deptCode: 'q-sales', deptName: 'Sales', isLeafNodes: true });
  });

  it('shows a leaf department with no sub-departments', async () => {
    expect((await showDept('q-sales')).body).toEqual({ deptCode: 'q-sales', deptName: 'Sales', isLeafNodes: true, childDepts: [] });
  });

  it('is open to members who are not administrators', async () => {
    expect((await showDept('q-rd', memberHeaders)).status).toBe(200);
  });

  it('answers an unknown code with 400 USG.201050000 and a code longer than 32 characters with USG.000000001', async () => {
    const unknown = await showDept('nowhere');
    expect([unknown.status, unknown.body.error_code, unknown.body.error_msg]).toEqual([400, 'USG.201050000', 'The department "nowhere" does not exist.']);
    expect((await showDept('x'.repeat(33))).body.error_code).toBe('USG.000000001');
  });
});

describe('showDeptAndChildDept', () => {
  it('shows the department with its place in the tree and its level-1 sub-departments', async () => {
    const { body } = await deptTree('q-rd');
    expect(body).toMatchObject({
      corpId: directory.enterprise.id,
      deptCode: 'q-rd',
      deptCodePath: '1/q-rd',
      deptLevel: 2,
      deptNamePath: 'Root Department/R&D',
      parentDeptCode: '1',
      isLeafNode: false,
      sortLevel: 5,
    });
    expect(body.childDepts).toEqual([
      expect.objectContaining({ deptCode: 'q-rd-sh', deptCodePath: '1/q-rd/q-rd-sh', deptLevel: 3, deptNamePath: 'Root Department/R&D/R&D Shanghai', isLeafNode: true, parentDeptCode: 'q-rd' }),
    ]);
  });

  it('shows the root department with no parent at level 1', async () => {
    expect((await deptTree('1')).body).toMatchObject({ deptCode: '1', deptCodePath: '1', deptLevel: 1, parentDeptCode: null, deptNamePath: 'Root Department' });
  });

  it('answers an unknown code with 400 USG.201050000 and members with 403 USG.000000005', async () => {
    expect((await deptTree('nowhere')).body.error_code).toBe('USG.201050000');
    expect((await deptTree('q-rd', memberHeaders)).body.error_code).toBe('USG.000000005');
  });
});

describe('searchDepartmentByName', () => {
  it('finds every department whose name contains the text, ignoring case, as a plain array', async () => {
    const { status, body } = await byName('?deptName=r%26d');
    expect(status).toBe(200);
    expect(body.map((d: { deptCode: string }) => d.deptCode)).toEqual(['q-rd', 'q-rd-sh']);
    expect(body[1]).toMatchObject({ deptName: 'R&D Shanghai', deptLevel: 3, deptCodePath: '1/q-rd/q-rd-sh' });
  });

  it('finds a department added, not one deleted, and a renamed one by its new name', async () => {
    expect(directory.addDepartment({ deptCode: 'q-new', deptName: '研发二部' }).ok).toBe(true);
    expect((await byName('?deptName=研发')).body.map((d: { deptCode: string }) => d.deptCode)).toContain('q-new');
    expect(directory.deleteDepartment('q-new').ok).toBe(true);
    expect((await byName('?deptName=研发二部')).body).toEqual([]);
    expect(directory.updateDepartment('q-sales', { deptName: 'Ventes' }).ok).toBe(true);
    expect((await byName('?deptName=ventes')).body.map((d: { deptCode: string }) => d.deptCode)).toEqual(['q-sales']);
    expect((await byName('?deptName=Sales')).body).toEqual([]);
  });

  it('answers an empty array when nothing matches', async () => {
    expect((await byName('?deptName=no-such-department')).body).toEqual([]);
  });

  it('requires deptName of 1 to 128 characters (400 USG.000000001) and an administrator (403 USG.000000005)', async () => {
    for (const query of ['', '?deptName=', `?deptName=${'x'.repeat(129)}`]) expect((await byName(query)).body.error_code, query).toBe('USG.000000001');
    expect((await byName('?deptName=R', memberHeaders)).body.error_code).toBe('USG.000000005');
  });
});
