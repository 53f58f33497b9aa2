// UTF-8 safe base64 with the platform's btoa/atob (Node 16+ and every browser). The vendor
// base64-encodes credentials and tokens (`Basic base64(account:password)`, the legacy
// `Basic base64(accessToken)`, App ID `access=base64(appId)`) as UTF-8.

/**
 * Base64 of the UTF-8 bytes of `text`. Unlike `btoa(text)`, which throws on anything outside
 * Latin-1 (and unlike the vendor's Node SDK, which sends each UTF-16 unit as one byte and so
 * mangles anything outside ASCII), this encodes every string.
 *
 * @example
 * encodeBase64('张三:pässwörd') // '5byg5LiJOnDDpHNzd8O2cmQ='
 */
export function encodeBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

/** Base64 of raw bytes of any length. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The UTF-8 text of a base64 string; null when it is not base64 or not valid UTF-8. */
export function decodeBase64(encoded: string): string | null {
  try {
    const bytes = Uint8Array.from(atob(encoded.trim()), (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
