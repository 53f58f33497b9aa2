// The department-tree limits are read from the rule the operation model carries
// (`departmentTree`, from `x-department-tree`), not from constants: a rule with other limits
// moves the line where a placement is refused.
import { describe, expect, it } from 'vitest';
import type { DepartmentTreeRule } from '@hwcloud-directory/protocol';
import { createDirectory, type Directory } from '@hwcloud-directory/mocks';
import { DEPARTMENT_TREE, subtreeHeight, treeLimitBroken } from '../src/operations/department-tree.js';

/** The seeded departments plus a chain 1 > A > A1 > A11 and a leaf 1 > B. */
function tree(): Directory {
  const directory = createDirectory({ seed: 3, size: 0 });
  for (const [deptCode, parentDeptCode] of [
    ['A', '1'],
    ['A1', 'A'],
    ['A11', 'A1'],
    ['B', '1'],
  ] as const) {
    const added = directory.addDepartment({ deptCode, deptName: `Dept ${deptCode}`, parentDeptCode });
    if (!added.ok) throw new Error(added.message);
  }
  return directory;
}

const rule = (limits: Partial<Omit<DepartmentTreeRule, 'errors' | 'rootCode'>>): DepartmentTreeRule => ({ ...DEPARTMENT_TREE, ...limits });
const dept = (directory: Directory, code: string) => directory.departments.get(code)!;
const adding = { adding: true, height: 0 } as const;

describe('the department-tree limits', () => {
  it('refuse a new department deeper than the maxLevels of the rule given', () => {
    const directory = tree();
    // A1 is level 3: a child there is level 4, the last one maxLevels 3 allows below the root.
    expect(treeLimitBroken(directory, dept(directory, 'A1'), adding, rule({ maxLevels: 3 }))).toBeNull();
    expect(treeLimitBroken(directory, dept(directory, 'A1'), adding, rule({ maxLevels: 2 }))).toEqual({ limit: 'levels', max: 2 });
    expect(treeLimitBroken(directory, dept(directory, 'A'), adding, rule({ maxLevels: 2 }))).toBeNull();
  });

  it('count the levels of a moved subtree against maxLevels', () => {
    const directory = tree();
    const moving = { adding: false, height: subtreeHeight(directory, dept(directory, 'A')) };
    expect(moving.height).toBe(2);
    // A with its two levels under B (level 2): A at 3, A11 at 5.
    expect(treeLimitBroken(directory, dept(directory, 'B'), moving, rule({ maxLevels: 4 }))).toBeNull();
    expect(treeLimitBroken(directory, dept(directory, 'B'), moving, rule({ maxLevels: 3 }))).toEqual({ limit: 'levels', max: 3 });
  });

  it('refuse a sub-department past the maxChildren of the rule given', () => {
    const directory = tree();
    const children = directory.departmentChildren('1').length;
    expect(treeLimitBroken(directory, dept(directory, '1'), adding, rule({ maxChildren: children + 1 }))).toBeNull();
    expect(treeLimitBroken(directory, dept(directory, '1'), adding, rule({ maxChildren: children }))).toEqual({ limit: 'children', max: children });
  });

  it('refuse a department past the maxDepartments of the rule given, and never a move for it', () => {
    const directory = tree();
    const size = directory.departments.size;
    expect(treeLimitBroken(directory, dept(directory, 'B'), adding, rule({ maxDepartments: size + 1 }))).toBeNull();
    expect(treeLimitBroken(directory, dept(directory, 'B'), adding, rule({ maxDepartments: size }))).toEqual({ limit: 'departments', max: size });
    expect(treeLimitBroken(directory, dept(directory, 'B'), { adding: false, height: 0 }, rule({ maxDepartments: size }))).toBeNull();
  });
});
