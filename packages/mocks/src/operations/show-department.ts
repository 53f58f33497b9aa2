// GET /v1/usg/abs/departments/{dept_code} (showDepartment).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { languageOf, message } from '../answers/messages.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { childDeptDto, subDepartments } from './department-dtos.js';
import { departmentProblem } from './department-problem.js';
import { meetingCaller } from './meeting-caller.js';

/**
 * A department with its direct sub-departments, a smaller `sortLevel` first (DeptInfoDTO). The
 * page does not restrict it to administrators: any user of the enterprise may ask. An unknown
 * code is HTTP 400 USG.201050000.
 */
export const showDepartment: OperationImplementation = (request) => {
  meetingCaller(request);
  const { directory } = request.runtime;
  const code = String(request.input.path.dept_code);
  const dept = directory.departments.get(code);
  if (!dept) return departmentProblem('notFound', message(languageOf(request.input.header), 'deptNotFound', code));
  const childDepts = subDepartments(directory, code).map((child) => childDeptDto(directory, child));
  const body: MeetingComponents['schemas']['DeptInfoDTO'] = { deptCode: dept.deptCode, deptName: dept.deptName, isLeafNodes: childDepts.length === 0, childDepts };
  return { status: 200, body };
};
