// GET /v1/usg/dcs/corp/member/{account} (showUserDetail).

import { problem } from '../answers/problem.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { meetingCaller } from './meeting-caller.js';
import { userDetailDto } from './projections.js';

/**
 * One user's details (UserDetailDTO), by Meeting account (accountType 0) or third-party
 * account (accountType 1). Administrators see anyone; other users only themselves. An unknown
 * account is HTTP 400 USG.201040000.
 */
export const showUserDetail: OperationImplementation = (request) => {
  const caller = meetingCaller(request);
  const { directory } = request.runtime;
  const account = String(request.input.path.account);
  const byThirdParty = request.input.query.accountType === 1;
  const user = byThirdParty ? directory.findUserByThirdAccount(account) : directory.users.get(account);
  const self = user !== undefined && user.userAccount === caller.userAccount;
  if (caller.adminType === 2 && !self) return problem('forbidden', 'Insufficient permissions: only administrators may query other users.');
  if (!user) return problem('not-found', `The user does not exist: no user has the ${byThirdParty ? 'third-party account' : 'Meeting account'} ${JSON.stringify(account)}.`);
  return { status: 200, body: userDetailDto(directory, user, self) };
};
