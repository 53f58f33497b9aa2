// Mock mode in the browser: the directory mocks served by MSW's service worker.
import { createDirectory, setupMockWorker, testCredentials } from '@hwcloud-directory/mocks/browser';

/**
 * Starts the service worker (public/mockServiceWorker.js) with a seeded directory and resolves
 * with an access token the mocks accept. Requests no handler knows fail instead of leaving.
 */
export async function startMockWorker(): Promise<string> {
  const { worker } = setupMockWorker(createDirectory({ seed: 42 }));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'error',
    quiet: true,
  });
  return testCredentials.accessToken;
}
