// @hwcloud-directory/client: typed clients for the Huawei Cloud Meeting and BSS directory APIs.

export { createMeetingClient, type MeetingClient, type MeetingClientOptions, type MeetingRegion } from './meeting-client.js';
export { createBssClient, type BssClient, type BssClientOptions, type BssRegion } from './bss-client.js';
export type { MeetingAuth, AccessTokenAuth, AccountAuth, AppIdAuth } from './meeting-auth.js';
export type { BssAuth, IamTokenAuth } from './bss-auth.js';
export type { CommonClientOptions } from './client-core.js';
export { HwcloudError, type HwcloudErrorKind, type HwcloudErrorInit } from './hwcloud-error.js';
export {
  signRequest,
  formatSdkDate,
  appIdAuthorization,
  randomNonce,
  encodeBase64,
  type AkSkCredentials,
  type SignableRequest,
  type SigningHeaders,
  type AppIdSignatureInput,
} from '@hwcloud-directory/protocol';
export { createTokenManager, type TokenManager, type TokenManagerOptions, type IssuedToken } from './token-manager.js';
export { paginate, itemsOf, type Page, type PagingOptions, type PagingSpec } from './pagination.js';
export type { RetryPolicy } from './retry-policy.js';
export type { FetchLike } from './transport.js';
export type { HwcloudClient, HwcloudMethod, CallOptions, PagedPath, PagedItem, PagedBody } from './typed-client.js';
export type { MeetingPaths, MeetingComponents, BssPaths, BssComponents } from '@hwcloud-directory/protocol';
