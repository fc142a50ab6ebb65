import { describe, expect, it } from 'vitest';
import { engineDriver, engineRules } from '../../src/ai/engine-rules';
import { createMemory } from '../../src/ai/memory';
import { testPlan } from '../helpers/ai-plan';
import { chooseCommands, playSideTurn, withOwnUnitsNow } from '../../src/ai/play-side-turn';
import { applyCommand } from '../../src/engine/apply-command';
import { createInitialState } from '../../src/engine/game';
import { hashState } from '../../src/engine/hash';
import type { GameState } from '../../src/engine/types';
import { viewFor } from '../../src/engine/vision';
import { at, testSetup, testUnit, type TestUnitOptions } from '../helpers/test-setup';

const base: TestUnitOptions[] = [
  { id: 'j-a', side: 'japanese', men: 300, equipment: { LMG: 12, HMG: 4 }, at: [2, 5] },
  { id: 'j-b', side: 'japanese', men: 300, equipment: { LMG: 12, HMG: 4 }, at: [2, 6] },
  { id: 'j-guns', side: 'japanese', kind: 'artillery', men: 120, equipment: { '75mm-Type90': 4 }, at: [0, 5] },
  { id: 's-1', side: 'soviet', men: 200, equipment: { LMG: 9, HMG: 2 }, at: [7, 5] },
];
const hidden: TestUnitOptions[] = [
  { id: 's-hidden-1', side: 'soviet', kind: 'anti-tank', men: 60, equipment: { '45mm-M1937': 12 }, at: [19, 13] },
  { id: 's-hidden-2', side: 'soviet', men: 900, equipment: { LMG: 27, HMG: 8 }, at: [18, 14] },
];
const game = (units: TestUnitOptions[]): GameState =>
  createInitialState(
    testSetup({
      units: units.map(testUnit),
      firstSide: 'japanese',
      objectives: [{ id: 'jp-take', side: 'japanese', kind: 'take-hex', name: 'Hill', description: '', points: 10, hexes: [at(8, 5)] }],
      supplySources: [{ id: 'jp-src', side: 'japanese', hex: at(0, 6), name: 'Rear' }],
    }),
    { seed: 11 },
  );
const plan = testPlan({ japanese: { formations: [{ id: 'f', units: ['j-a', 'j-b', 'j-guns'], task: { kind: 'attack', hexes: [[8, 5]], radius: 1 } }] } });

const play = (state: GameState, difficulty: 'recruit' | 'regular' | 'veteran') =>
  playSideTurn(state, 'japanese', { plan: plan.japanese, memory: createMemory('japanese'), difficulty, rules: engineRules, driver: engineDriver });

describe('playSideTurn on the real engine', () => {
  it('plays a legal side-turn ending with end-turn, and hands the turn over', () => {
    const r = play(game(base), 'regular');
    expect(r.commands.at(-1)).toEqual({ type: 'end-turn' });
    expect(r.commands.filter((c) => c.type === 'move').length).toBeGreaterThan(0);
    expect(r.state.activeSide).toBe('soviet');
    expect(r.refused).toEqual([]);
  });

  it('is deterministic: same state, same commands and the same resulting hash', () => {
    const a = play(game(base), 'veteran');
    const b = play(game(base), 'veteran');
    expect(a.commands).toEqual(b.commands);
    expect(hashState(a.state)).toBe(hashState(b.state));
  });

  it('decides the same whether or not the enemy has units it cannot see', () => {
    const withHidden = game([...base, ...hidden]);
    const seen = viewFor(withHidden, 'japanese').seen;
    expect(seen).not.toContain('s-hidden-1');
    expect(seen).not.toContain('s-hidden-2');
    for (const d of ['recruit', 'regular', 'veteran'] as const) {
      const a = play(game(base), d);
      const b = play(withHidden, d);
      expect(b.commands).toEqual(a.commands);
    }
  });
});

describe('chooseCommands', () => {
  it('returns a whole side-turn from one view, ending with end-turn, that the real state accepts', () => {
    const s = game(base);
    const { commands } = chooseCommands(viewFor(s, 'japanese'), plan.japanese, {
      difficulty: 'regular',
      rules: engineRules,
      memory: createMemory('japanese'),
      applyCommand,
    });
    expect(commands.at(-1)).toEqual({ type: 'end-turn' });
    let state = s;
    for (const c of commands) {
      const r = applyCommand(state, c);
      // Moves and digging never depend on dice, so the real state accepts them as planned.
      if (c.type === 'move' || c.type === 'entrench' || c.type === 'end-turn') expect(r.ok).toBe(true);
      if (r.ok) state = r.state;
    }
    expect(state.activeSide).toBe('soviet');
  });
});

describe('withOwnUnitsNow', () => {
  it('takes own units from the state and enemy units from the last view, sorted by id', () => {
    const s = game([...base, ...hidden]);
    const view = viewFor(s, 'japanese');
    const moved = applyCommand(s, { type: 'entrench', unitId: 'j-a' });
    expect(moved.ok).toBe(true);
    if (!moved.ok) return;
    const patched = withOwnUnitsNow(view, moved.state, 'japanese');
    const ids = patched.state.units.map((u) => u.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).not.toContain('s-hidden-1');
    expect(patched.state.units.find((u) => u.id === 'j-a')!.acted.dug).toBe(true);
    expect(patched.state.rng).toEqual(view.state.rng);
  });
});

describe('air support', () => {
  const withAir = (start: string): GameState =>
    createInitialState(
      testSetup({
        units: base.map(testUnit),
        firstSide: 'japanese',
        start,
        rules: { japanese: { airSorties: 3 } },
        objectives: [{ id: 'jp-take', side: 'japanese', kind: 'take-hex', name: 'Hill', description: '', points: 10, hexes: [at(8, 5)] }],
        supplySources: [{ id: 'jp-src', side: 'japanese', hex: at(0, 6), name: 'Rear' }],
      }),
      { seed: 11 },
    );

  it('by day the AI flies its sorties at enemy it can see, and no more than it has', () => {
    const r = play(withAir('1939-07-03T08:00'), 'regular');
    const strikes = r.commands.filter((c) => c.type === 'air-strike');
    expect(strikes.length).toBeGreaterThan(0);
    expect(strikes.length).toBeLessThanOrEqual(3);
    for (const c of strikes) expect(c).toMatchObject({ side: 'japanese', target: at(7, 5) });
    expect(r.refused.filter((x) => x.command.type === 'air-strike')).toHaveLength(0);
  });

  it('at night it keeps the aircraft on the ground', () => {
    const r = play(withAir('1939-07-03T00:00'), 'regular');
    expect(r.commands.some((c) => c.type === 'air-strike')).toBe(false);
    // (Moves may bump into enemies it cannot see in the dark; it never even asks for a sortie.)
    expect(r.refused.filter((x) => x.command.type === 'air-strike')).toHaveLength(0);
  });
});
