// A pipeline: a runtime, the routes on its base URLs and the behaviour of each operation.

import type { OperationId } from '../generated/operations.js';
import type { MockRuntime } from '../state/mock-runtime.js';
import { compileRoutes, type Route } from './match-route.js';
import type { OperationImplementation } from './operation-implementation.js';

/** What {@link handleRequest} answers with. */
export interface Pipeline {
  readonly runtime: MockRuntime;
  readonly routes: readonly Route[];
  readonly implementations: Readonly<Record<OperationId, OperationImplementation>>;
}

/**
 * Binds a runtime to the operations' behaviour, with routes compiled on the runtime's base URLs.
 * @example const pipeline = createPipeline(createRuntime(directory), operationTable);
 */
export function createPipeline(runtime: MockRuntime, implementations: Readonly<Record<OperationId, OperationImplementation>>): Pipeline {
  return { runtime, routes: compileRoutes(runtime), implementations };
}
