import { describe, expectTypeOf, it } from 'vitest';
import type { HttpHandler } from 'msw';
import { createDirectory, createHandlers, handlers, testCredentials, type Directory, type DirectoryUser, type MockRuntime, type SubCustomerStatus } from '@hwcloud-directory/mocks';
import { setupMockWorker, type MockWorker } from '../src/browser.js';
import { startMockServer, type MockServer } from '../src/node.js';

describe('public API types', () => {
  it('creates a directory whose collections are typed by record', () => {
    const directory = createDirectory({ seed: 1, size: 10 });
    expectTypeOf(directory).toEqualTypeOf<Directory>();
    expectTypeOf(directory.users.get('admin')).toEqualTypeOf<DirectoryUser | undefined>();
    expectTypeOf(directory.users.add).parameter(0).toEqualTypeOf<Partial<DirectoryUser> | undefined>();
    expectTypeOf<DirectoryUser['adminType']>().toEqualTypeOf<0 | 1 | 2>();
    expectTypeOf<SubCustomerStatus>().toEqualTypeOf<1 | 2 | 3 | 4 | 101 | 102>();
  });

  it('returns MSW handlers carrying their runtime', () => {
    const mock = createHandlers(createDirectory());
    expectTypeOf(mock).toExtend<HttpHandler[]>();
    expectTypeOf(mock.runtime).toEqualTypeOf<MockRuntime>();
    expectTypeOf(handlers).toExtend<HttpHandler[]>();
  });

  it('publishes the test credentials as literals', () => {
    expectTypeOf(testCredentials.accessToken).toEqualTypeOf<'mock-static-admin-token-7f3c2a9e4b1d'>();
    expectTypeOf(testCredentials.admin.account).toEqualTypeOf<'admin'>();
  });

  it('types the browser and Node entries', () => {
    expectTypeOf(setupMockWorker).returns.toEqualTypeOf<MockWorker>();
    expectTypeOf(startMockServer).returns.toEqualTypeOf<Promise<MockServer>>();
  });
});
