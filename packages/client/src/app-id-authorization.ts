// The `Authorization` header of the Meeting App ID login (POST /v2/usg/acs/auth/appauth).

import { encodeBase64 } from './base64.js';
import { hmacSha256Hex, toHex } from './web-crypto.js';

/** What an App ID login signs. */
export interface AppIdSignatureInput {
  appId: string;
  /** The app key issued with the App ID; the HMAC key, never sent. */
  appKey: string;
  /** Third-party user id; absent for the enterprise administrator (the colon stays). */
  userId?: string;
  /** Enterprise id, only for apps of a service provider (SP mode). */
  corpId?: string;
  /** Unix seconds after which the login is refused; 0 means never. */
  expireTime: number;
  /** 32 to 64 random characters, sent in the body as well. */
  nonce: string;
}

/**
 * The vendor's App ID `Authorization` header:
 * `HMAC-SHA256 signature=<hex HMAC-SHA256 of "appId:userId:expireTime:nonce">,access=<base64(appId)>`,
 * with `appId:corpId:userId:expireTime:nonce` in SP mode. Empty parts keep their colons.
 *
 * @example
 * await appIdAuthorization({ appId, appKey, expireTime: 0, nonce: randomNonce() })
 */
export async function appIdAuthorization(input: AppIdSignatureInput): Promise<string> {
  const parts =
    input.corpId === undefined
      ? [input.appId, input.userId ?? '', input.expireTime, input.nonce]
      : [input.appId, input.corpId, input.userId ?? '', input.expireTime, input.nonce];
  const signature = await hmacSha256Hex(input.appKey, parts.join(':'));
  return `HMAC-SHA256 signature=${signature},access=${encodeBase64(input.appId)}`;
}

/** A 64-character hex nonce from `crypto.getRandomValues`. */
export function randomNonce(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(32)));
}
