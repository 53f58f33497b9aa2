// POST /v1/usg/acs/auth/account (createToken): the account and password login.

import { basicCredential, type MeetingComponents } from '@hwcloud-directory/protocol';
import { loginFailed, problem } from '../answers/problem.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { isLocked, recordFailedLogin } from '../state/failed-logins.js';
import { issueToken } from './issue-token.js';

/**
 * Account and password in `Authorization: Basic base64(account:password)` (UTF-8), checked
 * against the configured credentials. Repeated failures lock the account (HTTP 423); a
 * disabled user gets HTTP 412.
 */
export const createToken: OperationImplementation = (request) => {
  const { runtime, now } = request;
  const body = request.input.body as MeetingComponents['schemas']['AccountAuthRequest'];
  const decoded = basicCredential(request.request.headers.get('authorization'));
  const colon = decoded?.indexOf(':') ?? -1;
  if (decoded === null || colon < 0) return loginFailed('send Authorization: Basic base64(account:password)');
  const account = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (account !== body.account) return loginFailed('the account in the Authorization header differs from the body');
  if (isLocked(runtime.failedLogins, account, runtime.maxFailedLogins)) return problem('locked', 'The account is locked after too many failed logins.');
  const known = runtime.credentials.accounts.find((c) => c.account === account);
  const user = runtime.directory.users.get(account);
  if (!known || known.password !== password || !user) {
    recordFailedLogin(runtime.failedLogins, account);
    return loginFailed('the account or password is incorrect');
  }
  runtime.failedLogins.delete(account);
  return issueToken(runtime, user, body.clientType, now, null);
};
