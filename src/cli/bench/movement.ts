/**
 * Movement benchmarks: `reachable` on a 60×40 map of 500 m hexes with a realistic mix of east-bank terrain (dune
 * belts, hollows, marsh along the river, the west-bank heights), the Khalkhin Gol with a bridge and a ford, roads, and
 * enemy units whose zones of control shape the search. The map and units are generated from a fixed seed.
 */
import { benchSetup as minimalBenchSetup } from './bench-setup';
import { applyCommand, applyMove, buildMap, createInitialState, offsetToAxial, pathTo, reachable, Rng, seedRng, type Direction, type GameSetup, type GameState, type HexsideSpec, type Terrain, type UnitSetup } from '../../engine';
import type { BenchCase } from '../bench-case';
import { syntheticState } from './synthetic-battle';

const WIDTH = 60;
const HEIGHT = 40;
const RIVER_COL = 14;

/** A 60×40 battlefield: west-bank heights, the river valley, then steppe with dune belts and hollows. */
export const benchSetup = (): GameSetup => {
  const rng = new Rng(seedRng('movement-bench'));
  const terrain: Terrain[] = [];
  const elevation: number[] = [];
  for (let row = 0; row < HEIGHT; row++) {
    for (let col = 0; col < WIDTH; col++) {
      let t: Terrain = 'steppe';
      if (col < RIVER_COL - 2) t = rng.chance(1, 3) ? 'heights' : 'steppe';
      else if (col <= RIVER_COL + 1) t = rng.chance(1, 2) ? 'floodplain' : 'marsh';
      else {
        const belt = (col + (row >> 2)) % 9 < 3; // dune belts running NNE
        const roll = rng.int(100);
        t = belt ? (roll < 70 ? 'dunes' : 'hollow') : roll < 8 ? 'hollow' : roll < 12 ? 'marsh' : roll < 13 ? 'lake' : roll < 14 ? 'village' : 'steppe';
      }
      terrain.push(t);
      elevation.push(col < RIVER_COL - 2 ? 660 + rng.int(20) : t === 'dunes' ? 620 + rng.int(30) : 600 + rng.int(10));
    }
  }
  const hexsides: HexsideSpec[] = [];
  for (let row = 0; row < HEIGHT; row++) {
    const hex = offsetToAxial({ col: RIVER_COL, row });
    hexsides.push({ hex, direction: 0 as Direction, river: 'major', ...(row === 20 ? { crossing: 'bridge' as const } : row === 8 ? { crossing: 'ford' as const } : {}) });
    if (row % 2 === 1) hexsides.push({ hex, direction: 5 as Direction, river: 'major' });
    if (row % 2 === 1 && row + 1 < HEIGHT) hexsides.push({ hex, direction: 1 as Direction, river: 'major' });
  }
  const road = Array.from({ length: WIDTH - 2 }, (_, k) => offsetToAxial({ col: k + 1, row: 20 }));
  const map = buildMap({ width: WIDTH, height: HEIGHT, hexMetres: 500, terrain, elevation, hexsides, roads: [{ kind: 'road', path: road }], places: [] });
  const units: UnitSetup[] = [
    { id: 'sov-tanks', side: 'soviet', name: 'Tank battalion', label: '1/11', formation: '11th Tank Brigade', kind: 'tank', size: 'battalion', men: 120, equipment: { 'BT-7': 38 }, hex: offsetToAxial({ col: 30, row: 20 }), source: 'bench' },
    { id: 'sov-rifles', side: 'soviet', name: 'Rifle battalion', label: '2/149', formation: '36th MRD', kind: 'motorised-infantry', size: 'battalion', men: 700, equipment: { LMG: 27, truck: 36 }, hex: offsetToAxial({ col: 28, row: 22 }), source: 'bench' },
  ];
  for (let k = 0; k < 12; k++) {
    const col = 34 + ((k * 7) % 20);
    const row = 4 + ((k * 11) % 32);
    units.push({ id: `jp-${String(k).padStart(2, '0')}`, side: 'japanese', name: `Japanese company ${k}`, label: `${k}/64`, formation: '64th Infantry', kind: 'infantry', size: 'company', men: 180, equipment: { LMG: 9 }, hex: offsetToAxial({ col, row }), source: 'bench' });
  }
  return minimalBenchSetup('Movement bench', map, units, { start: '1939-08-20T05:45', sunrise: '04:40', sunset: '20:30' });
};

