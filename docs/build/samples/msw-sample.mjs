/**
 * A TypeScript sample for a frontend test: the @hwcloud-directory/mocks handlers in MSW's
 * `setupServer`, and a scenario override that makes this operation fail the way the service
 * does, with a status and vendor code from the description's own `x-error-codes`.
 * @param {object} document the bundled description
 * @param {object} operation an entry of listOperations(document)
 * @returns {string} TypeScript source
 */
export function mswSample(document, operation) {
  const statuses = Object.keys(operation.responses).map(Number).filter((status) => status >= 400);
  const errorCodes = document['x-error-codes'] ?? [];
  const chosen = errorCodes.find((error) => error.status >= 500 && statuses.includes(error.status)) ??
    errorCodes.find((error) => statuses.includes(error.status));
  if (!chosen) throw new Error(`code samples: ${operation.operationId} documents no error status with an x-error-codes entry`);
  return [
    "import { setupServer } from 'msw/node';",
    "import { afterAll, afterEach, beforeAll } from 'vitest';",
    "import { handlers, scenarios } from '@hwcloud-directory/mocks';",
    '',
    'const server = setupServer(...handlers);',
    "beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));",
    'afterEach(() => server.resetHandlers());',
    'afterAll(() => server.close());',
    '',
    `// In one test: ${operation.operationId} answers ${chosen.status} ${chosen.code} (${chosen.meaning.replace(/\.$/, '')}).`,
    `server.use(scenarios.${operation.operationId}.error({ status: ${chosen.status}, code: '${chosen.code}' }));`,
  ].join('\n') + '\n';
}
