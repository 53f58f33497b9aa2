// The user operations' refusals as problems with the codes the Meeting spec documents for them.

import { message, type Language } from '../answers/messages.js';
import { problem, type Problem } from '../answers/problem.js';
import type { Refusal } from '../directory/write-result.js';
import { adminProblem } from './admin-problem.js';
import { codedProblem } from './coded-problem.js';

/** The user codes of the Meeting spec's `x-error-codes`. */
const USER_CODES = {
  /** The account (for addUser: also the third-party account) is already used. */
  accountTaken: 'USG.201040001',
  /** The department named does not exist (inferred, as for the department operations). */
  departmentNotFound: 'USG.201050000',
} as const;

/**
 * A refusal of the store's user writes as the user operations answer it, each HTTP 400: a taken
 * account or third-party account USG.201040001, an unknown department USG.201050000, an unknown
 * user USG.201040000, the default administrator in a batch delete USG.201060001 (the code
 * batchDeleteCorpAdmins answers for the same administrator). A reason no user operation expects
 * is a defect.
 * @param by how the request named its users, for the unknown-user message
 * @example userRefusal(added, 'en-US') // 400 USG.201040001 'The account "zhang.wei" already exists; ...'
 */
export function userRefusal(refusal: Refusal, language: Language, by: 'account' | 'thirdAccount' = 'account'): Problem {
  const { subject } = refusal;
  switch (refusal.reason) {
    case 'account-taken':
      return codedProblem(USER_CODES.accountTaken, message(language, 'userAccountTaken', subject));
    case 'third-account-taken':
      return codedProblem(USER_CODES.accountTaken, message(language, 'userThirdAccountTaken', subject));
    case 'department-not-found':
      return codedProblem(USER_CODES.departmentNotFound, message(language, 'userDeptNotFound', subject));
    case 'user-not-found':
      return problem('not-found', message(language, by === 'thirdAccount' ? 'userNotFoundByThirdAccount' : 'userNotFoundByAccount', subject));
    case 'default-admin':
      return adminProblem('defaultAdmin', message(language, 'defaultAdminUndeletable', subject));
    default:
      return problem('server-error', `Server exception in the mock: the store refused a user write unexpectedly (${refusal.message}).`);
  }
}
