// PUT /v1/usg/dcs/corp/dept/{dept_code} (updateDepartment): rename, move, settings.

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { languageOf, message } from '../answers/messages.js';
import { isProblem } from '../answers/problem.js';
import type { DepartmentPatch } from '../directory/department-writes.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { departmentProblem, departmentRefusal, treeLimitProblem } from './department-problem.js';
import { settingsIn } from './department-settings.js';
import { departmentLine, subtreeHeight, treeLimitBroken } from './department-tree.js';
import { requireAdmin } from './meeting-caller.js';

/**
 * Changes the fields the body sends; administrators only. A new name or parent changes the
 * `deptNamePath` of the department, its sub-departments and, as they read it from their
 * department, its members. A move (a `parentDeptCode` other than the current one) is checked
 * in this order, each HTTP 400: the department is not the root (USG.201050003), the parent
 * exists (USG.201050000), it is outside the department's own subtree (USG.201050005), the
 * moved subtree fits the tree limits (USG.201050004). A refused request changes nothing.
 */
export const updateDepartment: OperationImplementation = (request) => {
  const admin = requireAdmin(request);
  if (isProblem(admin)) return admin;
  const language = languageOf(request.input.header);
  const { directory } = request.runtime;
  const code = String(request.input.path.dept_code);
  const dept = directory.departments.get(code);
  if (!dept) return departmentProblem('notFound', message(language, 'deptNotFound', code));
  const body = request.input.body as MeetingComponents['schemas']['ModDeptDTO'];
  const patch: { -readonly [K in keyof DepartmentPatch]: DepartmentPatch[K] } = settingsIn(body);
  if (body.deptName !== undefined && body.deptName !== dept.deptName) patch.deptName = body.deptName;
  if (body.parentDeptCode !== undefined && body.parentDeptCode !== dept.parentDeptCode) {
    if (dept.parentDeptCode === null) return departmentProblem('rootProtected', message(language, 'rootDeptProtected', code));
    const parent = directory.departments.get(body.parentDeptCode);
    if (!parent) return departmentProblem('notFound', message(language, 'parentDeptNotFound', body.parentDeptCode));
    if (departmentLine(directory, parent).some((d) => d.deptCode === code)) {
      return departmentProblem('moveIntoOwnSubtree', message(language, 'deptMoveIntoOwnSubtree', code, parent.deptCode));
    }
    const limit = treeLimitBroken(directory, parent, { adding: false, height: subtreeHeight(directory, dept) });
    if (limit) return treeLimitProblem(limit, parent.deptCode, language);
    patch.parentDeptCode = parent.deptCode;
  }
  if (Object.values(patch).some((value) => value !== undefined)) {
    const updated = directory.updateDepartment(code, patch);
    if (!updated.ok) return departmentRefusal(updated, code, language);
  }
  return { status: 200, body: undefined };
};
