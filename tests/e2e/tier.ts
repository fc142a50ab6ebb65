/**
 * Which browser tests run in which tier. `npm test` (the fast tier, run before every commit) keeps one or two tests
 * per screen — enough to see that each page opens, plays and saves; `npm run test:history` (the slow tier, which CI
 * also runs) adds the deep ones: whole games played to the end, every scenario from both sides, each overlay, each
 * phone layout, accessibility of every screen. A test is marked by the function that declares it, so the choice
 * stays beside the test; each tier skips the other's tests (listed as skipped in its summary, never lost).
 */
import { it } from 'vitest';

/** The slow tier is running (`KG_E2E_TIER=slow`, set by `npm run test:history`). */
export const inSlowTier = process.env.KG_E2E_TIER === 'slow';

/** A browser test of the fast tier: one of the few that prove a screen works at all. */
export const fast = it.runIf(!inSlowTier);

/** A deep browser test: long, or one of many variations of a screen; run by the slow tier and CI. */
export const deep = it.runIf(inSlowTier);
