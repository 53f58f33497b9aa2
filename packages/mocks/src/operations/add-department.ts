// POST /v1/usg/dcs/corp/dept (addDepartment).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { languageOf, message } from '../answers/messages.js';
import { isProblem } from '../answers/problem.js';
import { uniqueKey } from '../directory/unique-key.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { departmentProblem, departmentRefusal, treeLimitProblem } from './department-problem.js';
import { settingsIn } from './department-settings.js';
import { DEPARTMENT_TREE, treeLimitBroken } from './department-tree.js';
import { requireAdmin } from './meeting-caller.js';

/** Longest department code (DeptDTO.deptCode, and the answer's `value`). */
const MAX_CODE_LENGTH = 32;

/**
 * Adds a department under `parentDeptCode` (the root by default) and answers its code
 * (DeptAddResult); administrators only. Checked in this order, each HTTP 400: the parent exists
 * (USG.201050000), the code is free (USG.201050001), the tree keeps within its limits
 * (USG.201050004). Without `deptCode` the store generates one (at most 32 characters).
 */
export const addDepartment: OperationImplementation = (request) => {
  const admin = requireAdmin(request);
  if (isProblem(admin)) return admin;
  const language = languageOf(request.input.header);
  const { directory } = request.runtime;
  const body = request.input.body as MeetingComponents['schemas']['DeptDTO'];
  const parentCode = body.parentDeptCode ?? DEPARTMENT_TREE.rootCode;
  const parent = directory.departments.get(parentCode);
  if (!parent) return departmentProblem('notFound', message(language, 'parentDeptNotFound', parentCode));
  if (body.deptCode !== undefined && directory.departments.has(body.deptCode)) return departmentProblem('codeExists', message(language, 'deptCodeTaken', body.deptCode));
  const limit = treeLimitBroken(directory, parent, { adding: true, height: 0 });
  if (limit) return treeLimitProblem(limit, parent.deptCode, language);
  // The store generates the parent's code, three digits and a "-n" when those are taken: too long under a long code.
  const deptCode = body.deptCode ?? (parent.deptCode.length > MAX_CODE_LENGTH - 6 ? uniqueKey(`d${directory.departments.size}`, (code) => directory.departments.has(code)) : undefined);
  const added = directory.addDepartment({ ...settingsIn(body), deptName: body.deptName, deptCode, parentDeptCode: parent.deptCode });
  if (!added.ok) return departmentRefusal(added, body.deptCode ?? '', language);
  return { status: 200, body: { value: added.value.deptCode } satisfies MeetingComponents['schemas']['DeptAddResult'] };
};
