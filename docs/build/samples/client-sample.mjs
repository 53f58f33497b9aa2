import { sampleRequest } from './sample-request.mjs';

/** How each API's client is created, keyed by the API (generated/<api>.openapi.json). */
const CLIENT_FACTORY = {
  meeting: { factory: 'createMeetingClient', variable: 'meeting', region: "'cn-north-4'" },
  bss: { factory: 'createBssClient', variable: 'bss', region: "'cn'" },
};

/** The client's `auth` option per security scheme: secrets from the environment, never inline. */
const CLIENT_AUTH = {
  accessToken: "{ accessToken: process.env.MEETING_ACCESS_TOKEN! }",
  legacyBasicToken: "{ accessToken: process.env.MEETING_ACCESS_TOKEN! }",
  accountPassword: "{ account: process.env.MEETING_ACCOUNT!, password: process.env.MEETING_PASSWORD! }",
  appIdSignature: "{ appId: process.env.MEETING_APP_ID!, appKey: process.env.MEETING_APP_KEY! }",
  iamToken: "{ iamToken: process.env.HWCLOUD_IAM_TOKEN! }",
  akskSignature: "{ accessKey: process.env.HWCLOUD_AK!, secretKey: process.env.HWCLOUD_SK! }",
};

/**
 * A TypeScript sample that calls one operation through @hwcloud-directory/client, typed by
 * path, with the values of {@link sampleRequest}. List operations also show the item iterator.
 * @param {object} document the bundled description
 * @param {object} operation an entry of listOperations(document)
 * @param {string} api `meeting` or `bss`
 * @returns {string} TypeScript source
 */
export function clientSample(document, operation, api) {
  const client = CLIENT_FACTORY[api];
  if (!client) throw new Error(`code samples: no client factory for API "${api}"`);
  const schemeName = Object.keys(operation.security[0] ?? {})[0];
  const auth = CLIENT_AUTH[schemeName];
  if (!auth) throw new Error(`code samples: no client auth option for security scheme "${schemeName}"`);
  const request = sampleRequest(document, operation);
  const init = initLiteral(request);
  const method = operation.method.toUpperCase();
  const lines = [
    `import { ${client.factory} } from '@hwcloud-directory/client';`,
    '',
    `const ${client.variable} = ${client.factory}({ region: ${client.region}, auth: ${auth} });`,
    '',
    `const { data } = await ${client.variable}.${method}('${operation.path}'${init ? `, ${init}` : ''});`,
    'console.log(data);',
  ];
  if (operation.extensions['x-paging']) {
    lines.push('', '// Every item across pages; stops by the total, so the last-page quirk cannot loop.');
    lines.push(`for await (const item of ${client.variable}.items('${operation.path}'${init ? `, ${init}` : ''})) {`, '  console.log(item);', '}');
  }
  return lines.join('\n') + '\n';
}

/** The openapi-fetch init object literal (`params`, `body`) for a sample request. */
function initLiteral(request) {
  const params = {};
  if (Object.keys(request.path).length) params.path = request.path;
  if (Object.keys(request.query).length) params.query = request.query;
  if (Object.keys(request.headers).length) params.header = request.headers;
  const init = {};
  if (Object.keys(params).length) init.params = params;
  if (request.body !== undefined) init.body = request.body;
  return Object.keys(init).length ? toLiteral(init, 0) : '';
}

/** Formats a JSON value as a TypeScript object literal with unquoted identifier keys. */
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
