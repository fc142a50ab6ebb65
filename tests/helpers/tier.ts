/**
 * The two test tiers. `npm test` (vitest.config.ts) is the fast tier; `npm run test:history` (vitest.history.config.ts)
 * is the statistical tier: the files under tests/history/ (many whole AI games) and the long property runs, which it
 * runs again with `KG_TEST_TIER=history`. A property test takes its run count from `propertyRuns(full, fast)`: `full`
 * in the history tier, `fast` in `npm test` (still enough to catch a plain break; the long run hunts rare ones). A file
 * named `*.deep.test.ts` runs only in the history tier: more cases of what a fast file checks by a representative.
 */
export const HISTORY_TIER = process.env.KG_TEST_TIER === 'history';

export const propertyRuns = (full: number, fast: number): number => (HISTORY_TIER ? full : fast);
