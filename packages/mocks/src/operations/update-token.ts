// PUT /v1/usg/acs/token (updateToken): renews the caller's access token.

import { languageOf, message } from '../answers/messages.js';
import { problem } from '../answers/problem.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { tokenResult } from './token-result.js';

/**
 * Renews the token sent in `X-Access-Token` (the pipeline has checked it): answers a new token of
 * the same user with a full lifetime, as AuthTokenResult without `user`. The token sent stays
 * valid until its own expiry (a static test token, never), the spec's reading.
 */
export const updateToken: OperationImplementation = (request) => {
  const { runtime, now } = request;
  const token = request.request.headers.get('x-access-token') ?? '';
  const session = runtime.sessions.renew(token, now, runtime.tokenLifetimeSeconds * 1000);
  if (!session) return problem('token-rejected', message(languageOf(request.input.header), 'tokenRejected'));
  return { status: 200, body: tokenResult(runtime, session, null, now) };
};
