import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/engine/apply-command';
import { createInitialState } from '../../src/engine/game';
import { findUnit } from '../../src/engine/state-update';
import { AMMO_LOSS_CUT, AMMO_LOSS_LIMITED, applySupplyPhase, computeSupply } from '../../src/engine/supply';
import type { GameState, SideRules, UnitSetup } from '../../src/engine/types';
import { at, testSetup, testUnit, type TestMapOptions } from '../helpers/test-setup';

const depot = { id: 'depot', side: 'soviet' as const, hex: at(0, 2), name: 'Depot' };

const game = (o: { units: UnitSetup[]; map?: TestMapOptions; rules?: Partial<SideRules> }): GameState =>
  createInitialState(
    testSetup({ map: o.map ?? { width: 20, height: 5 }, units: o.units, supplySources: [depot], rules: { soviet: o.rules ?? {} } }),
    { seed: 1 },
  );

const supplyOf = (s: GameState, id: string) => computeSupply(s, 'soviet').get(id);

// A wall of lake down column 6 with one gap at row 2: every line east goes through (6, 2).
const WALL = ['......~.............', '......~.............', '....................', '......~.............', '......~.............'];

describe('supply lines', () => {
  it('reaches a unit over open ground within range', () => {
    const s = game({ units: [testUnit({ id: 'sov', side: 'soviet', at: [8, 2] })] });
    expect(supplyOf(s, 'sov')).toBe('supplied');
  });

  it('is cut by an enemy zone of control over the only way through', () => {
    const s = game({
      map: { rows: WALL },
      units: [testUnit({ id: 'sov', side: 'soviet', at: [9, 2] }), testUnit({ id: 'jap', side: 'japanese', at: [7, 3] })],
    });
    expect(supplyOf(s, 'sov')).toBe('cut');
  });

  it('passes a zone of control where a friendly unit stands to hold it open', () => {
    const s = game({
      map: { rows: WALL },
      units: [
        testUnit({ id: 'sov', side: 'soviet', at: [9, 2] }),
        testUnit({ id: 'sov-gap', side: 'soviet', at: [6, 2] }),
        testUnit({ id: 'sov-east', side: 'soviet', at: [7, 2] }),
        testUnit({ id: 'jap', side: 'japanese', at: [7, 3] }),
      ],
    });
    expect(supplyOf(s, 'sov-gap')).toBe('supplied');
    expect(supplyOf(s, 'sov-east')).toBe('supplied');
    expect(supplyOf(s, 'sov')).toBe('supplied');
  });

  it('is not cut by a routed enemy, whose zone of control has collapsed', () => {
    const s0 = game({
      map: { rows: WALL },
      units: [testUnit({ id: 'sov', side: 'soviet', at: [9, 2] }), testUnit({ id: 'jap', side: 'japanese', at: [7, 3] })],
    });
    const s = { ...s0, units: s0.units.map((u) => (u.id === 'jap' ? { ...u, status: 'routed' as const } : u)) };
    expect(supplyOf(s, 'sov')).toBe('supplied');
  });

  it('never runs through a hex the enemy holds, and a source the enemy stands on supplies nobody', () => {
    const blocked = game({
      map: { rows: WALL },
      units: [testUnit({ id: 'sov', side: 'soviet', at: [12, 2] }), testUnit({ id: 'jap', side: 'japanese', at: [6, 2], kind: 'tank' })],
    });
    expect(supplyOf(blocked, 'sov')).toBe('cut');
    const taken = game({ units: [testUnit({ id: 'sov', side: 'soviet', at: [5, 2] }), testUnit({ id: 'jap', side: 'japanese', at: [0, 2] })] });
    expect(supplyOf(taken, 'sov')).toBe('cut');
  });

  it('reaches only as far as the supply range; a road carries it further; bigger hexes cost more', () => {
    const units = [testUnit({ id: 'sov', side: 'soviet', at: [19, 2] })];
    const road = Array.from({ length: 20 }, (_, c) => [c, 2] as [number, number]);
    const map = (hexMetres: number, withRoad: boolean) => ({ width: 20, height: 5, hexMetres, roads: withRoad ? [{ kind: 'road' as const, path: road }] : [] });
    // 19 hexes of 500 m steppe at 2 each is 38; at 1 km each hex costs twice as much; a road costs 1 per 500 m.
    expect(supplyOf(game({ units, map: map(500, false), rules: { supplyRangeMp: 30 } }), 'sov')).toBe('cut');
    expect(supplyOf(game({ units, map: map(500, false), rules: { supplyRangeMp: 40 } }), 'sov')).toBe('supplied');
    expect(supplyOf(game({ units, map: map(500, true), rules: { supplyRangeMp: 30 } }), 'sov')).toBe('supplied');
    expect(supplyOf(game({ units, map: map(1000, false), rules: { supplyRangeMp: 40 } }), 'sov')).toBe('cut');
    expect(supplyOf(game({ units, map: map(1000, true), rules: { supplyRangeMp: 40 } }), 'sov')).toBe('supplied');
  });

  it('crosses the Khalkhin Gol only at a crossing that still stands', () => {
    const river = (crossing?: 'bridge' | 'ford') => ({
      width: 20,
      height: 5,
      // Between columns 4 and 5: the E side of every hex, and on odd (shifted) rows the NE and SE sides too.
      hexsides: Array.from({ length: 5 }, (_, row) =>
        (row % 2 === 1 ? ([0, 5, 1] as const) : ([0] as const)).map((direction) => ({
          col: 4,
          row,
          direction,
          river: 'major' as const,
          ...(row === 2 && direction === 0 && crossing ? { crossing } : {}),
        })),
      ).flat(),
    });
    const units = [testUnit({ id: 'sov', side: 'soviet', at: [8, 2] })];
    expect(supplyOf(game({ units, map: river() }), 'sov')).toBe('cut');
    expect(supplyOf(game({ units, map: river('bridge') }), 'sov')).toBe('supplied');
    const bridged = game({ units, map: river('bridge') });
    const e = bridged.setup.map.width * 2 + 4; // index of (4, 2)
    expect(supplyOf({ ...bridged, destroyedCrossings: [`${e}:0`] }, 'sov')).toBe('cut');
    // A pontoon the engineers have finished opens a new line; one still being built does not.
    const bare = game({ units, map: river() });
    const pontoon = (progress: number) => ({ ...bare, pontoons: [{ edge: `${e}:0`, side: 'soviet' as const, progress, needed: 3 }] });
    expect(supplyOf(pontoon(3), 'sov')).toBe('supplied');
    expect(supplyOf(pontoon(2), 'sov')).toBe('cut');
  });
});

