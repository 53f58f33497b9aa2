// The `Prefer` request header (RFC 7240) with the preferences Prism's mock server reads.

/** The preferences of a `Prefer` header the mocks read; any other preference is ignored. */
export interface Preferences {
  /** `code=<status>`: the status to answer with, as sent (the pipeline checks it against the operation). */
  readonly code?: string;
  /** `example=<name>`: a named response example (Prism's; not served by the mocks, so never applied). */
  readonly example?: string;
}

/**
 * Reads a `Prefer` header as RFC 7240 writes it: comma-separated preferences, each
 * `name[=value]` with `;` parameters (ignored), names case-insensitive, values bare or quoted;
 * the first occurrence of a preference wins. Several `Prefer` headers arrive joined with commas.
 * @example parsePrefer('code=401, example="two admins"') // { code: '401', example: 'two admins' }
 */
export function parsePrefer(header: string | null): Preferences {
  const found: { code?: string; example?: string } = {};
  if (header === null) return found;
  for (const preference of splitOutsideQuotes(header, ',')) {
    const head = splitOutsideQuotes(preference, ';')[0] ?? '';
    const equals = head.indexOf('=');
    const name = (equals === -1 ? head : head.slice(0, equals)).trim().toLowerCase();
    if ((name !== 'code' && name !== 'example') || found[name] !== undefined) continue;
    found[name] = equals === -1 ? '' : unquote(head.slice(equals + 1).trim());
  }
  return found;
}

/** Splits `text` at each `separator` that is not inside a quoted string. */
function splitOutsideQuotes(text: string, separator: ',' | ';'): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\' && quoted) i++;
    else if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** A quoted-string's content (backslash escapes undone), or a token as it is. */
function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
}
