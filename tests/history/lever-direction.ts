/**
 * Shared by the lever-direction tests: do the levers move results the way the sources suggest? "More Japanese
 * lorries or ammunition never makes the Japanese average result worse over 50 seeds" (the words).
 *
 * The result of a game is the Japanese objective-points margin (Japanese points less Soviet points). A game of this
 * size is chaotic: changing one unit's supply on one turn can flip a game either way, so a lever with no real effect
 * still moves a 50-seed mean a little. The check therefore compares the same 50 seeds with and without the lever
 * (paired), and fails when the mean margin falls by more than two standard errors of the paired differences — a
 * systematic worsening. When the lever changes nothing the difference is exactly zero and passes as such.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioGame, runGame } from '../../src/game/node';

export const SEEDS = Array.from({ length: 50 }, (_, i) => i + 1);

/** The Japanese points margin of each seed's game under `levers` (regular AI on both sides). */
export const margins = (id: string, levers: Readonly<Record<string, number>>): number[] => {
  const l = loadScenarioGame(id);
  if (!l.ok) throw new Error(l.message);
  return SEEDS.map((seed) => {
    const s = l.start(seed, levers);
    if (!s.ok) throw new Error(s.message);
    const r = runGame({ state: s.state, plan: l.plan, difficulty: { soviet: 'regular', japanese: 'regular' }, seed, levers: s.levers, engineVersion: 'test' }).game.state.result;
    if (!r) throw new Error(`${id} seed ${seed}: the game did not end`);
    return r.points.japanese - r.points.soviet;
  });
};

export interface PairedComparison {
  readonly meanBase: number;
  readonly meanLever: number;
  /** Mean of (lever − base) per seed, and its standard error. */
  readonly meanDifference: number;
  readonly standardError: number;
}

export const compare = (base: readonly number[], lever: readonly number[]): PairedComparison => {
  const n = base.length;
  const d = base.map((b, i) => lever[i]! - b);
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const md = mean(d);
  const variance = d.reduce((a, x) => a + (x - md) * (x - md), 0) / Math.max(1, n - 1);
  return { meanBase: mean(base), meanLever: mean(lever), meanDifference: md, standardError: Math.sqrt(variance / n) };
};

/** Not worse: the paired mean difference is at least minus two standard errors. */
export const notWorse = (c: PairedComparison): boolean => c.meanDifference >= -2 * c.standardError;

/**
 * The lever-direction tests of one scenario: its 50 default games once, then each lever at its "more" value. One
 * test file per scenario calls this, so that the runner spreads the scenarios over its workers.
 */
export const describeLeverDirection = (id: string): void => {
  describe(`${id}: Japanese lorries and ammunition, 50 seeds`, () => {
    let base: number[] = [];
    beforeAll(() => {
      base = margins(id, {});
    }, 1_800_000);

    it.each([
      ['japanese-trucks', 400],
      ['japanese-artillery-ammunition', 200],
    ] as const)('%s at %d never makes the Japanese average result worse', (lever, value) => {
      const c = compare(base, margins(id, { [lever]: value }));
      expect(notWorse(c), JSON.stringify(c)).toBe(true);
    }, 1_800_000);
  });
};
