/**
 * Movement through the whole engine: commands via applyCommand and turns via end-turn, so the turn sequence's
 * allowances (mobility.ts), the fatigue of marching (side-part.ts) and pontoon work over several turns fit together.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/engine/apply-command';
import { createInitialState } from '../../src/engine/game';
import { findUnit } from '../../src/engine/state-update';
import type { Command, GameEvent, GameState } from '../../src/engine/types';
import { TANK } from '../helpers/movement-state';
import { at, testSetup, testUnit } from '../helpers/test-setup';

const apply = (state: GameState, command: Command): { state: GameState; events: readonly GameEvent[] } => {
  const r = applyCommand(state, command);
  if (!r.ok) throw new Error(`${JSON.stringify(command)} refused: ${r.reason}`);
  return r;
};
/** Ends both sides' parts: the next turn, the same side to move. */
const nextTurn = (state: GameState): GameState => apply(apply(state, { type: 'end-turn' }).state, { type: 'end-turn' }).state;

// The Khalkhin Gol between columns 3 and 4 of a 10×5 map, no crossing; Japanese engineers and tanks on the east bank.
const RIVER = [0, 1, 2, 3, 4].flatMap((row) =>
  row % 2 === 0
    ? [{ col: 3, row, direction: 0 as const, river: 'major' as const }]
    : [
        { col: 3, row, direction: 5 as const, river: 'major' as const },
        { col: 3, row, direction: 0 as const, river: 'major' as const },
        { col: 3, row, direction: 1 as const, river: 'major' as const },
      ],
);
const game = () =>
  createInitialState(
    testSetup({
      map: { width: 10, height: 5, hexsides: RIVER },
      units: [
        testUnit({ id: 'jp-eng', side: 'japanese', at: [4, 2], kind: 'engineer', men: 400 }),
        testUnit({ id: 'jp-tanks', side: 'japanese', at: [8, 2], ...TANK }),
        testUnit({ id: 'sov-inf', side: 'soviet', at: [0, 0] }),
      ],
      firstSide: 'japanese',
      turns: 10,
    }),
    { seed: 7 },
  );

describe('movement over turns', () => {
  it('each turn the side gets its allowance back, and marching tires', () => {
    let s = game();
    expect(findUnit(s, 'jp-tanks')!.mp).toBe(24);
    s = apply(s, { type: 'move', unitId: 'jp-tanks', to: at(6, 2) }).state;
    expect(findUnit(s, 'jp-tanks')!.mp).toBe(20);
    s = apply(s, { type: 'move', unitId: 'jp-tanks', to: at(5, 2) }).state;
    expect(findUnit(s, 'jp-tanks')!.mp).toBe(18);
    s = nextTurn(s);
    const tanks = findUnit(s, 'jp-tanks')!;
    expect(tanks.acted.moved).toBe(false);
    expect(tanks.fatigue).toBeGreaterThan(0);
    expect(tanks.mp).toBe(Math.max(1, Math.floor((24 * (100 - Math.floor(tanks.fatigue / 2))) / 100)));
  });

  it('engineers bridge the river in three turns, then the tanks cross it', () => {
    let s = game();
    const refused = applyCommand(s, { type: 'move', unitId: 'jp-tanks', to: at(2, 2) });
    expect(refused.ok).toBe(false);
    const progress: number[] = [];
    let built = false;
    for (let turn = 0; turn < 3; turn++) {
      const r = apply(s, { type: 'build-bridge', unitId: 'jp-eng', direction: 3 });
      for (const e of r.events) {
        if (e.type === 'bridge-progress') progress.push(e.progress);
        if (e.type === 'bridge-built') built = true;
      }
      expect(built).toBe(turn === 2);
      s = nextTurn(r.state);
    }
    expect(progress).toEqual([1, 2, 3]);
    // (8,2) → (4,2) is 4 steppe steps (8 MP); the pontoon to (3,2) costs 2 + 2; then (2,2) another 2.
    const r = apply(s, { type: 'move', unitId: 'jp-tanks', to: at(2, 2) });
    expect(r.events[0]).toMatchObject({ type: 'moved', unitId: 'jp-tanks', cost: 14 });
    expect(findUnit(r.state, 'jp-tanks')!.hex).toEqual(at(2, 2));
  });
});
