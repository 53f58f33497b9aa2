// The department tree's rules (`x-department-tree`) and the place of a department in the tree.

import type { DepartmentTreeRule } from '@hwcloud-directory/protocol';
import type { Directory } from '../directory/create-directory.js';
import type { Department } from '../directory/records.js';
import { departmentTree } from '../generated/operations.js';

/** `x-department-tree` of the Meeting spec, as the operation model carries it: the limits and codes the department operations use. */
export const DEPARTMENT_TREE: DepartmentTreeRule = departmentTree;

/** The departments from the root down to `dept` (`dept` last); walks at most the tree's depth. */
export function departmentLine(directory: Directory, dept: Department): Department[] {
  const line = [dept];
  for (let at = dept; at.parentDeptCode !== null; ) {
    const parent = directory.departments.get(at.parentDeptCode);
    if (!parent) break;
    line.push(parent);
    at = parent;
  }
  return line.reverse();
}

/** The department's level: 1 for the root, 2 for its sub-departments, and so on. */
export function departmentLevel(directory: Directory, dept: Department): number {
  return departmentLine(directory, dept).length;
}

/** Levels below `dept` in its subtree: 0 for a leaf. Visits the subtree once (at most 10,000 departments). */
export function subtreeHeight(directory: Directory, dept: Department): number {
  const depth = new Map<string, number>([[dept.deptCode, 0]]);
  let height = 0;
  // departmentCodes lists the subtree parents first, so a parent's depth is known before its children's.
  for (const code of directory.departmentCodes(dept.deptCode)) {
    if (code === dept.deptCode) continue;
    const parentCode = directory.departments.get(code)?.parentDeptCode;
    const level = (parentCode == null ? 0 : (depth.get(parentCode) ?? 0)) + 1;
    depth.set(code, level);
    if (level > height) height = level;
  }
  return height;
}

/** Number of direct sub-departments of a department (read from the store's parent index). */
export function childCount(directory: Directory, deptCode: string): number {
  return directory.departments.valueIndex('parentDeptCode').members(deptCode).size;
}

/** Which tree limit a department placed under `parent` (with `height` levels below it) would break, if any. */
export type TreeLimit = { readonly limit: 'departments' | 'children' | 'levels'; readonly max: number };

/**
 * The limit of `tree` (the spec's by default) that placing a subtree `height` levels deep under
 * `parent` would break: too many departments (only for a new one), too many sub-departments of
 * `parent`, or too many levels.
 * @example treeLimitBroken(directory, root, { adding: true, height: 0 }) // null while the root has room
 */
export function treeLimitBroken(
  directory: Directory,
  parent: Department,
  placing: { readonly adding: boolean; readonly height: number },
  tree: DepartmentTreeRule = DEPARTMENT_TREE,
): TreeLimit | null {
  const { maxDepartments, maxChildren, maxLevels } = tree;
  if (placing.adding && directory.departments.size >= maxDepartments) return { limit: 'departments', max: maxDepartments };
  if (childCount(directory, parent.deptCode) >= maxChildren) return { limit: 'children', max: maxChildren };
  if (departmentLevel(directory, parent) + 1 + placing.height > maxLevels + 1) return { limit: 'levels', max: maxLevels };
  return null;
}
