// A real setupServer lifecycle for mocks tests: unhandled requests are errors, and the
// directory, tokens and scenario overrides are reset after every test.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createDirectory, createHandlers, createScenarios, testCredentials, type DirectoryOptions, type HandlerOptions } from '@hwcloud-directory/mocks';

export const MEETING = 'https://api.meeting.huaweicloud.com';
export const BSS = 'https://bss.myhuaweicloud.com';

/** Headers of the default administrator's static access token. */
export const adminHeaders = { 'X-Access-Token': testCredentials.accessToken };
/** Headers of the ordinary member's static access token. */
export const memberHeaders = { 'X-Access-Token': testCredentials.memberAccessToken };
/** Headers of the default administrator's static access token, as the legacy `Basic base64(accessToken)`. */
export const legacyHeaders = { Authorization: `Basic ${btoa(testCredentials.accessToken)}` };
/** Headers of the BSS master account's IAM token. */
export const bssHeaders = { 'X-Auth-Token': testCredentials.iamToken };

/** Starts MSW with handlers on the vendor hosts for the tests of the calling file. */
export function useMockServer(directoryOptions: DirectoryOptions = {}, handlerOptions: HandlerOptions = {}) {
  const directory = createDirectory(directoryOptions);
  const mock = createHandlers(directory, { meetingBaseUrl: MEETING, bssBaseUrl: BSS, ...handlerOptions });
  const server = setupServer(...mock);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    directory.reset();
  });
  afterAll(() => server.close());
  return { directory, mock, server, scenarios: createScenarios(mock) };
}
