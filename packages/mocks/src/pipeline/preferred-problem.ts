// What a request's `Prefer: code=<status>` asks the pipeline for, checked against the statuses
// the operation documents.

import { httpRefusal, type Problem } from '../answers/problem.js';
import type { MockOperation } from '../generated/operations.js';

/**
 * The problem a `Prefer: code=<status>` preference asks for: a forced error with that status
 * when the operation documents it as an error (the negotiator gives it the spec's code and the
 * family's body); null when no code is preferred, or a success status is (the operation answers
 * as usual); for anything else a 400 refusal (`MOCK.400`) naming the statuses there are.
 * @example preferredProblem(operations.searchCorpAdmins, '401') // forced 401
 * @example preferredProblem(operations.searchCorpAdmins, '418') // 400: '... send one of 200, 400, 401, 403, 500 ...'
 */
export function preferredProblem(operation: MockOperation, code: string | undefined): Problem | null {
  if (code === undefined) return null;
  const statuses: readonly number[] = operation.statuses;
  const status = /^\d{3}$/.test(code) ? Number(code) : Number.NaN;
  if (!statuses.includes(status)) {
    const sent = /^\d{1,6}$/.test(code) ? code : JSON.stringify(code.length > 40 ? `${code.slice(0, 37)}...` : code);
    return httpRefusal(400, `Prefer: code=${sent} is not a status ${operation.operationId} documents; send one of ${statuses.join(', ')}, or leave the code out`);
  }
  if (status < 300) return null;
  return { kind: 'forced', status, message: `Forced error: the request's Prefer header asked for HTTP ${status}.` };
}
