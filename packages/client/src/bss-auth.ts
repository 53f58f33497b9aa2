// BSS authentication: an IAM token (`X-Auth-Token`) or AK/SK request signing.

import type { Middleware } from 'openapi-fetch';
import { signRequest, type AkSkCredentials } from './aksk-signer.js';

/** An IAM user token of the enterprise master account. */
export interface IamTokenAuth {
  iamToken: string;
}

/** How the BSS client authenticates. */
export type BssAuth = IamTokenAuth | AkSkCredentials;

/** The secrets of `auth`, to keep out of error messages. */
export function bssSecrets(auth: BssAuth): string[] {
  return 'iamToken' in auth ? [auth.iamToken] : [auth.secretKey];
}

/**
 * Middleware that authenticates every request: sets `X-Auth-Token`, or signs the request as
 * sent (its headers and `host`, its query and body) and adds `X-Sdk-Date` and `Authorization`.
 */
export function bssAuthMiddleware(auth: BssAuth): Middleware {
  if ('iamToken' in auth) {
    return {
      onRequest({ request }) {
        request.headers.set('X-Auth-Token', auth.iamToken);
        return undefined;
      },
    };
  }
  return {
    async onRequest({ request }) {
      const url = new URL(request.url);
      const headers: [string, string][] = [...request.headers, ['host', url.host]];
      const body = request.body === null ? null : new Uint8Array(await request.clone().arrayBuffer());
      const signed = await signRequest({ method: request.method, url, headers, body }, auth);
      request.headers.set('X-Sdk-Date', signed['X-Sdk-Date']);
      request.headers.set('Authorization', signed.Authorization);
      return undefined;
    },
  };
}
