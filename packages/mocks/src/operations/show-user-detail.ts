// GET /v1/usg/dcs/corp/member/{account} (showUserDetail).

import { languageOf, message } from '../answers/messages.js';
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
  const language = languageOf(request.input.header);
  const { directory } = request.runtime;
  const account = String(request.input.path.account);
  const byThirdParty = request.input.query.accountType === 1;
  const user = byThirdParty ? directory.findUserByThirdAccount(account) : directory.users.get(account);
  const self = user !== undefined && user.userAccount === caller.userAccount;
  if (caller.adminType === 2 && !self) return problem('forbidden', message(language, 'adminsOnlyForOthers'));
  if (!user) return problem('not-found', message(language, byThirdParty ? 'userNotFoundByThirdAccount' : 'userNotFoundByAccount', account));
  return { status: 200, body: userDetailDto(directory, user, self) };
};
