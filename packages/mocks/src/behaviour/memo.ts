// Memoization keyed by the arrays the directory hands out.

/**
 * Remembers a value derived from an array (and a key), for as long as that array lives.
 * Directory collections hand out the same array until they change, so derived lists
 * (administrators, the contacts a user may see) are computed once per change, not per request.
 */
export function memoByArray<S extends object, V>(cache: WeakMap<S, Map<string, V>>, source: S, key: string, compute: () => V): V {
  let byKey = cache.get(source);
  if (!byKey) cache.set(source, (byKey = new Map()));
  let value = byKey.get(key);
  if (value === undefined) {
    value = compute();
    byKey.set(key, value);
  }
  return value;
}
