// POST /v2/usg/acs/auth/appauth (createAppIdToken): the App ID login.

import { parseAppIdAuthorization, verifyAppIdSignature, type MeetingComponents } from '@hwcloud-directory/protocol';
import { languageOf, message } from '../answers/messages.js';
import { loginFailed, problem } from '../answers/problem.js';
import type { DirectoryUser } from '../directory/records.js';
import type { OperationImplementation } from '../pipeline/operation-implementation.js';
import { issueToken } from './issue-token.js';

/**
 * App ID authentication. The HMAC-SHA256 signature of `appId:userId:expireTime:nonce` is
 * checked with the configured App Key; without `userId` the token is the default
 * administrator's; an unknown `userId` creates the user.
 */
export const createAppIdToken: OperationImplementation = async (request) => {
  const { runtime, now } = request;
  const language = languageOf(request.input.header);
  const fail = (id: Parameters<typeof message>[1]) => loginFailed(message(language, id), language);
  const body = request.input.body as MeetingComponents['schemas']['AppAuthRequest'];
  const auth = parseAppIdAuthorization(request.request.headers.get('authorization'));
  if (!auth) return fail('sendHmac');
  if (auth.appId !== body.appId) return fail('appIdMismatch');
  const app = runtime.credentials.apps.find((a) => a.appId === body.appId);
  if (!app) return fail('unknownAppId');
  if (!(await verifyAppIdSignature(body, app.appKey, auth.signature))) return fail('signatureMismatch');
  if (body.expireTime !== 0 && body.expireTime * 1000 <= now) return fail('signatureExpired');
  if (body.corpId !== undefined && body.corpId !== '') return fail('corpIdSpOnly');
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
  if (!user) return problem('server-error', message(language, 'noDefaultAdmin'));
  return issueToken(runtime, user, body.clientType, now, body.appId, language);
};
