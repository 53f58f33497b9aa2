// PUT /v1/usg/acs/token (updateToken): renews the caller's access token.

import { languageOf, message } from '../answers/messages.js';
import { problem } from '../answers/problem.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { tokenResult } from './token-result.js';

/**
 * Renews the token sent in `X-Access-Token` (the pipeline has checked it): the same token, valid
 * for a full lifetime from now (the spec's reading of "update the validity period"), answered
 * as AuthTokenResult without `user`. A static test token keeps never expiring.
 */
export const updateToken: OperationImplementation = (request) => {
  const { runtime, now } = request;
  const token = request.request.headers.get('x-access-token') ?? '';
  const session = runtime.sessions.renew(token, now, runtime.tokenLifetimeSeconds * 1000);
  if (!session) return problem('token-rejected', message(languageOf(request.input.header), 'tokenRejected'));
  return { status: 200, body: tokenResult(runtime, session, null, now) };
};
