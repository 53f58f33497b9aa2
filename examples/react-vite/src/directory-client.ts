// The one Meeting client of the app.
import { createMeetingClient, type MeetingClient, type MeetingClientOptions } from '@hwcloud-directory/client';

/**
 * A Meeting client with the app's settings; `overrides` replace them (tests, the mock mode).
 * @example const client = createDirectoryClient({ auth: { accessToken } });
 */
export function createDirectoryClient(overrides: Partial<MeetingClientOptions> = {}): MeetingClient {
  return createMeetingClient({
    region: 'cn-north-4',
    auth: { accessToken: import.meta.env.VITE_MEETING_ACCESS_TOKEN ?? '' },
    language: 'en-US',
    ...overrides,
  });
}
