import { defineConfig } from 'vitest/config';

// Browser tests: a real Chromium (playwright-core) against the built game served by `vite preview`, in two tiers
// (tests/e2e/tier.ts). `npm test` runs the `fast` tests: one or two per screen. The slow tier (`npm run test:history`,
// KG_E2E_TIER=slow; CI runs it too) runs the `deep` tests of every file and the files under tests/e2e/slow/ (timings
// of the largest battle, measured rather than checked).
const slowTier = process.env.KG_E2E_TIER === 'slow';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
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
