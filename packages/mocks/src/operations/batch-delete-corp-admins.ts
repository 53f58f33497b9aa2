// POST /v1/usg/dcs/corp/admin/delete (batchDeleteCorpAdmins).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { languageOf, message } from '../answers/messages.js';
import { isProblem, problem } from '../answers/problem.js';
import type { DirectoryUser } from '../directory/records.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { adminProblem, adminRefusal } from './admin-problem.js';
import { requireAdmin } from './meeting-caller.js';

/**
 * Takes the administrator role from 1 to 100 accounts (the pipeline checks the count), all or
 * nothing; the users stay as ordinary members. Administrators only. A repeated account counts
 * once. The first account, in the order sent, that is no administrator (HTTP 400 USG.201040000)
 * or is the default administrator (HTTP 400 USG.201060001) fails the whole batch, and no account
 * loses the role. HTTP 200 with no body.
 */
export const batchDeleteCorpAdmins: OperationImplementation = (request) => {
  const admin = requireAdmin(request);
  if (isProblem(admin)) return admin;
  const language = languageOf(request.input.header);
  const { directory } = request.runtime;
  const by = request.input.query.accountType === 1 ? 'thirdAccount' : 'account';
  const admins: DirectoryUser[] = [];
  for (const account of new Set(request.input.body as MeetingComponents['schemas']['AdminAccountList'])) {
    const user = directory.findUser(account, { by });
    if (!user || user.adminType === 2) return problem('not-found', message(language, 'notAnAdministrator', account));
    if (user.adminType === 0) return adminProblem('defaultAdmin', message(language, 'defaultAdminKeepsRole', account));
    admins.push(user);
  }
  const removed = directory.setAdminType(admins.map((u) => u.userAccount), 2);
  if (!removed.ok) return adminRefusal(removed, language);
  return { status: 200, body: undefined };
};
