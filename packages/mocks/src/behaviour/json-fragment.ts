// Pre-serialized JSON for list answers.

/**
 * Pre-serialized JSON. Records are serialized once and reused in every page that lists them,
 * so a list answer costs a string join instead of a JSON.stringify of every item (the
 * directory's many non-ASCII names make JSON.stringify the hot spot of the mock server).
 */
export class JsonFragment {
  constructor(readonly json: string) {}

  /** Plain JSON.stringify still sees the value. */
  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

/** JSON.stringify that splices {@link JsonFragment}s in as they are. */
export function serializeJson(value: unknown): string {
  if (value instanceof JsonFragment) return value.json;
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : serializeJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const parts: string[] = [];
    for (const [key, item] of Object.entries(value)) if (item !== undefined) parts.push(`${JSON.stringify(key)}:${serializeJson(item)}`);
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Serializes a projection of a record once per record and directory version.
 * @example const item = fragmentOf(cache, user, directory.version, (u) => adminDto(directory, u));
 */
export function fragmentOf<T extends object>(cache: WeakMap<T, { version: number; fragment: JsonFragment }>, record: T, version: number, project: (record: T) => unknown): JsonFragment {
  const hit = cache.get(record);
  if (hit && hit.version === version) return hit.fragment;
  const fragment = new JsonFragment(JSON.stringify(project(record)));
  cache.set(record, { version, fragment });
  return fragment;
}
