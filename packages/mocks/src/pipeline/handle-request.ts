// The orchestrator every adapter calls (as msw's handleRequest.ts): route, authenticate, parse,
// validate, run the operation, and answer. Every failure is a Problem that answers/negotiate.ts
// turns into the family's error body; nothing escapes as an exception.

import { negotiate } from '../answers/negotiate.js';
import { jsonAnswer, type MockAnswer } from '../answers/mock-answer.js';
import { invalidParameter, isProblem, problem } from '../answers/problem.js';
import { authenticate } from './authenticate.js';
import type { Pipeline } from './create-pipeline.js';
import { matchRoute, type RouteMatch } from './match-route.js';
import type { MockRequest } from './mock-request.js';
import { parseRequest } from './parse-request.js';
import { requestIdOf } from './request-id.js';
import { validateRequest } from './validate-request.js';
import { validateResponseBody } from './validate-response.js';

/**
 * Answers a request: the operation its route matches, or null when no route does (the adapter
 * decides what that means: MSW passes the request on, the standalone server answers 404).
 * @example const answer = await handleRequest(pipeline, toMockRequest(req, url, body));
 */
export async function handleRequest(pipeline: Pipeline, request: MockRequest): Promise<MockAnswer | null> {
  const match = matchRoute(pipeline.routes, request.method, request.url);
  return match ? answerRoute(pipeline, match, request) : null;
}

/**
 * Answers a request whose route is already matched (an MSW handler's predicate matched it):
 * request id, authentication, parsing and validation against the compiled spec schema, the
 * operation's behaviour, and optionally validation of the answer.
 */
export async function answerRoute(pipeline: Pipeline, match: RouteMatch, request: MockRequest): Promise<MockAnswer> {
  const { runtime } = pipeline;
  const { operation, operationId } = match.route;
  const requestId = requestIdOf(request);
  const now = runtime.now();
  // A defect of the mock (a bug, or an answer that breaks the spec): logged, and answered as a server error.
  const defect = (message: string, cause: unknown) => {
    if (typeof console !== 'undefined') console.error(`[hwcloud-directory-mock] ${operationId} failed:`, cause);
    return negotiate(operation, problem('server-error', `Server exception in the mock: ${message}`), requestId, now);
  };
  try {
    const authentication = await authenticate(operation, request, runtime, now);
    if ('problem' in authentication) return negotiate(operation, authentication.problem, requestId, now);
    const input = await parseRequest(request, operation, match.params);
    if (isProblem(input)) return negotiate(operation, input, requestId, now);
    const invalid = validateRequest(operation, input);
    if (invalid) return negotiate(operation, invalidParameter(invalid.message), requestId, now);
    const result = await pipeline.implementations[operationId]({ operation, input, caller: authentication.caller, request, requestId, now, runtime });
    if (isProblem(result)) return negotiate(operation, result, requestId, now);
    const answer = jsonAnswer(result.status, result.body, requestId);
    if (runtime.validateResponses) {
      const broken = await validateResponseBody(operation, result.status, JSON.parse(answer.body));
      if (broken) {
        const message = `the mock produced a response that breaks the spec: ${broken.message}`;
        return defect(message, new Error(message));
      }
    }
    return answer;
  } catch (error) {
    return defect(error instanceof Error ? error.message : String(error), error);
  }
}
