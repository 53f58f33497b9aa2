import { initLiteral } from './init-literal.mjs';
import { CLIENT_FACTORY, LOGIN_SCHEMES } from './sample-clients.mjs';
import { sampleRequest } from './sample-request.mjs';

/** The mocks' test credential for each security scheme. */
const TEST_AUTH = {
  accessToken: '{ accessToken: testCredentials.accessToken }',
  legacyBasicToken: '{ accessToken: testCredentials.accessToken }',
  accountPassword: 'testCredentials.admin',
  appIdSignature: 'testCredentials.app',
  iamToken: '{ iamToken: testCredentials.iamToken }',
};

/**
 * A Vitest + MSW test for a frontend or Node project: the @hwcloud-directory/mocks handlers in
 * `setupServer`, and a scenario override that makes this operation fail the way the service
 * does, with a documented status and its vendor code from the description's `x-error-codes`;
 * the test checks what the client then throws.
 * @param {object} document the bundled description
 * @param {object} operation an entry of listOperations(document)
 * @param {string} api `meeting` or `bss`
 * @returns {string} TypeScript source of a test file
 */
export function mswSample(document, operation, api) {
  const statuses = Object.keys(operation.responses).map(Number).filter((status) => status >= 400);
  const errorCodes = document['x-error-codes'] ?? [];
  const chosen = errorCodes.find((error) => error.status >= 500 && statuses.includes(error.status)) ??
    errorCodes.find((error) => statuses.includes(error.status));
  if (!chosen) throw new Error(`code samples: ${operation.operationId} documents no error status with an x-error-codes entry`);
  const client = CLIENT_FACTORY[api];
  const schemeName = Object.keys(operation.security[0] ?? {})[0];
  const auth = TEST_AUTH[schemeName];
  if (!client || !auth) throw new Error(`code samples: no MSW sample client for ${api} / security scheme "${schemeName}"`);
  const login = LOGIN_SCHEMES.has(schemeName);
  const init = initLiteral(sampleRequest(document, operation), 1);
  const call = login
    ? `${client.variable}.tokens.get()`
    : `${client.variable}.${operation.method.toUpperCase()}('${operation.path}'${init ? `, ${init}` : ''})`;
  return [
    "import { setupServer } from 'msw/node';",
    "import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';",
    `import { ${client.factory} } from '@hwcloud-directory/client';`,
    "import { handlers, scenarios, testCredentials } from '@hwcloud-directory/mocks';",
    '',
    'const server = setupServer(...handlers);',
    "beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));",
    'afterEach(() => server.resetHandlers());',
    'afterAll(() => server.close());',
    '',
    `const ${client.variable} = ${client.factory}({ auth: ${auth}, retry: false });`,
    '',
    `test('${operation.operationId} failing with ${chosen.status} ${chosen.code}', async () => {`,
    `  // ${chosen.meaning}`,
    `  server.use(scenarios.${operation.operationId}.error({ status: ${chosen.status}, code: '${chosen.code}' }));`,
    login ? `  // The client logs in with ${operation.operationId} on its first call that needs a token.` : null,
    `  await expect(${call}).rejects.toMatchObject({ status: ${chosen.status}, code: '${chosen.code}' });`,
    '});',
  ].filter((line) => line !== null).join('\n') + '\n';
}
