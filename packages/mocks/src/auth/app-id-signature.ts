import { authParams } from './authorization-header.js';
import { decodeBase64Utf8 } from './base64.js';
import { constantTimeEqual, hmacSha256Hex } from './crypto-helpers.js';

/** The body fields App ID authentication signs. */
export interface AppAuthFields {
  appId: string;
  corpId?: string | undefined;
  userId?: string | undefined;
  expireTime: number;
  nonce: string;
}

/** The string App ID authentication signs: `appId:userId:expireTime:nonce`, or with `corpId` in SP mode. */
export function appAuthStringToSign(fields: AppAuthFields): string {
  const userId = fields.userId ?? '';
  return fields.corpId !== undefined && fields.corpId !== ''
    ? `${fields.appId}:${fields.corpId}:${userId}:${fields.expireTime}:${fields.nonce}`
    : `${fields.appId}:${userId}:${fields.expireTime}:${fields.nonce}`;
}

/** Hex HMAC-SHA256 of the string to sign, keyed by the App Key. */
export function computeAppAuthSignature(fields: AppAuthFields, appKey: string): Promise<string> {
  return hmacSha256Hex(appKey, appAuthStringToSign(fields));
}

/** Parsed `Authorization: HMAC-SHA256 signature=<hex>,access=<base64(appId)>`. */
export interface AppAuthAuthorization {
  signature: string;
  appId: string;
}

/** Parses the App ID Authorization header; null when it is not one. */
export function parseAppAuthAuthorization(header: string | null): AppAuthAuthorization | null {
  if (!header) return null;
  const match = /^HMAC-SHA256\s+(.*)$/.exec(header.trim());
  if (!match) return null;
  const fields = authParams(match[1] ?? '');
  const signature = fields.get('signature');
  const access = fields.get('access');
  const appId = access === undefined ? null : decodeBase64Utf8(access);
  if (!signature || appId === null) return null;
  return { signature: signature.toLowerCase(), appId };
}

/** Checks an App ID signature in constant time. */
export async function verifyAppAuthSignature(fields: AppAuthFields, appKey: string, signature: string): Promise<boolean> {
  return constantTimeEqual(await computeAppAuthSignature(fields, appKey), signature.toLowerCase());
}
