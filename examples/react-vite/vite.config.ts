import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset URLs: the built app works from any folder of any static host.
  base: './',
  plugins: [react()],
  build: {
    // The mock-mode chunk (MSW and the validators compiled from the specs, about 600 kB) is
    // loaded only under `--mode mock`; the app's own chunk stays far below this.
    chunkSizeWarningLimit: 1000,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
  },
});
