// @hwcloud-directory/protocol (internal, bundled into the published packages): the vendor
// protocol written once for the client, the mocks and the code samples.

export { toHex, sha256Hex, hmacSha256Hex, constantTimeEqual } from './web-crypto.js';
export { encodeBase64, bytesToBase64, decodeBase64 } from './base64.js';
export { basicAuthorization, basicCredential, authParams } from './authorization-header.js';
export {
  signRequest,
  canonicalRequest,
  sdkSignature,
  formatSdkDate,
  parseSdkDate,
  encodeRfc3986,
  parseAkSkAuthorization,
  verifyAkSkSignature,
  SDK_SIGNING_ALGORITHM,
  type AkSkCredentials,
  type SignableRequest,
  type SigningHeaders,
  type AkSkAuthorization,
  type ReceivedRequest,
  type AkSkRejection,
} from './sdk-hmac-sha256.js';
export {
  appIdStringToSign,
  appIdAuthorization,
  randomNonce,
  parseAppIdAuthorization,
  verifyAppIdSignature,
  type AppIdFields,
  type AppIdSignatureInput,
  type AppIdAuthorizationHeader,
} from './app-id-authorization.js';
export { LEGACY_SUCCESS_CODE, TOKEN_REJECTED_CODE, readVendorError, isLegacyFailure, errorCodeOfBody, type VendorErrorDetails } from './vendor-codes.js';
export { pageWindow, pageOf, pagingDone, readPath, writePath, type PastEndRule, type ServedPage } from './paging.js';
export type * from './operation-model.js';
export type { paths as MeetingPaths, components as MeetingComponents, operations as MeetingOperations } from './generated/meeting-types.js';
export type { paths as BssPaths, components as BssComponents, operations as BssOperations } from './generated/bss-types.js';
