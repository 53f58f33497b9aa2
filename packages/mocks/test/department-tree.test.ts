import { describe, expect, it } from 'vitest';
import { createDirectory, type Directory } from '@hwcloud-directory/mocks';

/** A small tree under the seeded root: 1 > A > A1 > A11, 1 > B. */
function tree(): Directory {
  const directory = createDirectory({ seed: 11, size: 0 });
  for (const [deptCode, deptName, parentDeptCode] of [
    ['A', '研发部', '1'],
    ['A1', 'Cloud', 'A'],
    ['A11', 'Équipe Paris', 'A1'],
    ['B', 'Ventas', '1'],
  ] as const) {
    expect(directory.addDepartment({ deptCode, deptName, parentDeptCode }).ok).toBe(true);
  }
  return directory;
}

const pathOf = (directory: Directory, code: string) => directory.departments.get(code)?.deptNamePath;

describe('adding departments', () => {
  it('adds a department under the root by default, with its path from the root', () => {
    const directory = tree();
    const added = directory.addDepartment({ deptCode: 'C', deptName: 'Support' });
    expect(added).toMatchObject({ ok: true, value: { deptCode: 'C', parentDeptCode: '1', deptNamePath: 'Root Department/Support' } });
    expect(pathOf(directory, 'A11')).toBe('Root Department/研发部/Cloud/Équipe Paris');
  });

  it('generates a free code under the parent when none is given', () => {
    const directory = tree();
    const added = directory.addDepartment({ deptName: 'Nouveau', parentDeptCode: 'A1' });
    expect(added.ok && added.value.deptCode.startsWith('A1')).toBe(true);
    expect(directory.departmentChildren('A1').map((d) => d.deptName)).toEqual(['Équipe Paris', 'Nouveau']);
  });

  it('refuses a code already taken', () => {
    const directory = tree();
    expect(directory.addDepartment({ deptCode: 'A1', deptName: 'Twin', parentDeptCode: 'B' })).toMatchObject({ ok: false, reason: 'dept-code-taken', subject: 'A1' });
    expect(directory.departments.get('A1')?.parentDeptCode).toBe('A');
  });

  it('refuses a parent that does not exist', () => {
    const directory = tree();
    expect(directory.addDepartment({ deptCode: 'Z', deptName: 'Orphan', parentDeptCode: 'nowhere' })).toMatchObject({ ok: false, reason: 'parent-not-found', subject: 'nowhere' });
    expect(directory.departments.has('Z')).toBe(false);
  });
});

