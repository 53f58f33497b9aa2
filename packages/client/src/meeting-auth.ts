// Meeting authentication: where the access token comes from, and how each operation sends it
// (`X-Access-Token`, or `Authorization: Basic base64(token)` for the older REST API).

import { appIdAuthorization, basicAuthorization, randomNonce, TOKEN_REJECTED_CODE, type MeetingPaths } from '@hwcloud-directory/protocol';
import type { Authorizer, OutgoingRequest } from './authorizer.js';
import type { CallFunction } from './client-core.js';
import type { LiveSecrets } from './redaction.js';
import { createTokenManager, fixedToken, type IssuedToken, type TokenManager } from './token-manager.js';

/** An access token you already hold; it is never renewed. */
export interface AccessTokenAuth {
  accessToken: string;
}

/** Log in with a Meeting account and its password (`POST /v1/usg/acs/auth/account`). */
export interface AccountAuth {
  account: string;
  password: string;
}

/** Log in with an App ID (`POST /v2/usg/acs/auth/appauth`). */
export interface AppIdAuth {
  appId: string;
  appKey: string;
  /** Third-party user id; absent logs in as the enterprise's default administrator. */
  userId?: string;
  /** Enterprise id, for apps of a service provider (SP mode) only. */
  corpId?: string;
  /** Optional profile used when the user is created on first login. */
  userName?: string;
  userEmail?: string;
  userPhone?: string;
  deptCode?: string;
}

/** How the Meeting client authenticates. */
export type MeetingAuth = AccessTokenAuth | AccountAuth | AppIdAuth;

/** `clientType` the vendor asks server-side integrations to log in with. */
const CLIENT_TYPE = 72;
/** Lifetime of an App ID login signature. */
const SIGNATURE_TTL_SECONDS = 600;

/** The secrets of `auth` by role, to keep out of errors (see `redaction.ts`). */
export function meetingSecrets(auth: MeetingAuth): [string, string][] {
  if ('accessToken' in auth) return [['token', auth.accessToken]];
  if ('password' in auth) return [['password', auth.password], ['basic', `${auth.account}:${auth.password}`]];
  return [['appKey', auth.appKey]];
}

/** The login operations (typed against the spec, so a renamed path fails to compile). */
const ACCOUNT_LOGIN: keyof MeetingPaths = '/v1/usg/acs/auth/account';
const APP_ID_LOGIN: keyof MeetingPaths = '/v2/usg/acs/auth/appauth';

/**
 * Builds the token manager that logs in as `auth` says. `call` sends a request without
 * authorizing it: the login operations carry their own credentials. Each token issued
 * becomes the `token` of `secrets`.
 */
export function meetingTokens(auth: MeetingAuth, call: CallFunction, secrets: LiveSecrets): TokenManager {
  if ('accessToken' in auth) return fixedToken(auth.accessToken);
  return createTokenManager({
    issue: async () => {
      const issued = (await login(auth, call)).data as IssuedToken;
      // The new token replaces the old one among the live secrets.
      secrets.set('token', issued.accessToken);
      return issued;
    },
  });
}

/** Logs in: `Basic base64(account:password)`, or a fresh App ID signature. */
async function login(auth: AccountAuth | AppIdAuth, call: CallFunction) {
  if ('password' in auth) {
    const body = { account: auth.account, clientType: CLIENT_TYPE };
    return call('POST', ACCOUNT_LOGIN, { body, headers: { Authorization: basicAuthorization(`${auth.account}:${auth.password}`) } });
  }
  const expireTime = Math.floor(Date.now() / 1000) + SIGNATURE_TTL_SECONDS;
  const nonce = randomNonce();
  const { appKey, ...profile } = auth;
  const authorization = await appIdAuthorization({ ...auth, expireTime, nonce });
  return call('POST', APP_ID_LOGIN, {
    body: { ...profile, clientType: CLIENT_TYPE, expireTime, nonce },
    headers: { Authorization: authorization, 'X-Token-Type': 'LongTicket' },
  });
}

/**
 * Sends the access token as each operation's security scheme says (`X-Access-Token`, or
 * `Authorization: Basic base64(token)` for the legacy search), and on a rejected token
 * (`USG.000000004`) renews it once for the request to be sent again.
 */
export function meetingAuthorizer(tokens: TokenManager): Authorizer {
  const schemeOf = (request: OutgoingRequest) =>
    (request.info?.security ?? ['accessToken']).find((name) => name === 'accessToken' || name === 'legacyBasicToken');

  function apply(request: OutgoingRequest, scheme: string, token: string): void {
    if (scheme === 'legacyBasicToken') request.headers.authorization = basicAuthorization(token);
    else request.headers['x-access-token'] = token;
    request.credential = token;
  }

  return {
    authorize(request) {
      const scheme = schemeOf(request);
      if (!scheme) return undefined; // the login operations carry their own credentials
      // A fresh cached token is applied without waiting a tick; otherwise log in first.
      const cached = tokens.peek();
      return cached === undefined ? tokens.get().then((token) => apply(request, scheme, token)) : apply(request, scheme, cached);
    },
    async renew(request, code) {
      const sent = request.credential;
      if (sent === undefined || code !== TOKEN_REJECTED_CODE) return false;
      const fresh = await tokens.refresh(sent);
      if (fresh === sent) return false; // a fixed token: nothing to renew
      apply(request, schemeOf(request)!, fresh);
      return true;
    },
  };
}
