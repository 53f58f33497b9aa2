// DELETE /v1/usg/dcs/corp/dept/{dept_code} (deleteDepartment).

import { languageOf, message } from '../answers/messages.js';
import { isProblem } from '../answers/problem.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { departmentProblem, departmentRefusal } from './department-problem.js';
import { requireAdmin } from './meeting-caller.js';

/**
 * Deletes an empty department; administrators only. Each HTTP 400: the root department
 * (USG.201050003), an unknown code (USG.201050000), a department that still has users or
 * sub-departments (USG.201050002), which then stays as it was.
 */
export const deleteDepartment: OperationImplementation = (request) => {
  const admin = requireAdmin(request);
  if (isProblem(admin)) return admin;
  const language = languageOf(request.input.header);
  const { directory } = request.runtime;
  const code = String(request.input.path.dept_code);
  const dept = directory.departments.get(code);
  if (dept?.parentDeptCode === null) return departmentProblem('rootProtected', message(language, 'rootDeptProtected', code));
  if (!dept) return departmentProblem('notFound', message(language, 'deptNotFound', code));
  const removed = directory.deleteDepartment(code);
  if (!removed.ok) return departmentRefusal(removed, code, language);
  return { status: 200, body: undefined };
};
