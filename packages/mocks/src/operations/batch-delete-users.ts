// POST /v1/usg/dcs/corp/member/delete (batchDeleteUsers).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { languageOf } from '../answers/messages.js';
import { isProblem } from '../answers/problem.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { requireAdmin } from './meeting-caller.js';
import { userRefusal } from './user-refusal.js';

/**
 * Deletes users by Meeting account (`accountType` 0) or third-party account (1), all or none
 * (the vendor page); administrators only. A repeated account is deleted once. The first account
 * that names no user fails the batch with HTTP 400 USG.201040000, and the default administrator
 * (whom the store never deletes: the vendor has the enterprise dismissed first) with HTTP 400
 * USG.201060001; then no user is deleted. HTTP 200 with no body; the users' personal external
 * contacts go with them.
 */
export const batchDeleteUsers: OperationImplementation = (request) => {
  const admin = requireAdmin(request);
  if (isProblem(admin)) return admin;
  const { directory } = request.runtime;
  const accounts = request.input.body as MeetingComponents['schemas']['UserAccountList'];
  const by = request.input.query.accountType === 1 ? 'thirdAccount' : 'account';
  const deleted = directory.deleteUsers(accounts, { by });
  if (!deleted.ok) return userRefusal(deleted, languageOf(request.input.header), by);
  return { status: 200, body: undefined };
};
