import { describe, expect, it } from 'vitest';
import { indexOf } from '../../src/engine/map';
import { IMPASSABLE, mapStepCosts, slopeCost, stateStepCosts, stepCost, TERRAIN_COSTS } from '../../src/engine/movement-costs';
import { edgeKey } from '../../src/engine/crossings';
import type { Crossing, MobilityClass, Terrain } from '../../src/engine/vocabulary';
import { at, LEGEND, testMap, testSetup } from '../helpers/test-setup';
import { createInitialState } from '../../src/engine/game';

const CLASSES: readonly MobilityClass[] = ['foot', 'horse', 'wheeled', 'tracked'];
const X = IMPASSABLE;

/** Cost of stepping east from a steppe hex into a hex of `terrain`, on flat ground. */
const enter = (terrain: Terrain, mobility: MobilityClass): number => {
  const ch = Object.keys(LEGEND).find((k) => LEGEND[k] === terrain)!;
  const map = testMap({ rows: [`.${ch}.`], elevation: () => 600 });
  return stepCost(map, mobility, 0, 0, 'none');
};

describe('terrain costs (MP to enter; open steppe = 2)', () => {
  // terrain: foot, horse, wheeled, tracked
  const table: Record<Terrain, [number, number, number, number]> = {
    steppe: [2, 2, 2, 2],
    dunes: [3, 4, 12, 5],
    hollow: [3, 3, 6, 4],
    marsh: [4, 6, 12, 6],
    floodplain: [3, 4, 6, 4],
    heights: [3, 3, 4, 3],
    village: [2, 2, 2, 2],
    lake: [X, X, X, X],
  };
  for (const [terrain, costs] of Object.entries(table) as [Terrain, number[]][]) {
    it(`${terrain}: ${costs.join(' / ')}`, () => {
      expect(CLASSES.map((c) => enter(terrain, c))).toEqual(costs);
      expect(CLASSES.map((c) => TERRAIN_COSTS[terrain][c] ?? X)).toEqual(costs);
    });
  }
  it('wheels suffer most in the dunes ("almost impossible"), tanks are hampered', () => {
    expect(enter('dunes', 'wheeled')).toBeGreaterThan(2 * enter('dunes', 'tracked'));
    expect(enter('dunes', 'tracked')).toBeGreaterThan(enter('steppe', 'tracked'));
  });
});

describe('river hexsides', () => {
  /** Cost east across a river side between two steppe hexes. */
  const across = (river: 'minor' | 'major', crossing: Crossing, mobility: MobilityClass): number => {
    const map = testMap({ rows: ['..'], elevation: () => 600, hexsides: [{ col: 0, row: 0, direction: 0, river, ...(crossing !== 'none' ? { crossing } : {}) }] });
    return stepCost(map, mobility, 0, 0, map.crossing[0]!);
  };
  // river, crossing: foot, horse, wheeled, tracked
  const table: Array<[string, 'minor' | 'major', Crossing, number[]]> = [
    ['major river, no crossing', 'major', 'none', [X, X, X, X]],
    ['major river, bridge', 'major', 'bridge', [2, 2, 2, 2]],
    ['major river, pontoon', 'major', 'pontoon', [3, 3, 4, 4]],
    ['major river, ford (not for wheels)', 'major', 'ford', [6, 5, X, 6]],
    ['minor river, no crossing', 'minor', 'none', [4, 4, 8, 5]],
    ['minor river, ford', 'minor', 'ford', [3, 3, 4, 3]],
    ['minor river, bridge', 'minor', 'bridge', [2, 2, 2, 2]],
    ['minor river, pontoon', 'minor', 'pontoon', [2, 2, 2, 2]],
  ];
  it.each(table)('%s', (_name, river, crossing, costs) => {
    expect(CLASSES.map((c) => across(river, crossing, c))).toEqual(costs);
  });
});