/** The bench state with the Soviet units given `mp` movement points. */
export const benchState = (mp: number): GameState => {
  const state = createInitialState(benchSetup(), { seed: 1 });
  return { ...state, units: state.units.map((u) => (u.side === 'soviet' ? { ...u, mp } : u)) };
};

let twelve: GameState | null = null;
let full: GameState | null = null;
let crowded: GameState | null = null;
let crowdedUnit = '';
const target = offsetToAxial({ col: 36, row: 20 });

/** A hex 4–6 steps from the crowded battle's tank unit that it can move to (the farthest such, by search order). */
const crowdedTarget = (): { q: number; r: number } => {
  const reach = reachable(crowded!, crowdedUnit)!;
  const near = reach.hexes.filter((h) => (pathTo(reach, h.hex)?.length ?? 0) <= 7);
  const pick = near[near.length - 1];
  if (!pick) throw new Error('bench: the tank unit in the synthetic battle cannot move');
  return pick.hex;
};
let crowdedTo: { q: number; r: number } | null = null;

/** The 300-unit synthetic battle with its first Soviet tank unit given a full 24 MP. */
const crowdedState = (): GameState => {
  const s = syntheticState();
  const tank = s.units.find((u) => u.side === 'soviet' && u.kind === 'tank' && u.hex !== null);
  if (!tank) throw new Error('bench: the synthetic battle has no Soviet tank unit');
  crowdedUnit = tank.id;
  return { ...s, activeSide: 'soviet', units: s.units.map((u) => (u.id === tank.id ? { ...u, mp: 24, acted: { ...u.acted, moved: false } } : u)) };
};

export const cases: BenchCase[] = [
  {
    name: 'reachable 12 MP on 60×40 (tank battalion, mixed terrain, 12 enemy units)',
    unit: 'µs',
    target: '≤ 25 µs',
    setup: () => void (twelve ??= benchState(12)),
    run: () => reachable(twelve!, 'sov-tanks'),
  },
  {
    name: 'reachable 24 MP on 60×40 (a full turn for tanks: 12 steppe hexes)',
    unit: 'µs',
    target: 'report',
    setup: () => void (full ??= benchState(24)),
    run: () => reachable(full!, 'sov-tanks'),
  },
  {
    name: 'reachable 24 MP on 60×40 with the list of hexes built (what the UI and AI read)',
    unit: 'µs',
    target: 'report',
    setup: () => void (full ??= benchState(24)),
    run: () => reachable(full!, 'sov-tanks')!.hexes,
  },
  {
    name: 'reachable 24 MP in the 300-unit synthetic battle',
    unit: 'µs',
    target: 'report',
    setup: () => void (crowded ??= crowdedState()),
    run: () => reachable(crowded!, crowdedUnit),
  },
  {
    name: 'reachable 24 MP in the 300-unit battle after a command (zone and stacking caches cold)',
    unit: 'µs',
    target: 'report',
    setup: () => void (crowded ??= crowdedState()),
    run: () => reachable({ ...crowded!, units: crowded!.units.slice() }, crowdedUnit),
  },
  {
    // No target of its own: most of it is applyCommand's bookkeeping, which `applyCommand entrench` measures alone.
    name: 'applyCommand move, 300 units (with control, milestones and victory checks)',
    unit: 'µs',
    target: 'report',
    setup: () => {
      crowded ??= crowdedState();
      crowdedTo ??= crowdedTarget();
    },
    run: () => applyCommand(crowded!, { type: 'move', unitId: crowdedUnit, to: crowdedTo! }),
  },
  {
    name: 'applyMove, tank battalion 6 hexes along the road',
    unit: 'µs',
    target: '≤ 50 µs',
    setup: () => void (full ??= benchState(24)),
    run: () => applyMove(full!, { type: 'move', unitId: 'sov-tanks', to: target }),
  },
];
