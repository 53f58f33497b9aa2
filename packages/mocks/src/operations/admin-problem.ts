// The administrator operations' refusals as problems with the vendor codes the spec documents.

import { message, type Language } from '../answers/messages.js';
import { problem, type Problem } from '../answers/problem.js';
import type { Refusal } from '../directory/write-result.js';
import { codedProblem } from './coded-problem.js';

/** The administrator codes of the Meeting spec's `x-error-codes` (inferred: the vendor publishes none). */
const ADMIN_CODES = {
  /** The account is already an enterprise administrator (addCorpAdmin). */
  alreadyAdmin: 'USG.201060000',
  /** The default administrator cannot lose the role (batchDeleteCorpAdmins). */
  defaultAdmin: 'USG.201060001',
} as const;

/** A refusal with the administrator code for `error`. */
export function adminProblem(error: keyof typeof ADMIN_CODES, text: string): Problem {
  return codedProblem(ADMIN_CODES[error], text);
}

/** A refusal of the store's administrator writes (`setAdminType`) as the administrator operations answer it. */
export function adminRefusal(refusal: Refusal, language: Language): Problem {
  switch (refusal.reason) {
    case 'user-not-found':
      return problem('not-found', message(language, 'notAnAdministrator', refusal.subject));
    case 'default-admin':
      return adminProblem('defaultAdmin', message(language, 'defaultAdminKeepsRole', refusal.subject));
    default:
      return problem('server-error', `Server exception in the mock: the store refused an administrator write unexpectedly (${refusal.message}).`);
  }
}
