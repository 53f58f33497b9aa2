// Issuing an access token after a successful login (AuthTokenResult).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { problem, type Problem } from '../answers/problem.js';
import type { DirectoryUser } from '../directory/records.js';
import type { OperationResult } from '../pipeline/operation-implementation.js';
import type { MockRuntime } from '../state/mock-runtime.js';
import { newAccessToken } from '../state/sessions.js';

type MeetingSchemas = MeetingComponents['schemas'];

/** How long a refresh token lives, in seconds (30 days). */
const REFRESH_VALID_PERIOD_S = 2_592_000;

/** The login's success: status 200 and the token result. */
export interface IssuedToken extends OperationResult {
  readonly body: MeetingSchemas['AuthTokenResult'];
}

/**
 * Issues an access token to a user and answers with AuthTokenResult; a disabled user gets a
 * `disabled` problem (HTTP 412) instead.
 * @param appId the App ID of an App ID login, null for an account login
 */
export function issueToken(runtime: MockRuntime, user: DirectoryUser, clientType: MeetingSchemas['ClientType'], now: number, appId: string | null): IssuedToken | Problem {
  if (user.status === 1) return problem('disabled', 'The account is disabled.');
  const validPeriod = runtime.tokenLifetimeSeconds;
  const session = runtime.sessions.issue({ accessToken: newAccessToken('mk'), account: user.userAccount, clientType, createdAt: now, expiresAt: now + validPeriod * 1000 });
  return {
    status: 200,
    body: {
      accessToken: session.accessToken,
      tokenIp: '127.0.0.1',
      validPeriod,
      expireTime: Math.floor(session.expiresAt / 1000),
      createTime: now,
      user: {
        userId: user.id,
        name: user.name,
        companyId: runtime.directory.enterprise.id,
        userType: user.userType,
        adminType: user.adminType,
        thirdAccount: user.thirdAccount,
        status: user.status,
        appId,
      },
      clientType,
      forceLoginInd: null,
      firstLogin: false,
      pwdExpired: false,
      daysPwdAvailable: 90,
      delayDelete: false,
      proxyToken: null,
      tokenType: 0,
      refreshToken: newAccessToken('rf'),
      refreshValidPeriod: REFRESH_VALID_PERIOD_S,
      refreshExpireTime: Math.floor(now / 1000) + REFRESH_VALID_PERIOD_S,
      refreshCreateTime: now,
    },
  };
}
