// POST /v1/usg/dcs/corp/admin (addCorpAdmin).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { languageOf, message } from '../answers/messages.js';
import { problem } from '../answers/problem.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { adminProblem, adminRefusal } from './admin-problem.js';
import { meetingCaller } from './meeting-caller.js';

/**
 * Makes a user of the enterprise a common administrator (adminType 1), by Meeting account
 * (`accountType` 0) or third-party account (1). Only the default administrator may: anyone else
 * is HTTP 403 USG.000000005. Each HTTP 400: no such user (USG.201040000), already an
 * administrator (USG.201060000). HTTP 200 with no body.
 */
export const addCorpAdmin: OperationImplementation = (request) => {
  const language = languageOf(request.input.header);
  if (meetingCaller(request).adminType !== 0) return problem('forbidden', message(language, 'defaultAdminOnly'));
  const { directory } = request.runtime;
  const { account } = request.input.body as MeetingComponents['schemas']['CorpAdminDTO'];
  const by = request.input.query.accountType === 1 ? 'thirdAccount' : 'account';
  const user = directory.findUser(account, { by });
  if (!user) return problem('not-found', message(language, by === 'thirdAccount' ? 'userNotFoundByThirdAccount' : 'userNotFoundByAccount', account));
  if (user.adminType !== 2) return adminProblem('alreadyAdmin', message(language, 'alreadyAdmin', account));
  const made = directory.setAdminType([user.userAccount], 1);
  if (!made.ok) return adminRefusal(made, language);
  return { status: 200, body: undefined };
};
