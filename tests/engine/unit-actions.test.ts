import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/engine/apply-command';
import { createInitialState } from '../../src/engine/game';
import { findUnit, updateUnit } from '../../src/engine/state-update';
import type { GameState } from '../../src/engine/types';
import { rallyChancePercent } from '../../src/engine/unit-actions';
import { at, testSetup, testUnit } from '../helpers/test-setup';

// Row 0: steppe, dunes, marsh, floodplain, heights, hollow, village; the Japanese sit far away on row 6.
const ROWS = ['.dmfHhv.....', '............', '............', '............', '............', '............', '............'];

const game = (extra: ReturnType<typeof testUnit>[] = []): GameState =>
  createInitialState(
    testSetup({
      map: { rows: ROWS },
      supplySources: [{ id: 'depot', side: 'soviet', hex: at(0, 3), name: 'Depot' }],
      units: [
        testUnit({ id: 'inf-steppe', side: 'soviet', at: [0, 0] }),
        testUnit({ id: 'inf-dunes', side: 'soviet', at: [1, 0] }),
        testUnit({ id: 'inf-marsh', side: 'soviet', at: [2, 0] }),
        testUnit({ id: 'inf-flood', side: 'soviet', at: [3, 0] }),
        testUnit({ id: 'inf-heights', side: 'soviet', at: [4, 0] }),
        testUnit({ id: 'tank-steppe', side: 'soviet', at: [7, 0], kind: 'tank', equipment: { 'BT-7': 10 } }),
        testUnit({ id: 'jap-far', side: 'japanese', at: [11, 6] }),
        ...extra,
      ],
    }),
    { seed: 3 },
  );

/** Digs `id` in for `turns` whole turns (both sides ending their parts) and returns its level. */
const digFor = (id: string, turns: number): { level: number; refusals: string[] } => {
  let s = game();
  const refusals: string[] = [];
  for (let t = 0; t < turns; t++) {
    const r = applyCommand(s, { type: 'entrench', unitId: id });
    if (r.ok) s = r.state;
    else refusals.push(r.reason);
    for (let k = 0; k < 2; k++) {
      const e = applyCommand(s, { type: 'end-turn' });
      if (!e.ok) throw new Error(e.reason);
      s = e.state;
    }
  }
  return { level: findUnit(s, id)!.entrenchment, refusals };
};

describe('entrench', () => {
  it.each([
    ['inf-steppe', 3],
    ['inf-heights', 3],
    ['inf-dunes', 2],
    ['inf-marsh', 1],
    ['inf-flood', 1],
    ['tank-steppe', 1],
  ] as const)('%s digs in one level a turn up to level %i', (id, cap) => {
    const { level, refusals } = digFor(id, 5);
    expect(level).toBe(cap);
    expect(refusals).toHaveLength(5 - cap);
  });

  it('uses up the turn: no second dig, no movement points left', () => {
    const r = applyCommand(game(), { type: 'entrench', unitId: 'inf-steppe' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.events).toEqual([{ type: 'entrenched', unitId: 'inf-steppe', level: 1 }]);
    const u = findUnit(r.state, 'inf-steppe')!;
    expect(u.mp).toBe(0);
    expect(u.acted.dug).toBe(true);
    const again = applyCommand(r.state, { type: 'entrench', unitId: 'inf-steppe' });
    expect(again).toEqual({ ok: false, code: 'already-acted', reason: 'The inf-steppe has already dug in this turn.' });
  });

  it('cannot dig after moving, and a unit that moved loses its entrenchment at the end of its part', () => {
    let s = game();
    s = updateUnit(s, 'inf-steppe', { entrenchment: 2, acted: { ...findUnit(s, 'inf-steppe')!.acted, moved: true } });
    const r = applyCommand(s, { type: 'entrench', unitId: 'inf-steppe' });
    expect(r.ok).toBe(false);
    const e = applyCommand(s, { type: 'end-turn' });
    expect(e.ok && findUnit(e.state, 'inf-steppe')!.entrenchment).toBe(0);
  });
});

describe('rally', () => {
  const shaken = (s: GameState, id: string, cohesion: number, status: 'active' | 'routed' = 'active'): GameState =>
    updateUnit(s, id, { cohesion, status });

  it('refuses a unit in good order', () => {
    const r = applyCommand(game(), { type: 'rally', unitId: 'inf-steppe' });
    expect(r).toEqual({ ok: false, code: 'not-needed', reason: 'The inf-steppe is in good order and needs no rally.' });
  });

  it('refuses a unit in contact with the enemy', () => {
    const s = shaken(game([testUnit({ id: 'jap-near', side: 'japanese', at: [0, 1] })]), 'inf-steppe', 20);
    const r = applyCommand(s, { type: 'rally', unitId: 'inf-steppe' });
    expect(r).toEqual({ ok: false, code: 'in-contact', reason: 'The inf-steppe is in contact with the enemy and cannot rally.' });
  });

  it('draws once from the RNG, may fail, and can be tried once per turn', () => {
    const s = shaken(game(), 'inf-steppe', 20, 'routed');
    const r = applyCommand(s, { type: 'rally', unitId: 'inf-steppe' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.rng.draws).toBe(s.rng.draws + 1);
    const again = applyCommand(r.state, { type: 'rally', unitId: 'inf-steppe' });
    expect(again.ok).toBe(false);
  });

  it('succeeds about as often as its chance says, over many seeds, and a success returns a routed unit to the fight', () => {
    let successes = 0;
    const runs = 2000;
    for (let seed = 0; seed < runs; seed++) {
      const s = shaken(createInitialState(game().setup, { seed }), 'inf-steppe', 10, 'routed');
      const r = applyCommand(s, { type: 'rally', unitId: 'inf-steppe' });
      if (!r.ok) throw new Error(r.reason);
      const u = findUnit(r.state, 'inf-steppe')!;
      const ev = r.events[0]!;
      if (ev.type !== 'rallied') throw new Error('expected a rallied event');
      if (ev.success) {
        successes++;
        expect(u.cohesion).toBe(40);
        expect(u.status).toBe('active');
      } else {
        expect(u.cohesion).toBe(10);
        expect(u.status).toBe('routed');
      }
    }
    // Supplied, rested, unpinned: 70 %. Three standard deviations of a binomial(2000, 0.7) is about 3 %.
    expect(rallyChancePercent(findUnit(game(), 'inf-steppe')!)).toBe(70);
    expect(successes / runs).toBeGreaterThan(0.67);
    expect(successes / runs).toBeLessThan(0.73);
  });

  it.each([
    [{ supply: 'supplied', fatigue: 0, suppression: 0 }, 70],
    [{ supply: 'limited', fatigue: 0, suppression: 0 }, 50],
    [{ supply: 'cut', fatigue: 0, suppression: 0 }, 30],
    [{ supply: 'cut', fatigue: 100, suppression: 100 }, 10],
    [{ supply: 'supplied', fatigue: 50, suppression: 0 }, 60],
  ] as const)('rally chance for %o is %i %%', (patch, chance) => {
    expect(rallyChancePercent({ ...findUnit(game(), 'inf-steppe')!, ...patch })).toBe(chance);
  });
});