describe('roads and tracks replace terrain and slope', () => {
  const along = (kind: 'road' | 'track', terrain: string, mobility: MobilityClass, rise = 0) => {
    const map = testMap({ rows: [`.${terrain}`], elevation: (col) => 600 + col * rise, roads: [{ kind, path: [[0, 0], [1, 0]] }] });
    return stepCost(map, mobility, 0, 0, 'none');
  };
  it.each([
    ['road', '.', [2, 2, 1, 1]],
    ['road', 'd', [2, 2, 1, 1]],
    ['track', '.', [2, 2, 2, 2]],
    ['track', 'm', [2, 2, 2, 2]],
  ] as const)('%s into "%s"', (kind, terrain, costs) => {
    expect(CLASSES.map((c) => along(kind, terrain, c))).toEqual(costs);
  });
  it('a road takes wheels down the escarpment without the slope charge', () => {
    expect(along('road', '.', 'wheeled', 60)).toBe(1);
    expect(along('track', '.', 'wheeled', 60)).toBe(2);
  });
  it('wheels gain most from a track through the dunes', () => {
    const gain = (c: MobilityClass) => enter('dunes', c) - along('track', 'd', c);
    expect(CLASSES.map(gain)).toEqual([1, 2, 10, 3]);
  });
});

describe('slopes', () => {
  it.each([
    // rise in metres between 500 m hexes: foot, horse, wheeled, tracked
    [0, [0, 0, 0, 0]],
    [19, [0, 0, 0, 0]],
    [20, [0, 1, 2, 1]],
    [-34, [0, 1, 2, 1]],
    [35, [1, 2, 6, 3]],
    [-80, [1, 2, 6, 3]],
  ])('a rise of %i m', (rise, costs) => {
    expect(CLASSES.map((c) => slopeCost(c, rise, 500))).toEqual(costs);
  });
  it('the same height difference is gentler on 1 km hexes', () => {
    expect(slopeCost('wheeled', 50, 1000)).toBe(2);
  });
  it('adds to the terrain cost off-road, up and down', () => {
    const map = testMap({ rows: ['.H.'] }); // heights are 40 m above the steppe: 80 per mille, steep
    expect(stepCost(map, 'wheeled', 0, 0, 'none')).toBe(4 + 6);
    expect(stepCost(map, 'wheeled', 1, 0, 'none')).toBe(2 + 6);
    expect(stepCost(map, 'foot', 0, 0, 'none')).toBe(3 + 1);
  });
});

describe('step-cost tables', () => {
  it('are built once per map and class', () => {
    const map = testMap({ width: 5, height: 5 });
    expect(mapStepCosts(map, 'foot')).toBe(mapStepCosts(map, 'foot'));
    expect(mapStepCosts(map, 'foot')).not.toBe(mapStepCosts(map, 'horse'));
  });
  it('mark steps off the map impassable', () => {
    const map = testMap({ width: 3, height: 3 });
    expect(mapStepCosts(map, 'foot')[3]).toBe(X); // hex 0 (the north-west corner), direction 3 (west)
  });
  it('follow pontoons finished and crossings destroyed in play', () => {
    const setup = testSetup({
      map: { rows: ['....'], hexsides: [{ col: 1, row: 0, direction: 0, river: 'major' }, { col: 2, row: 0, direction: 0, river: 'major', crossing: 'bridge' }] },
      units: [],
    });
    const state = createInitialState(setup, { seed: 1 });
    const i1 = indexOf(setup.map, at(1, 0));
    const i2 = indexOf(setup.map, at(2, 0));
    expect(stateStepCosts(state, 'wheeled')[i1 * 6 + 0]).toBe(X);
    expect(stateStepCosts(state, 'wheeled')[i2 * 6 + 0]).toBe(2);
    const changed = {
      ...state,
      pontoons: [{ edge: edgeKey(setup.map, i1, 0), side: 'japanese' as const, progress: 3, needed: 3 }],
      destroyedCrossings: [edgeKey(setup.map, i2, 0)],
    };
    const t = stateStepCosts(changed, 'wheeled');
    expect(t[i1 * 6 + 0]).toBe(4);
    expect(t[(i2 + 1) * 6 + 3]).toBe(X); // and back across it from the east
    expect(t[i2 * 6 + 3]).toBe(4); // the pontoon, seen from its east bank
    expect(t[i2 * 6 + 0]).toBe(X);
    expect(stateStepCosts(changed, 'wheeled')).toBe(t); // cached
    const unfinished = { ...state, pontoons: [{ edge: edgeKey(setup.map, i1, 0), side: 'japanese' as const, progress: 2, needed: 3 }] };
    expect(stateStepCosts(unfinished, 'wheeled')[i1 * 6 + 0]).toBe(X);
  });
});
