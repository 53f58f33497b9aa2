import { MockError } from '../handlers/mock-error.js';
import type { OperationImplementation } from '../handlers/runtime.js';
import { MEETING_CODES } from '../handlers/vendor-codes.js';
import { userDetailDto } from './projections.js';

/**
 * GET /v1/usg/dcs/corp/member/{account}: one user's details, by Meeting account
 * (accountType 0) or third-party account (accountType 1). Administrators see anyone;
 * other users only themselves. An unknown account is HTTP 400 USG.201040000.
 */
export const showUserDetail: OperationImplementation = (request) => {
  const caller = request.caller;
  if (caller?.kind !== 'meeting') throw new Error('a Meeting caller is required');
  const { directory } = request.runtime;
  const account = String(request.input.path.account);
  const byThirdParty = request.input.query.accountType === 1;
  const user = byThirdParty ? directory.findUserByThirdAccount(account) : directory.users.get(account);
  const self = user !== undefined && user.userAccount === caller.user.userAccount;
  if (caller.user.adminType === 2 && !self) {
    throw MockError.of('meeting', MEETING_CODES.forbidden, 'Insufficient permissions: only administrators may query other users.');
  }
  if (!user) {
    throw MockError.of('meeting', MEETING_CODES.userNotFound, `The user does not exist: no user has the ${byThirdParty ? 'third-party account' : 'Meeting account'} ${JSON.stringify(account)}.`);
  }
  return { status: 200, body: userDetailDto(directory, user, self) };
};
