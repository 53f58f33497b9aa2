import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// One runner for every test in the repo. Workspace packages resolve to their sources so
// tests exercise the code as written; test/consumers covers the packed tarballs.
export default defineConfig({
  resolve: {
    alias: {
      '@hwcloud-directory/client': fromRoot('./packages/client/src/index.ts'),
      '@hwcloud-directory/mocks': fromRoot('./packages/mocks/src/index.ts'),
      '@hwcloud-directory/protocol': fromRoot('./packages/protocol/src/index.ts'),
    },
  },
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'examples/**'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts', 'packages/*/test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    // A worker per core: Vitest's default (cores - 1) is one worker on two cores, files one at a
    // time, while most of the long files wait on Chromium, child processes and sockets.
    maxWorkers: availableParallelism(),
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
