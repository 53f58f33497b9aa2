// The vendor's token answer (AuthTokenResult) of a session: what the logins, checkToken and
// updateToken answer with.

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import type { DirectoryUser } from '../directory/records.js';
import type { MockRuntime } from '../state/mock-runtime.js';
import type { Session } from '../state/sessions.js';

type MeetingSchemas = MeetingComponents['schemas'];

/** How long a refresh token lives, in seconds (30 days). */
export const REFRESH_VALID_PERIOD_S = 2_592_000;
/** The SP every mock enterprise belongs to (the vendor example's SP ID). */
const SP_ID = '8a8df0a174a1c6680174a26f578b0000';

/**
 * AuthTokenResult of a session at `now`, with the user's `UserInfo` when `user` is given.
 * `validPeriod` is the lifetime tokens are issued and renewed with; a static token, which
 * never expires, reports an expiry one lifetime after `now`. The refresh fields are left out
 * for a static token, which has no refresh token.
 * @example tokenResult(runtime, session, null, now).expireTime // Math.floor(session.expiresAt / 1000)
 */
export function tokenResult(runtime: MockRuntime, session: Session, user: DirectoryUser | null, now: number): MeetingSchemas['AuthTokenResult'] {
  const validPeriod = runtime.tokenLifetimeSeconds;
  const expiresAt = Number.isFinite(session.expiresAt) ? session.expiresAt : now + validPeriod * 1000;
  const { refresh } = session;
  return {
    accessToken: session.accessToken,
    tokenIp: '127.0.0.1',
    validPeriod,
    expireTime: Math.floor(expiresAt / 1000),
    createTime: session.createdAt,
    ...(user ? { user: authUserInfo(runtime, user, session.appId ?? null) } : {}),
    clientType: session.clientType as MeetingSchemas['ClientType'],
    forceLoginInd: null,
    firstLogin: false,
    pwdExpired: false,
    daysPwdAvailable: 90,
    delayDelete: false,
    proxyToken: null,
    tokenType: 0,
    ...(refresh
      ? {
          refreshToken: refresh.token,
          refreshValidPeriod: REFRESH_VALID_PERIOD_S,
          refreshExpireTime: Math.floor(refresh.createdAt / 1000) + REFRESH_VALID_PERIOD_S,
          refreshCreateTime: refresh.createdAt,
        }
      : {}),
  };
}

/**
 * The token answer's `user` (the vendor's `UserInfo`): every field the vendor returns, in its
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
