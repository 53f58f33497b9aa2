// createBssClient: the typed client of the Huawei Cloud BSS (Enterprise Center) API.

import type { BssPaths } from '@hwcloud-directory/protocol';
import { bssAuthorizer, bssSecrets, type BssAuth } from './bss-auth.js';
import { createApiClient, createRequestCore, regionBaseUrl, type CommonClientOptions } from './client-core.js';
import { listDialect, operations, servers, type ListOperations } from './generated/bss-operations.js';
import type { HwcloudClient } from './typed-client.js';

/** BSS regions, from the spec's `servers[].x-region`: `cn` (Chinese mainland) or `intl`. */
export type BssRegion = keyof typeof servers;

/** Options of {@link createBssClient}. */
export interface BssClientOptions extends CommonClientOptions {
  /** `cn` (Chinese mainland, the default) or `intl` (international). */
  region?: BssRegion;
  auth: BssAuth;
}

/** The BSS client: typed methods and paging. */
export type BssClient = HwcloudClient<BssPaths, ListOperations>;

/**
 * Creates a BSS client. Requests are authenticated with an IAM token or signed with AK/SK
 * (SDK-HMAC-SHA256, on WebCrypto).
 *
 * @example
 * const bss = createBssClient({ region: 'intl', auth: { accessKey, secretKey } });
 * for await (const account of bss.items('/v2/enterprises/multi-accounts/sub-customers')) console.log(account.name);
 */
export function createBssClient(options: BssClientOptions): BssClient {
  const baseUrl = regionBaseUrl(servers, options.region ?? 'cn', options.baseUrl);
  const call = createRequestCore(baseUrl, operations, listDialect, options, bssSecrets(options.auth));
  return createApiClient<BssPaths, ListOperations>(call, operations, listDialect, bssAuthorizer(options.auth));
}
