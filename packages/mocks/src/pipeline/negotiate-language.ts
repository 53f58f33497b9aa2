// Content negotiation of the `Accept-Language` header parameter.

/**
 * Content negotiation for Accept-Language, as HTTP servers do: the first listed language the
 * operation offers (case-insensitive, q-values ignored), or null (the default) when none is
 * offered. Browsers and Node's fetch send lists such as "en-US,en;q=0.9" or "*".
 * @example negotiateLanguage('en-US,en;q=0.9', ['zh-CN', 'en-US']) // 'en-US'
 */
export function negotiateLanguage(header: string, offered: readonly unknown[] | undefined): string | null {
  if (!offered || offered.includes(header)) return header;
  for (const range of header.split(',')) {
    const tag = range.split(';')[0]?.trim().toLowerCase();
    const match = offered.find((o) => typeof o === 'string' && o.toLowerCase() === tag);
    if (typeof match === 'string') return match;
  }
  return null;
}
