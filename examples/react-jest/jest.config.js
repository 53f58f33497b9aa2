// Jest for ESM-only packages: native ES modules (`node --experimental-vm-modules`, see the `test`
// script), so no transform; sources are plain `.js` ES modules (React without JSX). jsdom through
// jest-fixed-jsdom, which keeps Node's fetch, streams, TextEncoder and BroadcastChannel that MSW's
// `setupServer` needs, and resolves packages by their `node`/`import` conditions, not `browser`.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'jest-fixed-jsdom',
  transform: {},
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.js'],
};
