// Reading the two Authorization header shapes the vendor uses: `Basic <base64>` and a scheme
// followed by comma-separated `name=value` parameters.

import { decodeBase64Utf8 } from './base64.js';

/** The UTF-8 text of `Authorization: Basic <base64>`; null when the header is not one or not base64. */
export function basicCredential(header: string | null): string | null {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  return match ? decodeBase64Utf8(match[1] as string) : null;
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
