// The two shapes of `Authorization` header the vendor uses: `Basic <base64>` and a scheme
// followed by comma-separated `name=value` parameters.

import { decodeBase64, encodeBase64 } from './base64.js';

/**
 * `Basic base64(credential)`, UTF-8: `account:password` for the account login, the access
 * token alone for the legacy REST API (which is not RFC 7617 Basic authentication).
 * @example basicAuthorization(`${account}:${password}`)
 */
export function basicAuthorization(credential: string): string {
  return `Basic ${encodeBase64(credential)}`;
}

/** The UTF-8 text of `Authorization: Basic <base64>`; null when the header is not one or not base64. */
export function basicCredential(header: string | null): string | null {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  return match ? decodeBase64(match[1] as string) : null;
}

/** The `name=value` parameters of an Authorization header after its scheme, comma-separated. */
export function authParams(list: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of list.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return fields;
}
