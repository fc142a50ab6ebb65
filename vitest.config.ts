import { defineConfig } from 'vitest/config';

// `npm test`'s unit tier: engine, format, scenario, AI, replay, analysis, CLI and UI-logic tests, plain Node, no
// browser; seconds each. The statistical suites (tests/history/) run in `npm run test:history`
// (vitest.history.config.ts), which also repeats the property tests at their full run counts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/history/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'threads',
  },
});
