// Issuing an access token after a successful login (AuthTokenResult).

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { message, type Language } from '../answers/messages.js';
import { problem, type Problem } from '../answers/problem.js';
import type { DirectoryUser } from '../directory/records.js';
import type { OperationResult } from '../pipeline/operation-implementation.js';
import type { MockRuntime } from '../state/mock-runtime.js';
import { newAccessToken } from '../state/sessions.js';

type MeetingSchemas = MeetingComponents['schemas'];

/** How long a refresh token lives, in seconds (30 days). */
const REFRESH_VALID_PERIOD_S = 2_592_000;
/** The SP every mock enterprise belongs to (the vendor example's SP ID). */
const SP_ID = '8a8df0a174a1c6680174a26f578b0000';

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
      user: authUserInfo(runtime, user, appId),
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

/**
 * The login answer's `user` (the vendor's `UserInfo`): every field the vendor returns, in its
 * order; no credential of the user (`numberHA1`, `password`, `paidPassword`) is ever sent.
 */
function authUserInfo(runtime: MockRuntime, user: DirectoryUser, appId: string | null): MeetingSchemas['AuthUserInfo'] {
  const { enterprise } = runtime.directory;
  return {
    realm: 'huaweicloud.com',
    userId: user.id,
    ucloginAccount: user.userAccount,
    serviceAccount: `sip:${user.sipNum}@huaweicloud.com`,
    alias1: null,
    companyId: enterprise.id,
    spId: SP_ID,
    companyDomain: null,
    userType: user.userType,
    adminType: user.adminType,
    name: user.name,
    nameEn: user.englishName ?? '',
    isBindPhone: user.phone !== null,
    freeUser: false,
    thirdAccount: user.thirdAccount,
    visionAccount: user.visionAccount,
    headPictureUrl: null,
    password: null,
    status: user.status,
    paidAccount: null,
    paidPassword: null,
    weLinkUser: false,
    appId,
    tr069Account: null,
    corpType: enterprise.corpType,
    cloudUserId: '',
    grayUser: false,
  };
}
