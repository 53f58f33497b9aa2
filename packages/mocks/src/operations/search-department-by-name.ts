// GET /v1/usg/dcs/member/dept (searchDepartmentByName).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { isProblem } from '../answers/problem.js';
import { Selection } from '../directory/selection.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { queryDeptResultDto } from './department-dtos.js';
import { requireAdmin } from './meeting-caller.js';

/**
 * Every department whose name contains `deptName`, ignoring case (the spec's `x-search`), in the
 * order they were added; not paged, an empty array when none matches (DeptSearchResults).
 * Administrators only. The store's text index finds them without scanning the tree.
 */
export const searchDepartmentByName: OperationImplementation = (request) => {
  const admin = requireAdmin(request);
  if (isProblem(admin)) return admin;
  const { directory } = request.runtime;
  const search = request.operation.search;
  if (!search) throw new Error('searchDepartmentByName has no x-search');
  const found = new Selection(directory.departments).matching(search.fields, String(request.input.query[search.param]));
  const body: MeetingComponents['schemas']['DeptSearchResults'] = found.page(0, found.count()).map((dept) => queryDeptResultDto(directory, dept));
  return { status: 200, body };
};
