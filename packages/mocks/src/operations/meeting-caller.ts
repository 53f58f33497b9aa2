// The Meeting user behind a request, and the administrator check of admin-only operations.

import { languageOf, message } from '../answers/messages.js';
import { problem, type Problem } from '../answers/problem.js';
import type { DirectoryUser } from '../directory/records.js';
import type { OperationRequest } from '../pipeline/operation-implementation.js';

/** The Meeting user the request's token acts for; the pipeline authenticated it before. */
export function meetingCaller(request: OperationRequest): DirectoryUser {
  const caller = request.caller;
  if (caller?.kind !== 'meeting') throw new Error(`${request.operation.operationId}: a Meeting caller is required`);
  return caller.user;
}

/** The calling user when an administrator, else a `forbidden` problem. */
export function requireAdmin(request: OperationRequest): DirectoryUser | Problem {
  const user = meetingCaller(request);
  if (user.adminType === 2) return problem('forbidden', message(languageOf(request.input.header), 'adminsOnly'));
  return user;
}
