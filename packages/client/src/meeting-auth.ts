// Meeting authentication: where the access token comes from, and how each operation sends it
// (`X-Access-Token`, or `Authorization: Basic base64(token)` for the older REST API).

import { appIdAuthorization, basicAuthorization, randomNonce, TOKEN_REJECTED_CODE, type MeetingPaths } from '@hwcloud-directory/protocol';
import type { Authorizer, OutgoingRequest } from './authorizer.js';
import type { CallFunction, CallInit } from './client-core.js';
import { defaultScheme } from './generated/meeting-operations.js';
import type { LiveSecrets } from './redaction.js';
import { create } from './response-errors.js';
import { createTokenManager, type IssuedToken, type TokenManager } from './token-manager.js';

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

/** The secrets of `auth`, to keep out of errors (see `redaction.ts`): the token first. */
export function meetingSecrets(auth: MeetingAuth): LiveSecrets {
  if ('accessToken' in auth) return [auth.accessToken];
  if ('password' in auth) return [undefined, auth.password, `${auth.account}:${auth.password}`];
  return [undefined, auth.appKey];
}

/** The operations the token manager sends (typed against the spec, so a renamed path fails to compile). */
const ACCOUNT_LOGIN: keyof MeetingPaths = '/v1/usg/acs/auth/account';
const APP_ID_LOGIN: keyof MeetingPaths = '/v2/usg/acs/auth/appauth';
const TOKEN: keyof MeetingPaths = '/v1/usg/acs/token';

/**
 * Builds the token manager that logs in as `auth` says, extends a token about to expire with
 * `updateToken` and logs out with `deleteToken` on close. `call` sends a request without
 * authorizing it: these operations carry their own credentials. Each token issued becomes
 * the first of `secrets`.
 */
export function meetingTokens(auth: MeetingAuth, call: CallFunction, secrets: LiveSecrets): TokenManager {
  // A token you hold is never renewed nor ended: it never expires here, and "logging in again"
  // gives it back, so a rejected one is not sent again.
  if ('accessToken' in auth) return createTokenManager({ issue: async () => ({ accessToken: auth.accessToken, validPeriod: Infinity }) });
  /** Sends a login or a renewal and keeps the token it answers. */
  const obtain = async (method: string, path: string, init: CallInit) => {
    const { data } = await call(method, path, init);
    const issued = data as IssuedToken | undefined;
    if (typeof issued?.accessToken !== 'string') {
      throw create('invalid-response', { operation: `${method} ${path}` }, 'body has no accessToken');
    }
    // The new token replaces the old one among the live secrets.
    secrets[0] = issued.accessToken;
    return issued;
  };
  const withToken = (token: string): CallInit => ({ headers: { 'X-Access-Token': token } });
  return createTokenManager({
    issue: async () => obtain('POST', ...(await login(auth))),
    renew: (token) => obtain('PUT', TOKEN, withToken(token)),
    revoke: (token) => call('DELETE', TOKEN, withToken(token)),
  });
}

/** The login operation and its request: `Basic base64(account:password)`, or a fresh App ID signature. */
async function login(auth: AccountAuth | AppIdAuth): Promise<[string, CallInit]> {
  if ('password' in auth) {
    const body = { account: auth.account, clientType: CLIENT_TYPE };
    return [ACCOUNT_LOGIN, { body, headers: { Authorization: basicAuthorization(`${auth.account}:${auth.password}`) } }];
  }
  const expireTime = Math.floor(Date.now() / 1000) + SIGNATURE_TTL_SECONDS;
  const nonce = randomNonce();
  const { appKey, ...profile } = auth;
  return [
    APP_ID_LOGIN,
    {
      body: { ...profile, clientType: CLIENT_TYPE, expireTime, nonce },
      headers: { Authorization: await appIdAuthorization({ ...auth, expireTime, nonce }), 'X-Token-Type': 'LongTicket' },
    },
  ];
}

/**
 * Sends the access token as each operation's security scheme says (`X-Access-Token`, or
 * `Authorization: Basic base64(token)` for the legacy search), and on a rejected token
 * (`USG.000000004`) renews it once for the request to be sent again.
 */
export function meetingAuthorizer(tokens: TokenManager): Authorizer {
  const schemeOf = (request: OutgoingRequest) => request.info?.security ?? defaultScheme;

  function apply(request: OutgoingRequest, scheme: string, token: string): void {
    if (scheme === 'legacyBasicToken') request.headers.authorization = basicAuthorization(token);
    else request.headers['x-access-token'] = token;
    request.credential = token;
  }

  return {
    authorize(request) {
      const scheme = schemeOf(request);
      // The logins carry their own credentials.
      if (scheme) return tokens.get().then((token) => apply(request, scheme, token));
    },
    async renew(request, code) {
      const sent = request.credential;
      if (sent === undefined || code !== TOKEN_REJECTED_CODE) return false;
      const fresh = await tokens.refresh(sent);
      if (fresh === sent) return false; // a fixed token: nothing to renew
      apply(request, schemeOf(request), fresh);
      return true;
    },
  };
}
