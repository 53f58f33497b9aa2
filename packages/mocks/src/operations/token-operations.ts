import { parseAppAuthAuthorization, verifyAppAuthSignature } from '../auth/app-id-signature.js';
import { basicCredential } from '../auth/authorization-header.js';
import { newAccessToken } from '../auth/sessions.js';
import type { DirectoryUser } from '../directory/records.js';
import { MockError } from '../handlers/mock-error.js';
import type { MockRuntime, OperationImplementation } from '../handlers/runtime.js';
import { MEETING_CODES } from '../handlers/vendor-codes.js';

const REFRESH_VALID_PERIOD_S = 2_592_000;

function authFailed(detail: string): MockError {
  return MockError.of('meeting', MEETING_CODES.authenticationFailed, `Authentication failed: ${detail}.`);
}

/** Issues a token for a user and answers with AuthTokenResult. */
function issueToken(runtime: MockRuntime, user: DirectoryUser, clientType: number, now: number, appId: string | null) {
  if (user.status === 1) throw MockError.of('meeting', MEETING_CODES.accountDisabled, 'The account is disabled.');
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

/**
 * POST /v1/usg/acs/auth/account: account and password in `Authorization: Basic
 * base64(account:password)` (UTF-8), checked against the configured credentials.
 * Repeated failures lock the account (HTTP 423); a disabled user gets HTTP 412.
 */
export const createToken: OperationImplementation = (request) => {
  const { runtime, now } = request;
  const body = request.input.body as { account: string; clientType: number };
  const decoded = basicCredential(request.request.headers.get('authorization'));
  const colon = decoded?.indexOf(':') ?? -1;
  if (decoded === null || colon < 0) throw authFailed('send Authorization: Basic base64(account:password)');
  const account = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (account !== body.account) throw authFailed('the account in the Authorization header differs from the body');
  const failures = runtime.failedLogins.get(account) ?? 0;
  if (failures >= runtime.maxFailedLogins) throw MockError.of('meeting', MEETING_CODES.accountLocked, 'The account is locked after too many failed logins.');
  const known = runtime.credentials.accounts.find((c) => c.account === account);
  const user = runtime.directory.users.get(account);
  if (!known || known.password !== password || !user) {
    runtime.failedLogins.set(account, failures + 1);
    throw authFailed('the account or password is incorrect');
  }
  runtime.failedLogins.delete(account);
  return issueToken(runtime, user, body.clientType, now, null);
};

interface AppAuthBody {
  appId: string;
  clientType: number;
  expireTime: number;
  nonce: string;
  corpId?: string;
  userId?: string;
  userName?: string;
  userEmail?: string;
  userPhone?: string;
  deptCode?: string;
}

/**
 * POST /v2/usg/acs/auth/appauth: App ID authentication. The HMAC-SHA256 signature of
 * `appId:userId:expireTime:nonce` is checked with the configured App Key; without `userId`
 * the token is the default administrator's; an unknown `userId` creates the user.
 */
export const createAppIdToken: OperationImplementation = async (request) => {
  const { runtime, now } = request;
  const body = request.input.body as AppAuthBody;
  const auth = parseAppAuthAuthorization(request.request.headers.get('authorization'));
  if (!auth) throw authFailed('send Authorization: HMAC-SHA256 signature=<hex>,access=<base64(appId)>');
  if (auth.appId !== body.appId) throw authFailed('access does not encode the appId of the body');
  const app = runtime.credentials.apps.find((a) => a.appId === body.appId);
  if (!app) throw authFailed('unknown appId');
  if (!(await verifyAppAuthSignature(body, app.appKey, auth.signature))) throw authFailed('the signature does not match');
  if (body.expireTime !== 0 && body.expireTime * 1000 <= now) throw authFailed('the signature has expired (expireTime is in the past)');
  if (body.corpId !== undefined && body.corpId !== '') throw authFailed('corpId is only for SP mode; this enterprise is a single enterprise');
  const { directory } = runtime;
  let user: DirectoryUser | undefined;
  if (body.userId === undefined || body.userId === '') {
    user = directory.users.find((u) => u.adminType === 0);
  } else {
    user = directory.findUserByThirdAccount(body.userId);
    if (!user) {
      user = directory.users.add({
        thirdAccount: body.userId,
        name: body.userName || body.userId,
        email: body.userEmail ?? null,
        phone: body.userPhone ?? null,
        adminType: 2,
        status: 0,
        ...(body.deptCode && directory.departments.get(body.deptCode) ? { deptCode: body.deptCode } : {}),
      });
    }
  }
  if (!user) throw MockError.of('meeting', MEETING_CODES.serverError, 'The enterprise has no default administrator.');
  return issueToken(runtime, user, body.clientType, now, body.appId);
};
