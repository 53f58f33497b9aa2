// GET /v1/usg/dcs/member/dept/{dept_code} (showDeptAndChildDept).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { languageOf, message } from '../answers/messages.js';
import { isProblem } from '../answers/problem.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { queryDeptResultDto, subDepartments } from './department-dtos.js';
import { departmentProblem } from './department-problem.js';
import { requireAdmin } from './meeting-caller.js';

/**
 * A department and its direct sub-departments, a smaller `sortLevel` first, each with its place
 * in the tree and its settings (QueryDeptTreeResultDTO); administrators only. An unknown code
 * is HTTP 400 USG.201050000.
 */
export const showDeptAndChildDept: OperationImplementation = (request) => {
  const admin = requireAdmin(request);
  if (isProblem(admin)) return admin;
  const { directory } = request.runtime;
  const code = String(request.input.path.dept_code);
  const dept = directory.departments.get(code);
  if (!dept) return departmentProblem('notFound', message(languageOf(request.input.header), 'deptNotFound', code));
  const childDepts = subDepartments(directory, code).map((child) => queryDeptResultDto(directory, child));
  const body: MeetingComponents['schemas']['QueryDeptTreeResultDTO'] = { ...queryDeptResultDto(directory, dept), childDepts };
  return { status: 200, body };
};