describe('truck capacity', () => {
  // Four companies of 150 men at growing distances from the depot.
  const units = [2, 4, 6, 8].map((col) => testUnit({ id: `sov-${col}`, side: 'soviet', at: [col, 2], men: 150 }));

  it('supplies the nearest units first, up to trucks × men per truck; the rest get limited supply', () => {
    const s = game({ units, rules: { trucks: 6, menPerTruck: 50 } });
    expect([...computeSupply(s, 'soviet')].sort()).toEqual([
      ['sov-2', 'supplied'],
      ['sov-4', 'supplied'],
      ['sov-6', 'limited'],
      ['sov-8', 'limited'],
    ]);
  });

  it('more trucks (what a lever changes) supply more units', () => {
    const count = (trucks: number) => [...computeSupply(game({ units, rules: { trucks, menPerTruck: 50 } }), 'soviet').values()].filter((v) => v === 'supplied').length;
    expect([0, 3, 6, 9, 12, 100].map(count)).toEqual([0, 1, 2, 3, 4, 4]);
  });
});

describe('the supply phase', () => {
  it('runs down ammunition and cohesion out of supply, faster when cut, and reports each change', () => {
    const s0 = game({
      map: { rows: WALL },
      rules: { trucks: 3, menPerTruck: 50 },
      units: [
        testUnit({ id: 'sov-near', side: 'soviet', at: [1, 2] }),
        testUnit({ id: 'sov-limited', side: 'soviet', at: [2, 2] }),
        testUnit({ id: 'sov-cut', side: 'soviet', at: [9, 2] }),
        testUnit({ id: 'jap', side: 'japanese', at: [7, 3] }),
      ],
    });
    let s: GameState = { ...s0, units: s0.units.map((u) => ({ ...u, supply: 'supplied' as const })) };
    const first = applySupplyPhase(s, 'soviet');
    expect(first.events).toEqual([
      { type: 'supply-changed', unitId: 'sov-cut', supply: 'cut' },
      { type: 'supply-changed', unitId: 'sov-limited', supply: 'limited' },
    ]);
    s = first.state;
    const second = applySupplyPhase(s, 'soviet');
    expect(second.events).toEqual([]);
    s = second.state;
    const near = findUnit(s, 'sov-near')!;
    const limited = findUnit(s, 'sov-limited')!;
    const cut = findUnit(s, 'sov-cut')!;
    expect(near.ammo).toBe(100);
    expect(limited.ammo).toBe(100 - 2 * AMMO_LOSS_LIMITED);
    expect(cut.ammo).toBe(100 - 2 * AMMO_LOSS_CUT);
    expect(limited.turnsOutOfSupply).toBe(2);
    expect(100 - cut.cohesion).toBeGreaterThan(100 - limited.cohesion);
    expect(limited.cohesion).toBe(100 - 1 - 2);
    expect(cut.cohesion).toBe(100 - 4 - 8);
  });

  it('is traced at every turn advance through end-turn', () => {
    const s = game({ units: [testUnit({ id: 'sov', side: 'soviet', at: [3, 2], ammo: 40 }), testUnit({ id: 'jap', side: 'japanese', at: [18, 2] })] });
    const a = applyCommand(s, { type: 'end-turn' });
    if (!a.ok) throw new Error(a.reason);
    const b = applyCommand(a.state, { type: 'end-turn' });
    if (!b.ok) throw new Error(b.reason);
    expect(findUnit(b.state, 'sov')!.ammo).toBe(74);
    // The Japanese have no source at all.
    expect(findUnit(b.state, 'jap')!.supply).toBe('cut');
    expect(findUnit(b.state, 'jap')!.turnsOutOfSupply).toBe(1);
  });
});
