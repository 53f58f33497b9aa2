// The negotiator (as Prism's mocker/negotiator): the one place that turns a problem (an auth
// failure, a validation problem, an operation's refusal, a defect, a scenario) into an HTTP
// status, a vendor code and the error body of the operation's family.

import type { ApiName, ErrorFamily } from '@hwcloud-directory/protocol';
import { errorBody } from './error-body.js';
import { jsonAnswer, type MockAnswer } from './mock-answer.js';
import type { Problem } from './problem.js';
import { codeOfStatus, statusOfCode, VENDOR_CODES } from './vendor-codes.js';

/** What the negotiator needs to know of an operation: its API (for the codes) and its family (for the body). */
export interface AnsweringOperation {
  readonly api: ApiName;
  readonly family: ErrorFamily;
  /** The codes the operation documents (`x-error-codes`); a forced error takes its code for the status from them first. */
  readonly errorCodes?: readonly string[];
}

/**
 * The answer to a problem: the API's code for its kind, with the status the spec gives that
 * code, in the family's error body. A forced error keeps its status (and its code, or the code
 * the operation documents for the status, else the API's); a forced envelope failure is HTTP
 * 200 with `data: null`.
 * @example negotiate(operation, invalidParameter('limit must be <= 500, got 501'), requestId, now) // 400 USG.000000001
 */
export function negotiate(operation: AnsweringOperation, problem: Problem, requestId: string, now: number): MockAnswer {
  const { api, family } = operation;
  switch (problem.kind) {
    case 'forced': {
      const code = problem.code ?? documentedCode(operation, problem.status) ?? codeOfStatus(api, problem.status) ?? `HTTP.${problem.status}`;
      return jsonAnswer(problem.status, errorBody(family, code, problem.message, requestId, now), requestId);
    }
    case 'envelope-failure':
      return jsonAnswer(200, { ...errorBody('legacy', problem.code, problem.message, requestId, now), data: null }, requestId);
    case 'http-refusal':
      return jsonAnswer(problem.status, errorBody(family, `MOCK.${problem.status}`, problem.message, requestId, now), requestId);
    default: {
      const codes = VENDOR_CODES[api];
      const code = codes[problem.kind] ?? codes['server-error'];
      return jsonAnswer(statusOfCode(api, code), errorBody(family, code, problem.message, requestId, now), requestId);
    }
  }
}

/** The code an operation documents for a status (one of {@link VENDOR_CODES} first), e.g. USG.000000007 for a login's 401. */
function documentedCode(operation: AnsweringOperation, status: number): string | undefined {
  const own = operation.errorCodes?.filter((code) => statusOfCode(operation.api, code) === status) ?? [];
  const preferred = Object.values(VENDOR_CODES[operation.api]) as string[];
  return own.find((code) => preferred.includes(code)) ?? own[0];
}

/** The standalone server's answer to a request no operation matches (outside any API family). */
export function unroutedAnswer(method: string, path: string): MockAnswer {
  return { status: 404, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error_code: 'MOCK.404', error_msg: `No mocked operation for ${method} ${path}.` }) };
}
