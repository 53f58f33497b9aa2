import { http, type HttpHandler } from 'msw';
import { createDirectory, type Directory } from '../directory/create-directory.js';
import { operations, type OperationId } from '../generated/operations.js';
import { createAppIdToken, createToken } from '../operations/token-operations.js';
import { listEnterpriseSubCustomers, searchCorpAdmins, searchCorpExternalDir, searchCorpMembersLegacy } from '../operations/list-operations.js';
import { showUserDetail } from '../operations/show-user-detail.js';
import type { OperationDescription } from '../spec/operation-description.js';
import { handleOperation } from './handle-operation.js';
import { toResponse } from './mock-answer.js';
import { fromFetchRequest } from './mock-request.js';
import { mswRoute } from './msw-path.js';
import { createRuntime, type HandlerOptions, type MockRuntime, type OperationImplementation } from './runtime.js';

/** The behaviour of every operation of both specs. */
export const implementations: Record<OperationId, OperationImplementation> = {
  createToken,
  createAppIdToken,
  searchCorpExternalDir,
  searchCorpAdmins,
  showUserDetail,
  searchCorpMembersLegacy,
  listEnterpriseSubCustomers,
};

/** MSW request handlers plus the runtime they share (token store, clock, credentials). */
export type MockHandlers = HttpHandler[] & { readonly runtime: MockRuntime };

/**
 * Creates MSW handlers for every operation of the Meeting and BSS specs, backed by a directory.
 * @example
 * const directory = createDirectory({ seed: 1 });
 * const server = setupServer(...createHandlers(directory));
 */
export function createHandlers(directory: Directory, options: HandlerOptions = {}): MockHandlers {
  const runtime = createRuntime(directory, options);
  const handlers = (Object.keys(implementations) as OperationId[]).map((id) => {
    const operation: OperationDescription = operations[id];
    const { method, path } = mswRoute(runtime, operation);
    return http[method](path, async ({ request, params }) =>
      toResponse(await handleOperation(operation, implementations[id], runtime, fromFetchRequest(request), params)),
    );
  });
  return Object.assign(handlers, { runtime });
}

/** The directory behind the ready-made {@link handlers} (seed 42); reset it between tests. */
export const defaultDirectory: Directory = createDirectory();

/** Ready-made handlers for every operation, on any origin, backed by {@link defaultDirectory}. */
export const handlers: MockHandlers = createHandlers(defaultDirectory);
