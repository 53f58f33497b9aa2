/**
 * @hwcloud-directory/mocks: MSW handlers for the Huawei Cloud Meeting and BSS enterprise
 * directory APIs, backed by a seeded in-memory directory, with request validation compiled
 * from the OpenAPI specs, vendor-style auth, and scenario controls.
 */
import { appIdStringToSign, decodeBase64, encodeBase64, verifyAppIdSignature, type AppIdFields, type FilterRule, type SearchRule } from '@hwcloud-directory/protocol';

export { createDirectory, type Directory, type DirectoryOptions } from './directory/create-directory.js';
export { Collection } from './directory/collection.js';
export { DirectoryDataError, type DirectoryData, type DepartmentData, type UserData, type VmrData, type OrganizationData, type ExternalContactData, type SubCustomerData } from './directory/directory-data.js';
export type { WriteResult, Written, Refusal, RefusalReason } from './directory/write-result.js';
export type { UserInput, UserPatch, AccountOptions } from './directory/user-writes.js';
export type { DepartmentInput, DepartmentPatch } from './directory/department-writes.js';
export type { UserQuery, UserQueryResult } from './directory/user-query.js';
export { Selection, type SortOrder } from './directory/selection.js';
export { DEFAULT_SEED, DEFAULT_SIZE, seedDirectory } from './directory/seed-directory.js';
export type * from './directory/records.js';
export { createHandlers, defaultDirectory, handlers, type MockHandlers } from './adapters/create-handlers.js';
export type { HandlerOptions, MockRuntime } from './state/mock-runtime.js';
export type { Caller } from './pipeline/authenticate.js';
export { createScenarios, scenarios, type EnvelopeOperationId, type ErrorStatus, type OperationScenarios, type PagedOperationId, type ScenarioOptions, type Scenarios } from './scenarios/create-scenarios.js';
export { defaultCredentials, testCredentials, type MockCredentials } from './state/test-credentials.js';
export { operations, errorCodes, type MockOperation, type OperationId } from './generated/operations.js';

// The vendor protocol the mocks verify with, the same code @hwcloud-directory/client signs with.
export {
  signRequest,
  canonicalRequest,
  sdkSignature,
  formatSdkDate,
  parseSdkDate,
  parseAkSkAuthorization,
  verifyAkSkSignature,
  appIdStringToSign,
  appIdAuthorization,
  parseAppIdAuthorization,
  verifyAppIdSignature,
  randomNonce,
  basicAuthorization,
  encodeBase64,
  decodeBase64,
  LEGACY_SUCCESS_CODE,
  type AkSkCredentials,
  type AkSkAuthorization,
  type AkSkRejection,
  type SignableRequest,
  type SigningHeaders,
  type ReceivedRequest,
  type AppIdFields,
  type AppIdSignatureInput,
  type AppIdAuthorizationHeader,
  type OperationModel,
  type PagingRule,
  type SearchRule,
  type FilterRule,
} from '@hwcloud-directory/protocol';

/** @deprecated use {@link appIdStringToSign} */
export const appAuthStringToSign: (fields: AppIdFields) => string = appIdStringToSign;
/** @deprecated use {@link verifyAppIdSignature} */
export const verifyAppAuthSignature: (fields: AppIdFields, appKey: string, signature: string) => Promise<boolean> = verifyAppIdSignature;
/** @deprecated use {@link AppIdFields} */
export type AppAuthFields = AppIdFields;
/** @deprecated use {@link encodeBase64} */
export const encodeBase64Utf8: (text: string) => string = encodeBase64;
/** @deprecated use {@link decodeBase64} */
export const decodeBase64Utf8: (encoded: string) => string | null = decodeBase64;
/** @deprecated use {@link SearchRule} */
export type SearchExtension = SearchRule;
/** @deprecated use {@link FilterRule} */
export type FilterExtension = FilterRule;
