/** Node-only entry: everything of the main entry plus the standalone HTTP mock server. */
export * from './index.js';
export { startMockServer, type MockServer, type MockServerOptions } from './adapters/start-mock-server.js';
