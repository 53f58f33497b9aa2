// A department's settings besides its place in the tree (DeptDTO): remarks, access settings and
// sequence number, kept on the department's record in the store.

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import type { DepartmentSettings } from '../directory/department-writes.js';
import type { Department } from '../directory/records.js';

type MeetingSchemas = MeetingComponents['schemas'];

/** The settings a request body sends (DeptDTO, ModDeptDTO); fields left out stay undefined, and the store leaves them as they are. */
export function settingsIn(body: MeetingSchemas['DeptDTO'] | MeetingSchemas['ModDeptDTO']): DepartmentSettings {
  const { note, inPermission, outPermission, designatedOutDeptCodes, sortLevel } = body;
  return { note, inPermission, outPermission, designatedOutDeptCodes, sortLevel };
}

/** The settings of a department as QueryDeptResultDTO shows them: UNLIMITED access both ways and no remarks unless written. */
export function settingsOf(dept: Department) {
  return {
    note: dept.note ?? null,
    inPermission: dept.inPermission ?? 'UNLIMITED',
    outPermission: dept.outPermission ?? 'UNLIMITED',
    designatedOutDeptCodes: dept.designatedOutDeptCodes ?? null,
    sortLevel: dept.sortLevel ?? null,
  } as const;
}

/**
 * Orders sibling departments as the vendor lists them: a smaller `sortLevel` first, departments
 * without one after them (ties keep the order they were added in: sorts are stable).
 */
export function bySortLevel(a: Department, b: Department): number {
  const first = a.sortLevel ?? Number.POSITIVE_INFINITY;
  const second = b.sortLevel ?? Number.POSITIVE_INFINITY;
  return first === second ? 0 : first - second;
}
