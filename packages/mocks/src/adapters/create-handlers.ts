// The MSW entry points: handlers over a directory, and ready-made ones over a default directory.

import { createDirectory, type Directory } from '../directory/create-directory.js';
import { operationTable } from '../operations/operation-table.js';
import { createPipeline } from '../pipeline/create-pipeline.js';
import { createRuntime, type HandlerOptions } from '../state/mock-runtime.js';
import { mswHandlers, type MockHandlers } from './msw-handlers.js';

export type { MockHandlers } from './msw-handlers.js';

/**
 * Creates MSW handlers for every operation of the Meeting and BSS specs, backed by a directory.
 * @example
 * const directory = createDirectory({ seed: 1 });
 * const server = setupServer(...createHandlers(directory));
 */
export function createHandlers(directory: Directory, options: HandlerOptions = {}): MockHandlers {
  return mswHandlers(createPipeline(createRuntime(directory, options), operationTable));
}

/** The directory behind the ready-made {@link handlers} (seed 42); reset it between tests. */
export const defaultDirectory: Directory = createDirectory();

/** Ready-made handlers for every operation, on any origin, backed by {@link defaultDirectory}. */
export const handlers: MockHandlers = createHandlers(defaultDirectory);
