// The department operations' refusals as problems with the codes of `x-department-tree`.

import { message, type Language } from '../answers/messages.js';
import { problem, type Problem } from '../answers/problem.js';
import type { Refusal } from '../directory/write-result.js';
import { codedProblem } from './coded-problem.js';
import { DEPARTMENT_TREE, type TreeLimit } from './department-tree.js';

/** A refusal with the code `x-department-tree.errors` names for `error`. */
export function departmentProblem(error: keyof typeof DEPARTMENT_TREE.errors, text: string): Problem {
  return codedProblem(DEPARTMENT_TREE.errors[error], text);
}

/** The tree limit a placement under `parentCode` would break, as USG.201050004 with a message naming it. */
export function treeLimitProblem(broken: TreeLimit, parentCode: string, language: Language): Problem {
  const max = String(broken.max);
  if (broken.limit === 'departments') return departmentProblem('limitReached', message(language, 'deptLimitDepartments', max));
  return departmentProblem('limitReached', message(language, broken.limit === 'children' ? 'deptLimitChildren' : 'deptLimitLevels', parentCode, max));
}

/**
 * A refusal of the store's department writes as the department operations answer it;
 * `deptCode` is the department written. A reason no department operation expects is a defect.
 */
export function departmentRefusal(refusal: Refusal, deptCode: string, language: Language): Problem {
  const { subject } = refusal;
  switch (refusal.reason) {
    case 'department-not-found':
      return departmentProblem('notFound', message(language, 'deptNotFound', subject));
    case 'parent-not-found':
      return departmentProblem('notFound', message(language, 'parentDeptNotFound', subject));
    case 'dept-code-taken':
      return departmentProblem('codeExists', message(language, 'deptCodeTaken', subject));
    case 'root-department':
      return departmentProblem('rootProtected', message(language, 'rootDeptProtected', subject));
    case 'move-into-own-subtree':
      return departmentProblem('moveIntoOwnSubtree', message(language, 'deptMoveIntoOwnSubtree', deptCode, subject));
    case 'department-has-members':
      return departmentProblem('notEmpty', message(language, 'deptHasMembers', subject));
    case 'department-has-sub-departments':
      return departmentProblem('notEmpty', message(language, 'deptHasSubDepartments', subject));
    default:
      return problem('server-error', `Server exception in the mock: the store refused a department write unexpectedly (${refusal.message}).`);
  }
}
