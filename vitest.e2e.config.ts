import { defineConfig } from 'vitest/config';

// Browser tests: a real Chromium (playwright-core) against the built game served by `vite preview`. The files under
// tests/e2e/slow/ (timings of the largest battle, measured rather than checked) run in the statistical tier
// (`npm run test:history`, with KG_E2E_TIER=slow), not before every commit.
const slowTier = process.env.KG_E2E_TIER === 'slow';

export default defineConfig({
  test: {
    include: slowTier ? ['tests/e2e/slow/**/*.test.ts'] : ['tests/e2e/**/*.test.ts'],
    exclude: slowTier ? ['node_modules/**'] : ['tests/e2e/slow/**', 'node_modules/**'],
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
