// GET /v1/usg/dcs/corp/admin/{account} (showCorpAdmin).

import { languageOf, message } from '../answers/messages.js';
import { isProblem, problem } from '../answers/problem.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { requireAdmin } from './meeting-caller.js';
import { adminDto, isAdministrator } from './projections.js';

/**
 * One administrator (QueryAdminResultDTO, its department included), by Meeting account
 * (`accountType` 0) or third-party account (1); administrators only. An account that is no
 * administrator (an ordinary user, or no user) is HTTP 400 USG.201040000.
 */
export const showCorpAdmin: OperationImplementation = (request) => {
  const admin = requireAdmin(request);
  if (isProblem(admin)) return admin;
  const { directory } = request.runtime;
  const account = String(request.input.path.account);
  const by = request.input.query.accountType === 1 ? 'thirdAccount' : 'account';
  const user = directory.findUser(account, { by });
  if (!user || !isAdministrator(user)) return problem('not-found', message(languageOf(request.input.header), 'notAnAdministrator', account));
  return { status: 200, body: adminDto(directory, user) };
};
