/**
 * Is it history? Under historical levers the AI-against-AI games should usually end the way the battles did
 * (facts.md §F). Wide bands over a handful of fixed seeds: a failure here means a change of balance, which must be
 * deliberate. The 50-seed distributions come from `npm run batch` and are reported with the AI's work.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GameState } from '../../src/engine/types';
import { runGame, type RunGameOutput } from '../../src/cli/run-game';
import { loadScenarioGame } from '../../src/cli/scenario-source';

const games = (id: string, seeds: readonly number[], levers: Readonly<Record<string, number>> = {}): RunGameOutput[] => {
  const l = loadScenarioGame(id);
  if (!l.ok) throw new Error(l.message);
  return seeds.map((seed) => {
    const s = l.start(seed, levers);
    if (!s.ok) throw new Error(s.message);
    return runGame({ state: s.state, plan: l.plan, difficulty: { soviet: 'regular', japanese: 'regular' }, seed, levers: s.levers, engineVersion: 'test' });
  });
};

const share = (xs: readonly boolean[]): number => xs.filter(Boolean).length / xs.length;
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Men a group of units lost (killed, wounded, missing or captured), as a share of its starting men. */
const groupLoss = (state: GameState, prefix: string): number => {
  const units = state.units.filter((u) => u.id.startsWith(prefix));
  const start = units.reduce((n, u) => n + u.start.men, 0);
  const left = units.reduce((n, u) => n + (u.status === 'destroyed' || u.status === 'surrendered' ? 0 : u.men), 0);
  return (start - left) / start;
};

describe('Azuma encirclement, 28–29 May', () => {
  let played: RunGameOutput[] = [];
  beforeAll(() => {
    played = games('azuma-encirclement', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  }, 900_000);

  it('Azuma is usually destroyed or broken and the bridgehead holds', () => {
    expect(share(played.map((g) => g.summary.events['azuma-destroyed'] !== null))).toBeGreaterThanOrEqual(0.6);
    expect(share(played.map((g) => g.summary.events['kawatama-bridge-taken'] === null))).toBeGreaterThanOrEqual(0.6);
    expect(share(played.map((g) => g.summary.winner === 'soviet'))).toBeGreaterThanOrEqual(0.6);
  });

  it("Azuma's casualties are near history's 63% (band 40–95%)", () => {
    const loss = mean(played.map((g) => groupLoss(g.game.state, 'jp-azuma')));
    expect(loss).toBeGreaterThanOrEqual(0.4);
    expect(loss).toBeLessThanOrEqual(0.95);
  });
});

describe('August offensive, 20–31 August', () => {
  let played: RunGameOutput[] = [];
  beforeAll(() => {
    played = games('august-offensive', [1, 2]);
  }, 900_000);

  it('the wings usually link up at Nomonhan and the pocket is destroyed by the last turn', () => {
    expect(share(played.map((g) => g.summary.events['nomonhan-linkup'] !== null))).toBeGreaterThanOrEqual(0.5);
    expect(share(played.map((g) => g.summary.events['japanese-pocket-destroyed'] !== null))).toBeGreaterThanOrEqual(0.5);
    expect(share(played.map((g) => g.summary.winner === 'soviet'))).toBeGreaterThanOrEqual(0.5);
  });
});
