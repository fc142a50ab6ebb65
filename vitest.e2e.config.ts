import { defineConfig } from 'vitest/config';

// Browser tests: a real Chromium (playwright-core) against the built game served by `vite preview`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // One worker imports playwright-core and the helpers once for every file (each file still launches its own
    // browser and closes it): the fast tier's CPU budget is spent on the game, not on reloading modules.
    isolate: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
