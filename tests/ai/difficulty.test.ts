import { describe, expect, it } from 'vitest';
import { engineDriver, engineRules } from '../../src/ai/engine-rules';
import { playHeadlessGame } from '../../src/ai/headless-game';
import type { Difficulty } from '../../src/ai/difficulty';
import { EMPTY_PLAN } from '../../src/scenario/ai-plan';
import { createInitialState } from '../../src/engine/game';
import { hashState } from '../../src/engine/hash';
import type { GameSetup } from '../../src/engine/types';
import type { Side } from '../../src/engine/vocabulary';
import { at, testSetup, testUnit } from '../helpers/test-setup';

/**
 * A mirror-image meeting battle: two equal forces (three rifle companies with machine guns, a gun battery) start at
 * opposite ends of a steppe strip with dunes and a village in the middle, each side scored for holding the village.
 */
const meetingBattle = (): GameSetup => {
  const rows = ['..............', '....d....d....', '......v.......', '....d....d....', '..............', '..............'];
  const side = (s: Side, col: number, guns: number) => [
    testUnit({ id: `${s}-1`, side: s, men: 180, equipment: { LMG: 9, HMG: 2 }, at: [col, 1] }),
    testUnit({ id: `${s}-2`, side: s, men: 180, equipment: { LMG: 9, HMG: 2 }, at: [col, 2] }),
    testUnit({ id: `${s}-3`, side: s, men: 180, equipment: { LMG: 9, HMG: 2 }, at: [col, 3] }),
    testUnit({ id: `${s}-guns`, side: s, kind: 'artillery', men: 90, equipment: { [guns === 0 ? '76mm-M1902' : '75mm-Type90']: 4 }, at: [col === 0 ? 0 : 13, 4] }),
  ];
  const village = at(6, 2);
  return testSetup({
    map: { rows },
    units: [...side('soviet', 1, 0), ...side('japanese', 12, 1)],
    turns: 10,
    start: '1939-07-05T08:00',
    objectives: [
      { id: 'sov-village', side: 'soviet', kind: 'take-hex', name: 'Village', description: '', points: 20, hexes: [village] },
      { id: 'jp-village', side: 'japanese', kind: 'take-hex', name: 'Village', description: '', points: 20, hexes: [village] },
    ],
    supplySources: [
      { id: 'sov-src', side: 'soviet', hex: at(0, 2), name: 'West' },
      { id: 'jp-src', side: 'japanese', hex: at(13, 2), name: 'East' },
    ],
  });
};

const play = (seed: number, soviet: Difficulty, japanese: Difficulty) => {
  const state = createInitialState(meetingBattle(), { seed });
  return playHeadlessGame(state, { plan: EMPTY_PLAN, difficulty: { soviet, japanese }, rules: engineRules, driver: engineDriver, hash: hashState }).state;
};

/** The margin of `side` played at `level` against `against`: points first, men lost as the tie-break. */
const margin = (seed: number, side: Side, level: Difficulty, against: Difficulty): number => {
  const s = play(seed, side === 'soviet' ? level : against, side === 'soviet' ? against : level);
  const p = s.result?.points ?? { soviet: 0, japanese: 0 };
  const lossOf = (x: Side) => s.units.filter((u) => u.side === x).reduce((n, u) => n + u.start.men - u.men, 0);
  // Points first; men lost break ties (a draw on points still shows who fought better).
  return (side === 'soviet' ? p.soviet - p.japanese : p.japanese - p.soviet) * 1000 + (lossOf(side === 'soviet' ? 'japanese' : 'soviet') - lossOf(side));
};

describe('difficulty', () => {
  it('a veteran beats a recruit more often than not, from either side of a mirror-image battle', () => {
    let better = 0;
    let games = 0;
    for (let seed = 1; seed <= 6; seed++) {
      for (const side of ['soviet', 'japanese'] as const) {
        if (margin(seed, side, 'veteran', 'recruit') > margin(seed, side, 'recruit', 'veteran')) better++;
        games++;
      }
    }
    expect(better).toBeGreaterThanOrEqual(Math.ceil(games * 0.6));
  }, 240_000);
});
