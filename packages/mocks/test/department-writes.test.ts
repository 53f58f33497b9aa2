// addDepartment, updateDepartment and deleteDepartment over setupServer: the rules of
// `x-department-tree`, each refusal with the spec's status, code and Meeting's error body.
import { describe, expect, it } from 'vitest';
import { DEPARTMENT_TREE } from '../src/operations/department-tree.js';
import { adminHeaders, MEETING, memberHeaders, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

const { directory } = useMockServer({ seed: 21, size: 10 }, { validateResponses: true });

const english = { ...adminHeaders, 'Accept-Language': 'en-US', 'Content-Type': 'application/json' };
const deptUrl = (code?: string) => `${MEETING}/v1/usg/dcs/corp/dept${code === undefined ? '' : `/${encodeURIComponent(code)}`}`;
const addDept = (body: unknown, headers: Record<string, string> = english) => specFetch(deptUrl(), { method: 'POST', headers, body: JSON.stringify(body) });
const updateDept = (code: string, body: unknown, headers: Record<string, string> = english) => specFetch(deptUrl(code), { method: 'PUT', headers, body: JSON.stringify(body) });
const deleteDept = (code: string, headers: Record<string, string> = english) => specFetch(deptUrl(code), { method: 'DELETE', headers });
const deptTree = (code: string) => specFetch(`${MEETING}/v1/usg/dcs/member/dept/${encodeURIComponent(code)}`, { headers: english });

/** Adds departments through the store (set-up, not under test), each under the previous one when `chain`. */
function addThroughStore(codes: readonly string[], parentDeptCode: string, chain = false): void {
  let parent = parentDeptCode;
  for (const deptCode of codes) {
    const added = directory.addDepartment({ deptCode, deptName: `Dept ${deptCode}`, parentDeptCode: parent });
    if (!added.ok) throw new Error(added.message);
    if (chain) parent = deptCode;
  }
}

const codes = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

describe('adding a department', () => {
  it('adds it under the root by default and answers its code; the settings sent are kept', async () => {
    const added = await addDept({ deptCode: 's4f', deptName: 'R&D', note: 'Product development', sortLevel: 1, inPermission: 'OPEN', outPermission: 'SELF_AND_CHILD_DEPARTMENT' });
    expect([added.status, added.body]).toEqual([200, { value: 's4f' }]);
    expect((await deptTree('s4f')).body).toMatchObject({
      deptCode: 's4f',
      deptName: 'R&D',
      parentDeptCode: '1',
      deptCodePath: '1/s4f',
      deptLevel: 2,
      deptNamePath: 'Root Department/R&D',
      note: 'Product development',
      sortLevel: 1,
      inPermission: 'OPEN',
      outPermission: 'SELF_AND_CHILD_DEPARTMENT',
      designatedOutDeptCodes: null,
      isLeafNode: true,
      childDepts: [],
    });
  });

  it('generates a code that is free when none is sent', async () => {
    const first = await addDept({ deptName: 'Sales' });
    const second = await addDept({ deptName: 'Sales' });
    expect(first.status).toBe(200);
    expect(second.body.value).not.toBe(first.body.value);
    expect((await deptTree(first.body.value)).body).toMatchObject({ deptName: 'Sales', parentDeptCode: '1', inPermission: 'UNLIMITED', outPermission: 'UNLIMITED', note: null });
  });

  it('generates a code of at most 32 characters under a parent whose code is 32 characters long', async () => {
    const long = 'p'.repeat(32);
    expect((await addDept({ deptCode: long, deptName: 'Long code' })).status).toBe(200);
    const { body } = await addDept({ deptName: 'Child', parentDeptCode: long });
    expect(body.value.length).toBeLessThanOrEqual(32);
    expect((await deptTree(body.value)).body).toMatchObject({ parentDeptCode: long, deptCodePath: `1/${long}/${body.value}` });
  });

  it('names the designated departments while outPermission is DESIGNATED_DEPARTMENT, and only then', async () => {
    await addDept({ deptCode: 's4f', deptName: 'R&D' });
    await addDept({ deptCode: 'audit', deptName: 'Internal Audit', parentDeptCode: 's4f', outPermission: 'DESIGNATED_DEPARTMENT', designatedOutDeptCodes: ['1', 's4f'] });
    expect((await deptTree('audit')).body.designatedOutDeptCodes).toEqual([
      { id: '1', mark: 'Root Department' },
      { id: 's4f', mark: 'R&D' },
    ]);
    expect((await updateDept('audit', { outPermission: 'UNLIMITED' })).status).toBe(200);
    expect((await deptTree('audit')).body.designatedOutDeptCodes).toBeNull();
  });

  it('refuses a parent that does not exist with 400 USG.201050000 and adds nothing', async () => {
    const before = directory.departments.size;
    const { status, body } = await addDept({ deptCode: 'orphan', deptName: 'Orphan', parentDeptCode: 'nowhere' });
    expect([status, body.error_code]).toEqual([400, DEPARTMENT_TREE.errors.notFound]);
    expect(body.error_msg).toContain('"nowhere"');
    expect(directory.departments.size).toBe(before);
  });

  it('refuses a code already used in the enterprise with 400 USG.201050001, under any parent', async () => {
    await addDept({ deptCode: 's4f', deptName: 'R&D' });
    await addDept({ deptCode: 'ops', deptName: 'Ops' });
    const { status, body } = await addDept({ deptCode: 's4f', deptName: 'Other', parentDeptCode: 'ops' });
    expect([status, body.error_code]).toEqual([400, DEPARTMENT_TREE.errors.codeExists]);
    expect(body.error_msg).toBe('The department code "s4f" is already used in the enterprise; send another code or leave deptCode out.');
    expect(directory.departments.get('s4f')?.deptName).toBe('R&D');
  });

  it('refuses fields out of their documented range with 400 USG.000000001', async () => {
    for (const body of [{ deptName: '' }, { deptName: 'x'.repeat(129) }, { deptName: 'A', deptCode: 'c'.repeat(33) }, { deptName: 'A', sortLevel: 0 }, { deptName: 'A', inPermission: 'CLOSE' }, { deptCode: 'nameless' }]) {
      const answer = await addDept(body);
      expect([answer.status, answer.body.error_code], JSON.stringify(body)).toEqual([400, 'USG.000000001']);
    }
  });

  it('refuses a 101st sub-department of one department with 400 USG.201050004', async () => {
    addThroughStore(['wide'], '1');
    addThroughStore(codes('w', DEPARTMENT_TREE.maxChildren), 'wide');
    const { status, body } = await addDept({ deptName: 'One too many', parentDeptCode: 'wide' });
    expect([status, body.error_code]).toEqual([400, DEPARTMENT_TREE.errors.limitReached]);
    expect(body.error_msg).toBe('The department "wide" already has 100 sub-departments, the most one department may have.');
    expect((await addDept({ deptName: 'Room elsewhere', parentDeptCode: 'w1' })).status).toBe(200);
  });

  it('refuses a department more than 10 levels below the root with 400 USG.201050004', async () => {
    addThroughStore(codes('L', DEPARTMENT_TREE.maxLevels), '1', true);
    expect((await deptTree('L10')).body.deptLevel).toBe(DEPARTMENT_TREE.maxLevels + 1);
    const { status, body } = await addDept({ deptName: 'Too deep', parentDeptCode: 'L10' });
    expect([status, body.error_code]).toEqual([400, DEPARTMENT_TREE.errors.limitReached]);
    expect(body.error_msg).toContain('more than 10 levels');
    expect((await addDept({ deptName: 'Deep enough', parentDeptCode: 'L9' })).status).toBe(200);
  });

  it('refuses a department past the 10,000 of an enterprise with 400 USG.201050004', async () => {
    let group = 0;
    while (directory.departments.size < DEPARTMENT_TREE.maxDepartments) {
      const room = Math.min(DEPARTMENT_TREE.maxChildren - 1, DEPARTMENT_TREE.maxDepartments - directory.departments.size - 1);
      addThroughStore([`g${++group}`], '1');
      addThroughStore(codes(`g${group}-`, room), `g${group}`);
    }
    expect(directory.departments.size).toBe(DEPARTMENT_TREE.maxDepartments);
    const { status, body } = await addDept({ deptName: 'Ten thousand and one', parentDeptCode: 'g1' });
    expect([status, body.error_code]).toEqual([400, DEPARTMENT_TREE.errors.limitReached]);
    expect(body.error_msg).toBe('The enterprise already has 10000 departments, the most it may have.');
  });
});

describe('modifying a department', () => {
  it('changes the fields sent and keeps the others', async () => {
    await addDept({ deptCode: 's4f', deptName: 'R&D', note: 'Product development', sortLevel: 3 });
    expect((await updateDept('s4f', { sortLevel: 1, inPermission: 'OPEN' })).status).toBe(200);
    expect((await deptTree('s4f')).body).toMatchObject({ deptName: 'R&D', note: 'Product development', sortLevel: 1, inPermission: 'OPEN', parentDeptCode: '1' });
  });

  it('refuses an unknown department or new parent with 400 USG.201050000', async () => {
    expect((await updateDept('nowhere', { deptName: 'X' })).body.error_code).toBe(DEPARTMENT_TREE.errors.notFound);
    await addDept({ deptCode: 's4f', deptName: 'R&D' });
    const { status, body } = await updateDept('s4f', { parentDeptCode: 'nowhere' });
    expect([status, body.error_code]).toEqual([400, DEPARTMENT_TREE.errors.notFound]);
    expect(directory.departments.get('s4f')?.parentDeptCode).toBe('1');
  });

  it('refuses to move the root department with 400 USG.201050003', async () => {
    await addDept({ deptCode: 's4f', deptName: 'R&D' });
    const { status, body } = await updateDept('1', { parentDeptCode: 's4f' });
    expect([status, body.error_code]).toEqual([400, DEPARTMENT_TREE.errors.rootProtected]);
    expect(body.error_msg).toBe('The root department (code "1") cannot be deleted or moved.');
    expect((await updateDept('1', { deptName: 'Acme' })).status).toBe(200);
  });

  it('refuses to move a department under itself or its subtree with 400 USG.201050005, changing nothing', async () => {
    addThroughStore(['A', 'A1', 'A11'], '1', true);
    for (const parent of ['A', 'A11']) {
      const { status, body } = await updateDept('A', { parentDeptCode: parent, deptName: 'Renamed' });
      expect([status, body.error_code]).toEqual([400, DEPARTMENT_TREE.errors.moveIntoOwnSubtree]);
    }
    expect(directory.departments.get('A')).toMatchObject({ deptName: 'Dept A', parentDeptCode: '1' });
  });

  it('refuses a move that would put the subtree more than 10 levels below the root with 400 USG.201050004', async () => {
    addThroughStore(codes('L', 8), '1', true); // L8 is at level 9
    addThroughStore(['T', 'T1', 'T11'], '1', true); // a subtree two levels deep
    const { status, body } = await updateDept('T', { parentDeptCode: 'L8' });
    expect([status, body.error_code]).toEqual([400, DEPARTMENT_TREE.errors.limitReached]);
    expect(directory.departments.get('T')?.parentDeptCode).toBe('1');
    expect((await updateDept('T', { parentDeptCode: 'L7' })).status).toBe(200);
    expect((await deptTree('T11')).body.deptLevel).toBe(DEPARTMENT_TREE.maxLevels + 1);
  });

  it('refuses a move under a department that has 100 sub-departments with 400 USG.201050004', async () => {
    addThroughStore(['wide', 'mover'], '1');
    addThroughStore(codes('w', DEPARTMENT_TREE.maxChildren), 'wide');
    const { body } = await updateDept('mover', { parentDeptCode: 'wide' });
    expect(body.error_code).toBe(DEPARTMENT_TREE.errors.limitReached);
  });

  it('moves nothing when the new parent is the current one', async () => {
    addThroughStore(['A', 'A1'], '1', true);
    const version = directory.version;
    expect((await updateDept('A1', { parentDeptCode: 'A' })).status).toBe(200);
    expect(directory.version).toBe(version);
  });
});

describe('deleting a department', () => {
  it('deletes an empty department', async () => {
    addThroughStore(['A', 'A1'], '1', true);
    expect((await deleteDept('A1')).status).toBe(200);
    expect(directory.departments.has('A1')).toBe(false);
    expect((await deptTree('A')).body).toMatchObject({ isLeafNode: true, childDepts: [] });
  });

  it('refuses a department that still has users with 400 USG.201050002, and deletes it once they moved', async () => {
    addThroughStore(['A'], '1');
    const user = directory.addUser({ name: '林晓', deptCode: 'A', email: 'lin.xiao@example.com' });
    if (!user.ok) throw new Error(user.message);
    const { status, body } = await deleteDept('A');
    expect([status, body.error_code]).toEqual([400, DEPARTMENT_TREE.errors.notEmpty]);
    expect(body.error_msg).toBe('The department "A" still has users; move or delete them first.');
    expect(directory.departments.has('A')).toBe(true);
    directory.updateUser(user.value.userAccount, { deptCode: '1' });
    expect((await deleteDept('A')).status).toBe(200);
  });

  it('refuses a department that still has sub-departments with 400 USG.201050002', async () => {
    addThroughStore(['A', 'A1'], '1', true);
    const { status, body } = await deleteDept('A');
    expect([status, body.error_code]).toEqual([400, DEPARTMENT_TREE.errors.notEmpty]);
    expect(body.error_msg).toBe('The department "A" still has sub-departments; move or delete them first.');
    expect(directory.departments.has('A1')).toBe(true);
  });

  it('refuses the root department with 400 USG.201050003 and an unknown one with 400 USG.201050000', async () => {
    expect((await deleteDept('1')).body.error_code).toBe(DEPARTMENT_TREE.errors.rootProtected);
    expect((await deleteDept('nowhere')).body.error_code).toBe(DEPARTMENT_TREE.errors.notFound);
  });
});

describe('who may change the tree', () => {
  it('answers members who are not administrators 403 USG.000000005, and changes nothing', async () => {
    const member = { ...memberHeaders, 'Content-Type': 'application/json' };
    addThroughStore(['A'], '1');
    for (const answer of [await addDept({ deptName: 'X' }, member), await updateDept('A', { deptName: 'X' }, member), await deleteDept('A', member)]) {
      expect([answer.status, answer.body.error_code]).toEqual([403, 'USG.000000005']);
    }
    expect(directory.departments.get('A')?.deptName).toBe('Dept A');
  });
});

describe('messages', () => {
  it('words a refusal in the negotiated language (zh-CN by default)', async () => {
    const chinese = { ...adminHeaders, 'Content-Type': 'application/json' };
    expect((await deleteDept('nowhere', chinese)).body.error_msg).toBe('部门 "nowhere" 不存在。');
    expect((await deleteDept('nowhere')).body.error_msg).toBe('The department "nowhere" does not exist.');
  });
});
