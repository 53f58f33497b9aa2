import { initLiteral } from './init-literal.mjs';
import { CLIENT_FACTORY } from './sample-clients.mjs';
import { sampleServer } from './sample-server.mjs';

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
 * path, with the sample request. A login shows the client's token handling instead; list
 * operations also show the item iterator.
 * @param {import('@hwcloud-directory/protocol').OperationModel} operation a record of the operation model
 * @param {{ model: import('@hwcloud-directory/protocol').ApiModel, request: ReturnType<typeof import('./sample-request.mjs').sampleRequest> }} context
 *   the operation's API and what the samples send (sampleRequest)
 * @returns {string} TypeScript source
 */
export function clientSample(operation, { model, request }) {
  const client = CLIENT_FACTORY[operation.api];
  if (!client) throw new Error(`code samples: no client factory for API "${operation.api}"`);
  const schemeName = operation.security[0]?.scheme;
  const auth = CLIENT_AUTH[schemeName];
  if (!auth) throw new Error(`code samples: no client auth option for security scheme "${schemeName}"`);
  const { region } = sampleServer(model);
  const create = `const ${client.variable} = ${client.factory}({ region: '${region}', auth: ${auth} });`;
  const header = [`import { ${client.factory} } from '@hwcloud-directory/client';`, ''];
  if (operation.login) {
    return [
      ...header,
      `// The client calls ${operation.method} ${operation.path} itself: on the first call that needs a`,
      '// token, again before the token expires (from validPeriod), and once more on a 401 USG.000000004.',
      create,
      '',
      '// Optional: log in ahead of time.',
      `const accessToken = await ${client.variable}.tokens.get();`,
      'console.log(`token of ${accessToken.length} characters`);',
    ].join('\n') + '\n';
  }
  const init = initLiteral(request);
  const lines = [
    ...header,
    create,
    '',
    `const { data } = await ${client.variable}.${operation.method}('${operation.path}'${init ? `, ${init}` : ''});`,
    'console.log(data);',
  ];
  const { paging } = operation;
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
