// One MSW server for the tests: the @hwcloud-directory/mocks handlers over the default directory;
// a request no handler knows fails the test; state is reset after each test.
import { afterAll, afterEach, beforeAll } from '@jest/globals';
import { defaultDirectory, handlers } from '@hwcloud-directory/mocks';
import { cleanup } from '@testing-library/react';
import { setupServer } from 'msw/node';

export const server = setupServer(...handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  defaultDirectory.reset();
});
afterAll(() => server.close());
