import { defineConfig } from 'vitest/config';

// `npm test`'s unit tier: engine, format, scenario, AI, replay, analysis, CLI and UI-logic tests, plain Node, no
// browser; seconds each. The statistical suites (tests/history/) run in `npm run test:history`
// (vitest.history.config.ts), which also repeats the property tests at their full run counts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/history/**', 'tests/**/*.deep.test.ts', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'threads',
    globalSetup: ['tests/helpers/cli-setup.ts'],
    // One module graph per worker rather than per file: no test mocks or patches modules, and this saves most of the
    // per-file import and transform time (measured: about a sixth of the tier's CPU).
    isolate: false,
  },
});
