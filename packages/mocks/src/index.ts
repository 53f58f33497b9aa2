/**
 * @hwcloud-directory/mocks: MSW handlers for the Huawei Cloud Meeting and BSS enterprise
 * directory APIs, backed by a seeded in-memory directory, with request validation compiled
 * from the OpenAPI specs, vendor-style auth, and scenario controls.
 */
export { createDirectory, type Directory, type DirectoryOptions } from './directory/create-directory.js';
export { Collection } from './directory/collection.js';
export { DEFAULT_SEED, DEFAULT_SIZE, seedDirectory } from './directory/seed-directory.js';
export type * from './directory/records.js';
export { createHandlers, defaultDirectory, handlers, type MockHandlers } from './handlers/create-handlers.js';
export type { Caller, HandlerOptions, MockRuntime } from './handlers/runtime.js';
export { createScenarios, scenarios, type EnvelopeOperationId, type ErrorStatus, type OperationScenarios, type PagedOperationId, type ScenarioOptions, type Scenarios } from './scenarios/create-scenarios.js';
export { defaultCredentials, testCredentials, type MockCredentials } from './auth/test-credentials.js';
export { computeAkSkSignature, verifyAkSkSignature, canonicalRequest, parseAkSkAuthorization, type SignableRequest } from './auth/aksk-signature.js';
export { appAuthStringToSign, computeAppAuthSignature, verifyAppAuthSignature, type AppAuthFields } from './auth/app-id-signature.js';
export { decodeBase64Utf8, encodeBase64Utf8 } from './auth/base64.js';
export { operations, errorCodes, type OperationId } from './generated/operations.js';
export type { OperationDescription, PagingExtension, SearchExtension, FilterExtension } from './spec/operation-description.js';
