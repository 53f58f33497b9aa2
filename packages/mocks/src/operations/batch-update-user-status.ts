// PUT /v1/usg/dcs/corp/member/status/{value} (batchUpdateUserStatus).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { languageOf } from '../answers/messages.js';
import { isProblem } from '../answers/problem.js';
import type { DirectoryUser } from '../directory/records.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { requireAdmin } from './meeting-caller.js';
import { userRefusal } from './user-refusal.js';

/**
 * Enables (`value` 0) or disables (1) users by Meeting account (`accountType` 0) or third-party
 * account (1), all or none, as `batchDeleteUsers`; administrators only. An account already in
 * that status is left as it is. The first account that names no user fails the batch with HTTP
 * 400 USG.201040000 and no status changes. HTTP 200 with no body.
 */
export const batchUpdateUserStatus: OperationImplementation = (request) => {
  const admin = requireAdmin(request);
  if (isProblem(admin)) return admin;
  const { directory } = request.runtime;
  const accounts = request.input.body as MeetingComponents['schemas']['UserAccountList'];
  const by = request.input.query.accountType === 1 ? 'thirdAccount' : 'account';
  const status = request.input.path.value as DirectoryUser['status'];
  const changed = directory.setUserStatus(accounts, status, { by });
  if (!changed.ok) return userRefusal(changed, languageOf(request.input.header), by);
  return { status: 200, body: undefined };
};
