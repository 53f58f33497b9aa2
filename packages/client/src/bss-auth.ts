// BSS authentication: an IAM token (`X-Auth-Token`) or AK/SK request signing.

import { signRequest, type AkSkCredentials } from '@hwcloud-directory/protocol';
import type { Authorizer } from './authorizer.js';
import type { LiveSecrets } from './redaction.js';

/** An IAM user token of the enterprise master account. */
export interface IamTokenAuth {
  iamToken: string;
}

/** How the BSS client authenticates. */
export type BssAuth = IamTokenAuth | AkSkCredentials;

/** The secrets of `auth`, to keep out of errors (see `redaction.ts`). */
export function bssSecrets(auth: BssAuth): LiveSecrets {
  return ['iamToken' in auth ? auth.iamToken : auth.secretKey];
}

/**
 * Authenticates every request: sets `X-Auth-Token`, or signs the request as sent (its
 * headers and `host`, its query and body) and adds `X-Sdk-Date` and `Authorization`.
 */
export function bssAuthorizer(auth: BssAuth): Authorizer {
  if ('iamToken' in auth) {
    return {
      authorize(request) {
        request.headers['x-auth-token'] = auth.iamToken;
      },
    };
  }
  return {
    async authorize(request) {
      const url = new URL(request.url);
      const signed = await signRequest({ method: request.method, url, headers: { ...request.headers, host: url.host }, body: request.body }, auth);
      request.headers['x-sdk-date'] = signed['X-Sdk-Date'];
      request.headers.authorization = signed.Authorization;
    },
  };
}
