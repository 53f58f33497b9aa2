// Issuing an access token after a successful login (AuthTokenResult).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { message, type Language } from '../answers/messages.js';
import { problem, type Problem } from '../answers/problem.js';
import type { DirectoryUser } from '../directory/records.js';
import type { OperationResult } from '../pipeline/operation-implementation.js';
import type { MockRuntime } from '../state/mock-runtime.js';
import { newAccessToken } from '../state/sessions.js';
import { tokenResult } from './token-result.js';

type MeetingSchemas = MeetingComponents['schemas'];

/** The login's success: status 200 and the token result. */
export interface IssuedToken extends OperationResult {
  readonly body: MeetingSchemas['AuthTokenResult'];
}

/**
 * Issues an access token to a user and answers with AuthTokenResult; a disabled user gets a
 * `disabled` problem (HTTP 412) instead.
 * @param appId the App ID of an App ID login, null for an account login
 * @param language the language of the `disabled` message
 */
export function issueToken(runtime: MockRuntime, user: DirectoryUser, clientType: MeetingSchemas['ClientType'], now: number, appId: string | null, language: Language): IssuedToken | Problem {
  if (user.status === 1) return problem('disabled', message(language, 'accountDisabled'));
  const session = runtime.sessions.issue({
    accessToken: newAccessToken('mk'),
    account: user.userAccount,
    clientType,
    createdAt: now,
    expiresAt: now + runtime.tokenLifetimeSeconds * 1000,
    appId,
    refresh: { token: newAccessToken('rf'), createdAt: now },
  });
  return { status: 200, body: tokenResult(runtime, session, user, now) };
}
