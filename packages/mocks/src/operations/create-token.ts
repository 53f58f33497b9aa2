// POST /v1/usg/acs/auth/account (createToken): the account and password login.

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import { languageOf, message } from '../answers/messages.js';
import { loginFailed, problem } from '../answers/problem.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { issueToken } from './issue-token.js';

/**
 * The `account:password` of `Authorization: Basic base64(account:password)`: the text, or why
 * there is none: `malformed` (no Basic credential, not base64) or `not-utf8` (base64 of bytes
 * that are not UTF-8, as the vendor's Node SDK sends any non-ASCII character).
 */
function basicAccountPassword(header: string | null): string | 'malformed' | 'not-utf8' {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match) return 'malformed';
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(match[1] as string), (c) => c.charCodeAt(0));
  } catch {
    return 'malformed';
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not-utf8';
  }
}

/**
 * Account and password in `Authorization: Basic base64(account:password)` (UTF-8), checked
 * against the configured credentials. Repeated failures lock the account for a while (HTTP 423,
 * see `FailedLogins`); a disabled user gets HTTP 412. Messages are in the negotiated language.
 */
export const createToken: OperationImplementation = (request) => {
  const { runtime, now } = request;
  const language = languageOf(request.input.header);
  const body = request.input.body as MeetingComponents['schemas']['AccountAuthRequest'];
  const decoded = basicAccountPassword(request.request.headers.get('authorization'));
  if (decoded === 'not-utf8') return loginFailed(message(language, 'credentialsNotUtf8'), language);
  const colon = decoded === 'malformed' ? -1 : decoded.indexOf(':');
  if (decoded === 'malformed' || colon < 0) return loginFailed(message(language, 'sendBasic'), language);
  const account = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (account !== body.account) return loginFailed(message(language, 'accountMismatch'), language);
  const lockedUntil = runtime.failedLogins.lockedUntil(account, now);
  if (lockedUntil !== null) return problem('locked', message(language, 'accountLocked', String(Math.ceil((lockedUntil - now) / 60_000))));
  const known = runtime.credentials.accounts.find((c) => c.account === account);
  const user = runtime.directory.users.get(account);
  if (!known || known.password !== password || !user) {
    runtime.failedLogins.record(account, now);
    return loginFailed(message(language, 'wrongPassword'), language);
  }
  runtime.failedLogins.delete(account);
  return issueToken(runtime, user, body.clientType, now, null, language);
};
