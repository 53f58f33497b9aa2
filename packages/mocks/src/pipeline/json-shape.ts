// Limits on a parsed JSON body that the schema validators and error messages rely on.

/** How deep a JSON body may nest; the vendors' bodies nest at most three levels. */
export const MAX_JSON_DEPTH = 64;

/**
 * Why a parsed JSON body cannot be validated, or null: nesting deeper than
 * {@link MAX_JSON_DEPTH} (validators and messages recurse), or a number literal JSON.parse
 * turned into ±Infinity (quoted from `text` as sent, not as `null`). Walks without recursion.
 * @example jsonShapeProblem(JSON.parse('{"pageSize":1e309}'), '{"pageSize":1e309}') // 'pageSize is a number out of range, got 1e309'
 */
export function jsonShapeProblem(body: unknown, text: string): string | null {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value: body, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as { value: unknown; depth: number; path: string };
    if (typeof value === 'number' && !Number.isFinite(value)) {
      return `${path || 'body'} is a number out of range, got ${overflowingLiteral(text) ?? String(value)}`;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) return `the request body nests deeper than ${MAX_JSON_DEPTH} levels`;
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as readonly [string, unknown];
      stack.push({ value: child, depth: depth + 1, path: path ? `${path}.${key}` : key });
    }
  }
  return null;
}

/** The first number literal of a JSON text that is out of double range (strings skipped). */
function overflowingLiteral(text: string): string | undefined {
  for (const [token] of text.matchAll(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)) {
    if (!token.startsWith('"') && !Number.isFinite(Number(token))) return token.length > 40 ? `${token.slice(0, 37)}...` : token;
  }
  return undefined;
}
