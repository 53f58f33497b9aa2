// createMeetingClient: the typed client of the Huawei Cloud Meeting directory API.

import type { MeetingPaths } from '@hwcloud-directory/protocol';
import { createApiClient, createRequestCore, regionBaseUrl, type CommonClientOptions } from './client-core.js';
import { listDialect, operations, servers, type ListOperations } from './generated/meeting-operations.js';
import { meetingAuthorizer, meetingSecrets, meetingTokens, type MeetingAuth } from './meeting-auth.js';
import type { TokenManager } from './token-manager.js';
import type { HwcloudClient } from './typed-client.js';

/** Meeting regions, from the spec's `servers[].x-region`. */
export type MeetingRegion = keyof typeof servers;

/** Options of {@link createMeetingClient}. */
export interface MeetingClientOptions extends CommonClientOptions {
  /** `cn-north-4` (Chinese mainland, the default) or `ap-southeast-1` (international). */
  region?: MeetingRegion;
  auth: MeetingAuth;
}

/** The Meeting client: typed methods, paging, and the token it logs in with. */
export interface MeetingClient extends HwcloudClient<MeetingPaths, ListOperations> {
  /** The access-token cache: `get()` to log in ahead of time, `clear()` to force a new login. */
  tokens: TokenManager;
  /**
   * Logs out: ends the token the client logged in with (`deleteToken`) and forgets it. A token
   * passed as `accessToken` is yours and is left alone. A later call logs in again.
   */
  close(): Promise<void>;
}

/**
 * Creates a Meeting directory client. Every call is typed from the spec, authenticated,
 * retried when safe, and throws a HwcloudError on failure.
 *
 * @example
 * const meeting = createMeetingClient({ region: 'ap-southeast-1', auth: { appId, appKey } });
 * const { data } = await meeting.GET('/v1/usg/abs/external-contacts', { params: { query: { searchKey: 'li' } } });
 */
export function createMeetingClient(options: MeetingClientOptions): MeetingClient {
  const baseUrl = regionBaseUrl(servers, options.region ?? 'cn-north-4', options.baseUrl);
  const secrets = meetingSecrets(options.auth);
  const call = createRequestCore(baseUrl, operations, listDialect, options, secrets);
  // The logins go through the same call function, without authorization.
  const tokens = meetingTokens(options.auth, call, secrets);
  const client = createApiClient<MeetingPaths, ListOperations>(call, operations, listDialect, meetingAuthorizer(tokens));
  return Object.assign(client, { tokens, close: tokens.close });
}
