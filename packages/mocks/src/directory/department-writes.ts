// The store's department writes as the vendor's department operations need them.

import type { DirectoryTables } from './directory-tables.js';
import type { Department } from './records.js';
import { ROOT_DEPT_CODE } from './seed-directory.js';
import { refuse, type WriteResult } from './write-result.js';

/** A department's settings besides its place in the tree (DeptDTO): remarks, access settings, sequence number. */
export interface DepartmentSettings {
  readonly note?: string | undefined;
  readonly inPermission?: Department['inPermission'];
  readonly outPermission?: Department['outPermission'];
  readonly designatedOutDeptCodes?: readonly string[] | undefined;
  readonly sortLevel?: number | undefined;
}

/** A new department (DeptDto): a name; the code is generated when absent, the parent is the root when absent; settings left out keep their defaults. */
export interface DepartmentInput extends DepartmentSettings {
  readonly deptName: string;
  readonly deptCode?: string | undefined;
  readonly parentDeptCode?: string | undefined;
}

/** What an update may change (ModDeptDto): the name, the parent and the settings; a field left out keeps its value. */
export interface DepartmentPatch extends DepartmentSettings {
  readonly deptName?: string | undefined;
  readonly parentDeptCode?: string | undefined;
}

/** The settings given, as record fields (fields left out stay out; lists copied). */
function settingFields(settings: DepartmentSettings): Partial<Department> {
  const fields: Partial<Department> = {};
  if (settings.note !== undefined) fields.note = settings.note;
  if (settings.inPermission !== undefined) fields.inPermission = settings.inPermission;
  if (settings.outPermission !== undefined) fields.outPermission = settings.outPermission;
  if (settings.designatedOutDeptCodes !== undefined) fields.designatedOutDeptCodes = [...settings.designatedOutDeptCodes];
  if (settings.sortLevel !== undefined) fields.sortLevel = settings.sortLevel;
  return fields;
}

/**
 * Adds a department under an existing parent (the root "1" by default), with its settings.
 * Refused: `dept-code-taken`, `parent-not-found`.
 * @example addDepartment(tables, { deptName: '研发部', parentDeptCode: '1', sortLevel: 1, outPermission: 'SELF_AND_CHILD_DEPARTMENT' })
 */
export function addDepartment(tables: DirectoryTables, input: DepartmentInput): WriteResult<Department> {
  const partial: Partial<Department> = { deptName: input.deptName, parentDeptCode: input.parentDeptCode ?? ROOT_DEPT_CODE, ...settingFields(input) };
  if (input.deptCode !== undefined) partial.deptCode = input.deptCode;
  return tables.departments.tryAdd(partial);
}

/**
 * Renames, moves a department and/or changes its settings, all or nothing; the paths of its
 * sub-departments follow (its members' paths are read from it). Refused: `department-not-found`,
 * `parent-not-found`, `move-into-own-subtree`, `root-department` (the root does not move).
 */
export function updateDepartment(tables: DirectoryTables, deptCode: string, patch: DepartmentPatch): WriteResult<Department> {
  const changes: Partial<Department> = settingFields(patch);
  if (patch.deptName !== undefined) changes.deptName = patch.deptName;
  if (patch.parentDeptCode !== undefined) changes.parentDeptCode = patch.parentDeptCode;
  return tables.departments.tryUpdate(deptCode, changes);
}

/**
 * Deletes a department that has no members and no sub-departments. Refused:
 * `department-not-found`, `root-department`, `department-has-members`, `department-has-sub-departments`.
 */
export function deleteDepartment(tables: DirectoryTables, deptCode: string): WriteResult<Department> {
  if (!tables.departments.has(deptCode)) return refuse('department-not-found', deptCode, `no department has code "${deptCode}"`);
  return tables.departments.tryRemove(deptCode);
}
