// POST /v1/usg/acs/token/validate (checkToken): is a token valid, and whose is it.

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { languageOf, message } from '../answers/messages.js';
import { problem } from '../answers/problem.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { newAccessToken } from '../state/sessions.js';
import { tokenResult } from './token-result.js';

/**
 * Checks the token of the body (no credential is needed; an `X-Access-Token` sent along is not
 * looked at). A token that is unknown, expired, logged out or whose user is gone is HTTP 401
 * USG.000000004. Valid, it is described (AuthTokenResult, with `user` when `needAccountInfo` is
 * true); with `needGenNewToken` a new token of the same user, with a full lifetime, is issued
 * and described instead, and the token checked stays valid (the spec's reading).
 */
export const checkToken: OperationImplementation = (request) => {
  const { runtime, now } = request;
  const body = request.input.body as MeetingComponents['schemas']['ValidateTokenReqDTO'];
  const session = runtime.sessions.find(body.token, now);
  const user = session ? runtime.directory.users.get(session.account) : undefined;
  if (!session || !user) return problem('token-rejected', message(languageOf(request.input.header), 'tokenRejected'));
  const shown = body.needAccountInfo === true ? user : null;
  if (!body.needGenNewToken) return { status: 200, body: tokenResult(runtime, session, shown, now) };
  const fresh = runtime.sessions.issue(
    {
      accessToken: newAccessToken('mk'),
      account: session.account,
      clientType: session.clientType,
      createdAt: now,
      expiresAt: now + runtime.tokenLifetimeSeconds * 1000,
      appId: session.appId ?? null,
      refresh: { token: newAccessToken('rf'), createdAt: now },
    },
    true,
  );
  return { status: 200, body: tokenResult(runtime, fresh, shown, now) };
};
