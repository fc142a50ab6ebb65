import { defineConfig } from 'vitest/config';

// `npm run test:history`: the statistical tier — whole AI games over many seeds (tests/history/) and the long property
// runs (`*.property.test.ts`, at their full run counts: see tests/helpers/tier.ts). Minutes, not seconds.
export default defineConfig({
  test: {
    include: ['tests/history/**/*.test.ts', 'tests/**/*.property.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    env: { KG_TEST_TIER: 'history' },
    testTimeout: 60_000,
    pool: 'threads',
  },
});
