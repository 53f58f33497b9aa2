/**
 * Base64 of the UTF-8 bytes of `text`. Unlike `btoa(text)`, which throws on (or, in the
 * vendor's SDK, silently mangles) anything outside Latin-1, this encodes every string.
 *
 * @example
 * encodeBase64('张三:pässwörd') // '5byg5LiJOnDDpHNzd8O2cmQ='
 */
export function encodeBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

/** Base64 of raw bytes of any length, with the platform's `btoa` (Node 16+ and every browser). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
