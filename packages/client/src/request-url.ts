// The URL of a call, serialized the way openapi-fetch serializes by default, for the
// parameter shapes our specs have: primitive path parameters (simple style), query
// parameters in form style with arrays exploded. test/request-url.test.ts holds it to openapi-fetch's own
// createFinalURL on random parameters; it is ours only because that one drags in every
// other style (2.5 kB minified).

/** Path and query parameters of a call, as the typed init gives them. */
export interface UrlParams {
  path?: Record<string, unknown> | undefined;
  query?: Record<string, unknown> | undefined;
}

/**
 * `baseUrl` + `path`, with `{name}` replaced by its encoded path parameter and the query
 * string appended; `undefined` and `null` values are left out, as openapi-fetch does.
 *
 * @example
 * requestUrl('https://api.example', '/v1/users/{account}', { path: { account: '张 三' }, query: { limit: 10 } })
 * // 'https://api.example/v1/users/%E5%BC%A0%20%E4%B8%89?limit=10'
 */
export function requestUrl(baseUrl: string, path: string, params: UrlParams = {}): string {
  const { path: pathParams, query } = params;
  const url = baseUrl + path.replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const value = pathParams?.[name];
    return value == null ? match : encode(value);
  });
  const search: string[] = [];
  for (const name in query) {
    const value = query[name];
    if (value == null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.push(`${name}=${encode(item)}`);
  }
  return search.length ? `${url}?${search.join('&')}` : url;
}

const encode = (value: unknown) => encodeURIComponent(value as string);
