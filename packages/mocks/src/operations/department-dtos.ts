// Departments as the DTOs of the department operations: QueryDeptResultDTO (with its place in
// the tree and its settings) and ChildDeptDTO.

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import type { Directory } from '../directory/create-directory.js';
import type { Department } from '../directory/records.js';
import { bySortLevel, settingsOf } from './department-settings.js';
import { childCount, departmentLine } from './department-tree.js';

type MeetingSchemas = MeetingComponents['schemas'];

/** The direct sub-departments of a department, a smaller `sortLevel` first. */
export function subDepartments(directory: Directory, deptCode: string): Department[] {
  return directory.departmentChildren(deptCode).sort(bySortLevel);
}

/**
 * QueryDeptResultDTO: codes and names from the root down joined by "/", the level (root 1),
 * and the settings; `designatedOutDeptCodes` only while `outPermission` is DESIGNATED_DEPARTMENT,
 * each code with the department's current name (null when no department has it any more).
 */
export function queryDeptResultDto(directory: Directory, dept: Department): MeetingSchemas['QueryDeptResultDTO'] {
  const line = departmentLine(directory, dept);
  const settings = settingsOf(dept);
  const designated = settings.outPermission === 'DESIGNATED_DEPARTMENT' ? (settings.designatedOutDeptCodes ?? []) : null;
  return {
    corpId: directory.enterprise.id,
    deptCode: dept.deptCode,
    deptCodePath: line.map((d) => d.deptCode).join('/'),
    deptLevel: line.length,
    deptName: dept.deptName,
    deptNamePath: dept.deptNamePath,
    designatedOutDeptCodes: designated && designated.map((id) => ({ id, mark: directory.departments.get(id)?.deptName ?? null })),
    inPermission: settings.inPermission,
    isLeafNode: childCount(directory, dept.deptCode) === 0,
    note: settings.note,
    outPermission: settings.outPermission,
    parentDeptCode: dept.parentDeptCode,
    ...(typeof settings.sortLevel === 'number' ? { sortLevel: settings.sortLevel } : {}),
  };
}

/** ChildDeptDTO of showDepartment. */
export function childDeptDto(directory: Directory, dept: Department): MeetingSchemas['ChildDeptDTO'] {
  return { deptCode: dept.deptCode, deptName: dept.deptName, isLeafNodes: childCount(directory, dept.deptCode) === 0 };
}