describe('renaming and moving departments', () => {
  it('renames a department and the paths of every sub-department and member follow', () => {
    const directory = tree();
    const member = directory.addUser({ name: 'Lucía', deptCode: 'A11' });
    expect(directory.updateDepartment('A', { deptName: 'R&D' })).toMatchObject({ ok: true, value: { deptNamePath: 'Root Department/R&D' } });
    expect(pathOf(directory, 'A1')).toBe('Root Department/R&D/Cloud');
    expect(pathOf(directory, 'A11')).toBe('Root Department/R&D/Cloud/Équipe Paris');
    expect(pathOf(directory, 'B')).toBe('Root Department/Ventas');
    // A member's path is its department's.
    expect(member.ok && pathOf(directory, member.value.deptCode)).toBe('Root Department/R&D/Cloud/Équipe Paris');
  });

  it('keeps every setting of the sub-departments whose paths a rename changes', () => {
    const directory = tree();
    const settings = { note: 'Night shift', inPermission: 'OPEN', outPermission: 'DESIGNATED_DEPARTMENT', designatedOutDeptCodes: ['B'], sortLevel: 7 } as const;
    expect(directory.updateDepartment('A11', settings).ok).toBe(true);
    const before = directory.departments.get('A11');
    expect(directory.updateDepartment('A', { deptName: 'R&D' }).ok).toBe(true);
    expect(directory.departments.get('A11')).toEqual({ ...before, deptNamePath: 'Root Department/R&D/Cloud/Équipe Paris' });
    expect(Object.keys(directory.departments.get('A11')!).sort()).toEqual(Object.keys(before!).sort());
  });

  it('moves a department with its subtree under another parent', () => {
    const directory = tree();
    expect(directory.updateDepartment('A1', { parentDeptCode: 'B' }).ok).toBe(true);
    expect(pathOf(directory, 'A11')).toBe('Root Department/Ventas/Cloud/Équipe Paris');
    expect(directory.departmentCodes('B')).toEqual(['B', 'A1', 'A11']);
    expect(directory.departmentCodes('A')).toEqual(['A']);
  });

  it('refuses to move a department under itself or one of its sub-departments', () => {
    const directory = tree();
    expect(directory.updateDepartment('A', { parentDeptCode: 'A' })).toMatchObject({ ok: false, reason: 'move-into-own-subtree' });
    expect(directory.updateDepartment('A', { parentDeptCode: 'A11' })).toMatchObject({ ok: false, reason: 'move-into-own-subtree', subject: 'A11' });
    expect(directory.departments.get('A')?.parentDeptCode).toBe('1');
    expect(directory.departmentCodes('A')).toEqual(['A', 'A1', 'A11']);
  });

  it('refuses to move the root or under a parent that does not exist', () => {
    const directory = tree();
    expect(directory.updateDepartment('1', { parentDeptCode: 'B' })).toMatchObject({ ok: false, reason: 'root-department' });
    expect(directory.updateDepartment('B', { parentDeptCode: 'gone' })).toMatchObject({ ok: false, reason: 'parent-not-found' });
    expect(directory.updateDepartment('gone', { deptName: 'x' })).toMatchObject({ ok: false, reason: 'department-not-found' });
  });

  it('never changes a department code, even through the collection', () => {
    const directory = tree();
    expect(() => directory.departments.update('B', { deptCode: 'B2' })).toThrow(/cannot be changed/);
    expect(directory.departments.has('B')).toBe(true);
  });
});

describe('deleting departments', () => {
  it('deletes an empty department', () => {
    const directory = tree();
    expect(directory.deleteDepartment('A11')).toMatchObject({ ok: true, value: { deptCode: 'A11' } });
    expect(directory.departments.has('A11')).toBe(false);
    expect(directory.departmentCodes('A')).toEqual(['A', 'A1']);
  });

  it('refuses a department that still has members, until they leave', () => {
    const directory = tree();
    const added = directory.addUser({ name: 'Ömer', deptCode: 'B' });
    expect(directory.deleteDepartment('B')).toMatchObject({ ok: false, reason: 'department-has-members', subject: 'B' });
    expect(() => directory.departments.remove('B')).toThrow(/still has members/);
    expect(added.ok && directory.updateUser(added.value.userAccount, { deptCode: 'A' }).ok).toBe(true);
    expect(directory.deleteDepartment('B').ok).toBe(true);
  });

  it('refuses a department that still has sub-departments', () => {
    const directory = tree();
    expect(directory.deleteDepartment('A1')).toMatchObject({ ok: false, reason: 'department-has-sub-departments', subject: 'A1' });
    expect(directory.departments.has('A1')).toBe(true);
  });

  it('refuses the root and an unknown code', () => {
    const directory = tree();
    expect(directory.deleteDepartment('1')).toMatchObject({ ok: false, reason: 'root-department' });
    expect(directory.deleteDepartment('nope')).toMatchObject({ ok: false, reason: 'department-not-found' });
  });
});

describe('department subtrees', () => {
  it('lists a department and its descendants, parents first, and counts their members', () => {
    const directory = tree();
    directory.addUser({ name: 'a', deptCode: 'A' });
    directory.addUser({ name: 'b', deptCode: 'A11' });
    expect(directory.departmentCodes('A')).toEqual(['A', 'A1', 'A11']);
    expect(directory.departmentCodes('A', false)).toEqual(['A']);
    expect(directory.memberCount('A')).toBe(1);
    expect(directory.memberCount('A', true)).toBe(2);
    expect(directory.queryUsers({ deptCode: 'A' }).total).toBe(2);
    expect(directory.queryUsers({ deptCode: 'A', includeSubDepartments: false }).total).toBe(1);
  });

  it('answers an unknown code with itself alone, as before', () => {
    expect([...tree().departmentSubtree('nope')]).toEqual(['nope']);
  });
});
