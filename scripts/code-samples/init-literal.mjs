/**
 * The openapi-fetch init object literal (`params.path`, `params.query`, `params.header`, `body`)
 * for a sample request, formatted as TypeScript; `''` when the request needs none.
 * @param {{ path: object, query: object, headers: object, body: unknown }} request
 * @param {number} [depth] indentation level of the line the literal starts on
 */
export function initLiteral(request, depth = 0) {
  const params = {};
  if (Object.keys(request.path).length) params.path = request.path;
  if (Object.keys(request.query).length) params.query = request.query;
  if (Object.keys(request.headers).length) params.header = request.headers;
  const init = {};
  if (Object.keys(params).length) init.params = params;
  if (request.body !== undefined) init.body = request.body;
  return Object.keys(init).length ? toLiteral(init, depth) : '';
}

/** Formats a JSON value as a TypeScript literal with unquoted identifier keys. */
function toLiteral(value, depth) {
  const pad = '  '.repeat(depth + 1);
  const end = '  '.repeat(depth);
  if (Array.isArray(value)) return `[${value.map((item) => toLiteral(item, depth)).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => {
      const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`;
      return `${pad}${name}: ${toLiteral(item, depth + 1)},`;
    });
    return `{\n${entries.join('\n')}\n${end}}`;
  }
  return typeof value === 'string' ? `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'` : JSON.stringify(value);
}
