// App ID authentication of the Meeting login `POST /v2/usg/acs/auth/appauth`: the client
// builds the `Authorization` header with it, the mocks verify it with it.

import { authParams } from './authorization-header.js';
import { decodeBase64, encodeBase64 } from './base64.js';
import { constantTimeEqual, hmacSha256Hex, toHex } from './web-crypto.js';

/** The body fields an App ID login signs. */
export interface AppIdFields {
  appId: string;
  /** Third-party user id; absent for the enterprise administrator (the colon stays). */
  userId?: string | undefined;
  /** Enterprise id, only for apps of a service provider (SP mode). */
  corpId?: string | undefined;
  /** Unix seconds after which the login is refused; 0 means never. */
  expireTime: number;
  /** 32 to 64 random characters, sent in the body as well. */
  nonce: string;
}

/** What an App ID login signs, with the key it signs with. */
export interface AppIdSignatureInput extends AppIdFields {
  /** The app key issued with the App ID; the HMAC key, never sent. */
  appKey: string;
}

/**
 * The string an App ID login signs: `appId:userId:expireTime:nonce`, or
 * `appId:corpId:userId:expireTime:nonce` in SP mode. Empty parts keep their colons.
 */
export function appIdStringToSign(fields: AppIdFields): string {
  const head = fields.corpId ? [fields.appId, fields.corpId] : [fields.appId];
  return [...head, fields.userId ?? '', fields.expireTime, fields.nonce].join(':');
}

/**
 * The vendor's App ID `Authorization` header:
 * `HMAC-SHA256 signature=<hex HMAC-SHA256 of the string to sign>,access=<base64(appId)>`.
 *
 * @example
 * await appIdAuthorization({ appId, appKey, expireTime: 0, nonce: randomNonce() })
 */
export async function appIdAuthorization(input: AppIdSignatureInput): Promise<string> {
  const signature = await hmacSha256Hex(input.appKey, appIdStringToSign(input));
  return `HMAC-SHA256 signature=${signature},access=${encodeBase64(input.appId)}`;
}

/** A 64-character hex nonce from `crypto.getRandomValues`. */
export function randomNonce(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(32)));
}

/** Parsed `Authorization: HMAC-SHA256 signature=<hex>,access=<base64(appId)>`. */
export interface AppIdAuthorizationHeader {
  signature: string;
  appId: string;
}

/** Parses the App ID Authorization header; null when it is not one. */
export function parseAppIdAuthorization(header: string | null): AppIdAuthorizationHeader | null {
  const match = /^HMAC-SHA256\s+(.*)$/.exec(header?.trim() ?? '');
  if (!match) return null;
  const fields = authParams(match[1] ?? '');
  const signature = fields.get('signature');
  const access = fields.get('access');
  const appId = access === undefined ? null : decodeBase64(access);
  if (!signature || appId === null) return null;
  return { signature: signature.toLowerCase(), appId };
}

/** Checks an App ID signature, in constant time. */
export async function verifyAppIdSignature(fields: AppIdFields, appKey: string, signature: string): Promise<boolean> {
  return constantTimeEqual(await hmacSha256Hex(appKey, appIdStringToSign(fields)), signature.toLowerCase());
}
