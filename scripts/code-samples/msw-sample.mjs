import { initLiteral } from './init-literal.mjs';
import { CLIENT_FACTORY } from './sample-clients.mjs';

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
 * does, with a documented status and its vendor code from the API's `x-error-codes` (the
 * model's error codes, those only seen in examples left out); the test checks what the
 * client then throws.
 * @param {import('@hwcloud-directory/protocol').OperationModel} operation a record of the operation model
 * @param {{ model: import('@hwcloud-directory/protocol').ApiModel, request: ReturnType<typeof import('./sample-request.mjs').sampleRequest> }} context
 *   the operation's API and what the samples send (sampleRequest)
 * @returns {string} TypeScript source of a test file
 */
export function mswSample(operation, { model, request }) {
  const statuses = operation.statuses.filter((status) => status >= 400);
  const errorCodes = model.errorCodes.filter((error) => error.source !== 'example');
  const chosen = errorCodes.find((error) => error.status >= 500 && statuses.includes(error.status)) ??
    errorCodes.find((error) => statuses.includes(error.status));
  if (!chosen) throw new Error(`code samples: ${operation.operationId} documents no error status with an x-error-codes entry`);
  const client = CLIENT_FACTORY[operation.api];
  const schemeName = operation.security[0]?.scheme;
  const auth = TEST_AUTH[schemeName];
  if (!client || !auth) throw new Error(`code samples: no MSW sample client for ${operation.api} / security scheme "${schemeName}"`);
  const init = initLiteral(request, 1);
  const call = operation.login
    ? `${client.variable}.tokens.get()`
    : `${client.variable}.${operation.method}('${operation.path}'${init ? `, ${init}` : ''})`;
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
    operation.login ? `  // The client logs in with ${operation.operationId} on its first call that needs a token.` : null,
    `  await expect(${call}).rejects.toMatchObject({ status: ${chosen.status}, code: '${chosen.code}' });`,
    '});',
  ].filter((line) => line !== null).join('\n') + '\n';
}
