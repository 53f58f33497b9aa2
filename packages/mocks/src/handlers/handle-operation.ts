import { FilterParameterError } from '../behaviour/filters.js';
import type { OperationDescription } from '../spec/operation-description.js';
import { validateRequest, validateResponseBody } from '../validation/validate-request.js';
import { authenticate } from './authenticate.js';
import { errorBody } from './error-body.js';
import { MockError } from './mock-error.js';
import { parseRequest, UnparsableBodyError } from './parse-request.js';
import { requestIdOf } from './request-id.js';
import { jsonAnswer, type MockAnswer } from './mock-answer.js';
import type { MockRequest } from './mock-request.js';
import type { MockRuntime, OperationImplementation } from './runtime.js';
import { BSS_CODES, MEETING_CODES, statusOfCode } from './vendor-codes.js';

/** The vendor codes of an operation's API. */
function codesOf(operation: OperationDescription): typeof BSS_CODES | typeof MEETING_CODES {
  return operation.api === 'bss' ? BSS_CODES : MEETING_CODES;
}

/** Answers with the operation family's error body. */
export function errorAnswer(operation: OperationDescription, status: number, code: string, message: string, requestId: string, now: number): MockAnswer {
  return jsonAnswer(status, errorBody(operation.family, code, message, requestId, now), requestId);
}

/**
 * Runs one request through the mock pipeline: request id, authentication (401), parsing
 * and validation against the compiled spec schema (400), the operation's behaviour, and
 * optionally validation of the answer. Every failure becomes the family's error body;
 * nothing escapes as an exception.
 */
export async function handleOperation(
  operation: OperationDescription,
  implementation: OperationImplementation,
  runtime: MockRuntime,
  request: MockRequest,
  pathParams: Readonly<Record<string, string | readonly string[] | undefined>>,
): Promise<MockAnswer> {
  const requestId = requestIdOf(request);
  const now = runtime.now();
  const invalid = (message: string) => {
    const code = codesOf(operation).invalidParameter;
    return errorAnswer(operation, statusOfCode(operation.api, code), code, `Invalid parameter: ${message}.`, requestId, now);
  };
  try {
    const caller = await authenticate(operation, request, runtime, now);
    const input = await parseRequest(request, operation, pathParams);
    const problem = validateRequest(operation, input);
    if (problem) return invalid(problem.message);
    const result = await implementation({ operation, input, caller, request, requestId, now, runtime });
    const answer = jsonAnswer(result.status, result.body, requestId);
    if (runtime.validateResponses) {
      const responseProblem = await validateResponseBody(operation, result.status, JSON.parse(answer.body));
      if (responseProblem) throw new Error(`the mock produced a response that breaks the spec: ${responseProblem.message}`);
    }
    return answer;
  } catch (error) {
    if (error instanceof MockError) return errorAnswer(operation, error.status, error.code, error.message, requestId, now);
    if (error instanceof UnparsableBodyError) return invalid(error.message);
    if (error instanceof FilterParameterError) return invalid(error.message);
    const code = codesOf(operation).serverError;
    const message = error instanceof Error ? error.message : String(error);
    if (typeof console !== 'undefined') console.error(`[hwcloud-directory-mock] ${operation.operationId} failed:`, error);
    return errorAnswer(operation, statusOfCode(operation.api, code), code, `Server exception in the mock: ${message}`, requestId, now);
  }
}
