// Authentication of a request as its operation's security requirement says.

import { basicCredential, parseSdkDate, verifyAkSkSignature } from '@hwcloud-directory/protocol';
import { message, type Language } from '../answers/messages.js';
import { problem, type Problem } from '../answers/problem.js';
import type { DirectoryUser } from '../directory/records.js';
import type { MockOperation } from '../generated/operations.js';
import type { MockRuntime } from '../state/mock-runtime.js';
import type { MockRequest } from './mock-request.js';

/** Who is calling: a Meeting user (by access token) or the BSS enterprise master account. */
export type Caller = { kind: 'meeting'; user: DirectoryUser } | { kind: 'bss-master'; via: 'iam-token' | 'aksk' };

/**
 * The caller (null for a login, which authenticates itself, and for an operation that needs no
 * credential), or why the request is refused.
 */
export type Authentication = { readonly caller: Caller | null } | { readonly problem: Problem };

const NO_CALLER: Authentication = { caller: null };

function meetingCaller(runtime: MockRuntime, token: string | null, now: number, language: Language): Authentication {
  const session = token ? runtime.sessions.find(token, now) : undefined;
  const user = session ? runtime.directory.users.get(session.account) : undefined;
  if (!session || !user) return { problem: problem('token-rejected', message(language, 'tokenRejected')) };
  return { caller: { kind: 'meeting', user } };
}

/**
 * Authenticates a request as its operation's security requirement says: `X-Access-Token`,
 * the legacy `Authorization: Basic base64(accessToken)`, or for BSS an IAM token
 * (`X-Auth-Token`) or an AK/SK `SDK-HMAC-SHA256` signature. A login (`operation.login`)
 * checks its own credentials; an operation whose security includes `{}` (`operation.anonymous`,
 * e.g. `checkToken`) needs none, and a credential sent along is not checked. A refusal is
 * worded in `language`.
 */
export async function authenticate(operation: MockOperation, request: MockRequest, runtime: MockRuntime, now: number, language: Language): Promise<Authentication> {
  if (operation.login || operation.anonymous) return NO_CALLER;
  const bssRefused = (detail: string): Authentication => ({ problem: problem('token-rejected', message(language, 'iamRejected', detail)) });
  const schemes = operation.security.map((s) => s.scheme);
  if (schemes.includes('accessToken')) return meetingCaller(runtime, request.headers.get('x-access-token'), now, language);
  if (schemes.includes('legacyBasicToken')) return meetingCaller(runtime, basicCredential(request.headers.get('authorization')), now, language);
  if (schemes.includes('iamToken') || schemes.includes('akskSignature')) {
    const iamToken = request.headers.get('x-auth-token');
    if (schemes.includes('iamToken') && iamToken !== null) {
      return runtime.credentials.iamTokens.includes(iamToken) ? { caller: { kind: 'bss-master', via: 'iam-token' } } : bssRefused('the X-Auth-Token is not valid');
    }
    if (schemes.includes('akskSignature') && request.headers.get('authorization') !== null) {
      // The verifier reports a date it cannot read as out of range; say what is wrong with it.
      const sdkDate = request.headers.get('x-sdk-date');
      if (sdkDate !== null && Number.isNaN(parseSdkDate(sdkDate))) {
        return bssRefused(`AK/SK signature rejected (malformed X-Sdk-Date ${JSON.stringify(sdkDate.slice(0, 40))}: send the UTC time as YYYYMMDDTHHMMSSZ, e.g. 20261130T235251Z)`);
      }
      const body = await request.body();
      const rejection = await verifyAkSkSignature(
        { method: request.method, url: request.url, headers: request.headers, body },
        (ak) => runtime.credentials.accessKeys.find((k) => k.ak === ak)?.sk,
        now,
        runtime.signatureMaxSkewMs,
      );
      return rejection === null ? { caller: { kind: 'bss-master', via: 'aksk' } } : bssRefused(`AK/SK signature rejected (${rejection})`);
    }
    return bssRefused('send X-Auth-Token or an SDK-HMAC-SHA256 Authorization header');
  }
  throw new Error(`${operation.operationId}: no supported security scheme among ${schemes.join(', ')}`);
}
