/**
 * Browser entry: everything of the main entry plus a ready service-worker setup.
 * Serve msw's `mockServiceWorker.js` (`npx msw init <public dir>`) from your app's origin.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import type { Directory } from './directory/create-directory.js';
import { createHandlers, type MockHandlers } from './adapters/create-handlers.js';
import type { HandlerOptions } from './state/mock-runtime.js';
import { createScenarios, type Scenarios } from './scenarios/create-scenarios.js';

export * from './index.js';

/** A service worker with the directory mocks, and the scenario controls bound to it. */
export interface MockWorker {
  worker: SetupWorker;
  handlers: MockHandlers;
  scenarios: Scenarios;
  directory: Directory;
}

/**
 * Creates an MSW service worker serving the directory mocks; call `worker.start()` next.
 * @example
 * const { worker, scenarios } = setupMockWorker(createDirectory({ seed: 42 }));
 * await worker.start({ onUnhandledRequest: 'bypass' });
 * worker.use(scenarios.searchCorpAdmins.error({ status: 500 }));
 */
export function setupMockWorker(directory: Directory, options: HandlerOptions = {}): MockWorker {
  const handlers = createHandlers(directory, options);
  return { worker: setupWorker(...handlers), handlers, scenarios: createScenarios(handlers), directory };
}
