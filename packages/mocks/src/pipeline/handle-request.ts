// The orchestrator every adapter calls (as msw's handleRequest.ts): route, authenticate, parse,
// validate, run the operation, and answer. Every failure is a Problem that answers/negotiate.ts
// turns into the family's error body; nothing escapes as an exception.

import { negotiate } from '../answers/negotiate.js';
import { jsonAnswer, type MockAnswer } from '../answers/mock-answer.js';
import { message } from '../answers/messages.js';
import { httpRefusal, invalidParameter, isProblem, problem } from '../answers/problem.js';
import { authenticate } from './authenticate.js';
import type { Pipeline } from './create-pipeline.js';
import type { RouteMatch } from './match-route.js';
import { RequestBodyRefused, type MockRequest } from './mock-request.js';
import { parseRequest } from './parse-request.js';
import { parsePrefer } from './prefer-header.js';
import { preferredProblem } from './preferred-problem.js';
import { requestIdOf } from './request-id.js';
import { requestLanguage } from './request-language.js';
import { routeRequest } from './route-request.js';
import { validateRequest } from './validate-request.js';
import { validateResponseBody } from './validate-response.js';

/**
 * Answers a request: the operation its route matches (HEAD as GET: the adapter sends no body),
 * 405 with `Allow` in the family's error body when the path is an operation's but the method
 * is not, or null when no route does (the adapter decides what that means: the standalone
 * server answers 404). Routing reads no body.
 * @example const answer = await handleRequest(pipeline, nodeMockRequest(req, url, body));
 */
export async function handleRequest(pipeline: Pipeline, request: MockRequest): Promise<MockAnswer | null> {
  const decision = routeRequest(pipeline.routes, request.method, request.url);
  if (decision.kind === 'matched') return answerRoute(pipeline, decision.match, request);
  if (decision.kind === 'unrouted') return null;
  const allow = decision.allow.join(', ');
  const { operation } = decision.route;
  const refusal = httpRefusal(405, message(requestLanguage(operation, request), 'methodNotAllowed', request.method, operation.path, allow));
  const answer = negotiate(operation, refusal, requestIdOf(request), pipeline.runtime.now());
  answer.headers.Allow = allow;
  return answer;
}

/**
 * Answers a request whose route is already matched (an MSW handler's predicate matched it):
 * request id, authentication, parsing and validation against the compiled spec schema, then a
 * `Prefer: code=<status>` error instead of the operation (as Prism: only a request that passes
 * security and validation gets the status it prefers), else the operation's behaviour, and
 * optionally validation of the answer. `Preference-Applied` says when the preference was met.
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
    const language = requestLanguage(operation, request);
    const authentication = await authenticate(operation, request, runtime, now, language);
    if ('problem' in authentication) return negotiate(operation, authentication.problem, requestId, now);
    const input = await parseRequest(request, operation, match.params, language);
    if (isProblem(input)) return negotiate(operation, input, requestId, now);
    const invalid = validateRequest(operation, input);
    if (invalid) return negotiate(operation, invalidParameter(invalid.message, language), requestId, now);
    const { code: preferredCode } = parsePrefer(request.headers.get('prefer'));
    const preferred = preferredProblem(operation, preferredCode);
    if (preferred) return preferenceApplied(negotiate(operation, preferred, requestId, now), preferredCode);
    const result = await pipeline.implementations[operationId]({ operation, input, caller: authentication.caller, request, requestId, now, runtime });
    if (isProblem(result)) return negotiate(operation, result, requestId, now);
    const answer = jsonAnswer(result.status, result.body, requestId);
    if (runtime.validateResponses) {
      const broken = await validateResponseBody(operation, result.status, answer.body === '' ? undefined : JSON.parse(answer.body));
      if (broken) {
        const message = `the mock produced a response that breaks the spec: ${broken.message}`;
        return defect(message, new Error(message));
      }
    }
    return preferenceApplied(answer, preferredCode);
  } catch (error) {
    // The adapter refused the body (too large, cut off): an answer, not a defect.
    if (error instanceof RequestBodyRefused) return negotiate(operation, error.problem, requestId, now);
    return defect(error instanceof Error ? error.message : String(error), error);
  }
}

/** Marks an answer whose status is the one `Prefer: code=` asked for (RFC 7240 `Preference-Applied`). */
function preferenceApplied(answer: MockAnswer, code: string | undefined): MockAnswer {
  if (code !== undefined && String(answer.status) === code) answer.headers['Preference-Applied'] = `code=${code}`;
  return answer;
}
