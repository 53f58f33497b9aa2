/** UTF-8 safe base64, with the platform's btoa/atob (Node 20 and browsers). */

/** Encodes text as UTF-8, then base64. */
export function encodeBase64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Decodes base64 to UTF-8 text; returns null for malformed base64 or invalid UTF-8. */
export function decodeBase64Utf8(encoded: string): string | null {
  try {
    const binary = atob(encoded.trim());
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
