import { defineConfig } from 'vitest/config';

// `npm run test:history`: the statistical tier — whole AI games over many seeds (tests/history/), the long property
// runs (`*.property.test.ts`, at their full run counts: see tests/helpers/tier.ts) and the deep tests that `npm test`
// leaves out (`*.deep.test.ts`: more cases of what the fast tier checks by a representative). Minutes, not seconds.
export default defineConfig({
  test: {
    include: ['tests/history/**/*.test.ts', 'tests/**/*.property.test.ts', 'tests/**/*.deep.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    env: { KG_TEST_TIER: 'history' },
    testTimeout: 60_000,
    pool: 'threads',
    // The *.deep.test.ts files run the command-line programs as processes, from the bundle built once here.
    globalSetup: ['tests/helpers/cli-setup.ts'],
  },
});
