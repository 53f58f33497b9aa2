// Meeting authentication: where the access token comes from, and how each operation sends it
// (`X-Access-Token`, or `Authorization: Basic base64(token)` for the older REST API).

import type { Middleware } from 'openapi-fetch';
import { appIdAuthorization, randomNonce } from './app-id-authorization.js';
import { encodeBase64 } from './base64.js';
import { operationWithScheme, type CallFunction } from './client-core.js';
import { CONTEXT_KEY, contextOf, type RequestContext } from './request-context.js';
import { createTokenManager, fixedToken, type IssuedToken, type TokenManager } from './token-manager.js';
import type { OperationTable } from './typed-client.js';
import { readVendorError } from './vendor-error-body.js';

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

/** The code of an invalid or expired access token. */
export const TOKEN_REJECTED_CODE = 'USG.000000004';
/** `clientType` the vendor asks server-side integrations to log in with. */
const CLIENT_TYPE = 72;
/** Lifetime of an App ID login signature. */
const SIGNATURE_TTL_SECONDS = 600;

/** The secrets of `auth`, to keep out of error messages. */
export function meetingSecrets(auth: MeetingAuth): string[] {
  if ('accessToken' in auth) return [auth.accessToken];
  if ('password' in auth) return [auth.password, encodeBase64(`${auth.account}:${auth.password}`)];
  return [auth.appKey];
}

/** Builds the token manager that logs in as `auth` says, through `call`. */
export function meetingTokens(auth: MeetingAuth, operations: OperationTable, call: CallFunction, secrets: Set<string>): TokenManager {
  if ('accessToken' in auth) return fixedToken(auth.accessToken);
  const { method, path } = operationWithScheme(operations, 'password' in auth ? 'accountPassword' : 'appIdSignature');
  return createTokenManager({
    issue: async () => {
      const issued = (await call(method, path, await loginRequest(auth))).data as IssuedToken;
      secrets.add(issued.accessToken).add(encodeBase64(issued.accessToken));
      return issued;
    },
  });
}

/** Body and headers of a login: `Basic base64(account:password)`, or a fresh App ID signature. */
async function loginRequest(auth: AccountAuth | AppIdAuth): Promise<Record<string, unknown>> {
  if ('password' in auth) {
    const body = { account: auth.account, clientType: CLIENT_TYPE };
    return { body, headers: { Authorization: `Basic ${encodeBase64(`${auth.account}:${auth.password}`)}` } };
  }
  const expireTime = Math.floor(Date.now() / 1000) + SIGNATURE_TTL_SECONDS;
  const nonce = randomNonce();
  const { appKey, ...profile } = auth;
  const authorization = await appIdAuthorization({ ...auth, expireTime, nonce });
  return {
    body: { ...profile, clientType: CLIENT_TYPE, expireTime, nonce },
    headers: { Authorization: authorization, 'X-Token-Type': 'LongTicket' },
  };
}

function applyToken(headers: Headers, scheme: string, token: string): void {
  if (scheme === 'legacyBasicToken') headers.set('Authorization', `Basic ${encodeBase64(token)}`);
  else headers.set('X-Access-Token', token);
}

/**
 * Middleware that sends the access token as each operation's security scheme says, and on a
 * rejected token (`USG.000000004`) renews it once and sends the request again.
 */
export function meetingAuthMiddleware(tokens: TokenManager): Middleware {
  return {
    onRequest({ request }) {
      const context = contextOf(request);
      const scheme = (context?.info?.security ?? ['accessToken']).find((name) => name === 'accessToken' || name === 'legacyBasicToken');
      if (!scheme) return undefined; // the login operations carry their own credentials
      const send = (token: string) => {
        applyToken(request.headers, scheme, token);
        if (context) context.sent = { token, scheme, replay: request.body === null ? undefined : request.clone() };
        return undefined;
      };
      // A fresh cached token is applied without waiting a tick; otherwise log in first.
      const cached = tokens.peek();
      return cached === undefined ? tokens.get().then(send) : send(cached);
    },
    onResponse({ request, response, options }) {
      const sent = contextOf(request)?.sent;
      // A rejected token comes back as a 401, or as a 200 envelope from the legacy search.
      if (!sent || (response.status !== 401 && !(response.ok && request.method === 'POST'))) return undefined;
      return renewAndResend(request, response, sent, options.fetch);
    },
  };

  async function renewAndResend(
    request: Request,
    response: Response,
    sent: NonNullable<RequestContext['sent']>,
    fetch: (request: Request) => Promise<Response>,
  ): Promise<Response | undefined> {
    const body = await response.clone().json().catch(() => undefined);
    if (readVendorError(body).code !== TOKEN_REJECTED_CODE) return undefined;
    const fresh = await tokens.refresh(sent.token);
    if (fresh === sent.token) return undefined; // a fixed token: nothing to renew
    const replay = new Request(sent.replay ?? request);
    applyToken(replay.headers, sent.scheme, fresh);
    (replay as unknown as Record<string, unknown>)[CONTEXT_KEY] = contextOf(request);
    // Free the rejected body without waiting: under msw/node 2.x the cancel never settles.
    void response.body?.cancel().catch(() => undefined);
    return fetch(replay);
  }
}
