import { initLiteral } from './init-literal.mjs';
import { CLIENT_FACTORY, LOGIN_SCHEMES } from './sample-clients.mjs';
import { sampleRequest } from './sample-request.mjs';

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
  const region = document.servers?.[0]?.['x-region'];
  if (!region) throw new Error('code samples: the first server has no x-region');
  const create = `const ${client.variable} = ${client.factory}({ region: '${region}', auth: ${auth} });`;
  const header = [`import { ${client.factory} } from '@hwcloud-directory/client';`, ''];
  if (LOGIN_SCHEMES.has(schemeName)) {
    return [
      ...header,
      `// The client calls ${operation.method.toUpperCase()} ${operation.path} itself: on the first call that needs a`,
      '// token, again before the token expires (from validPeriod), and once more on a 401 USG.000000004.',
      create,
      '',
      '// Optional: log in ahead of time.',
      `const accessToken = await ${client.variable}.tokens.get();`,
      'console.log(`token of ${accessToken.length} characters`);',
    ].join('\n') + '\n';
  }
  const request = sampleRequest(document, operation);
  const init = initLiteral(request);
  const lines = [
    ...header,
    create,
    '',
    `const { data } = await ${client.variable}.${operation.method.toUpperCase()}('${operation.path}'${init ? `, ${init}` : ''});`,
    'console.log(data);',
  ];
  const paging = operation.extensions['x-paging'];
  if (paging) {
    const filters = initLiteral(withoutPaging(request, paging));
    lines.push('', '// Every item across pages: the client sets the paging parameters and stops by the total' +
      (paging.pastEnd === 'lastPage' ? ',' : '.'));
    if (paging.pastEnd === 'lastPage') lines.push('// so the vendor\'s "past the end returns the last page again" cannot make it loop.');
    lines.push(`for await (const item of ${client.variable}.items('${operation.path}', ${filters || 'undefined'}, { maxItems: 500 })) {`, '  console.log(item);', '}');
  }
  return lines.join('\n') + '\n';
}

/** The request without its paging parameters (position and size), which `items()` sets itself. */
function withoutPaging(request, paging) {
  const drop = (values) => Object.fromEntries(Object.entries(values).filter(([name]) => name !== paging.offsetParam && name !== paging.limitParam));
  if (paging.in === 'body') {
    return { ...request, body: request.body && typeof request.body === 'object' ? drop(request.body) : request.body };
  }
  return { ...request, query: drop(request.query) };
}
