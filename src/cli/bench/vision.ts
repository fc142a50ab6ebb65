/**
 * Sight benchmarks on the synthetic 60×40 battle (150 units a side): a whole side's visibility by day, by night and
 * after every enemy has fired (the heaviest case), the fog-of-war view, and one line of sight. Each run hands the
 * engine a fresh units array so its per-state cache cannot answer for it; per-map caches (each unit's footprint on
 * the ground) stay warm, as they do in play, except in the cold case.
 */
import { clockAt, hasLineOfSight, hexAt, updateUnits, viewFor, visibleHexes, type GameState, type Unit } from '../../engine';
import type { BenchCase } from '../bench-case';
import { syntheticState } from './synthetic-battle';

let battle: GameState | null = null;
const base = (): GameState => (battle ??= syntheticState());

/** The battle on its first turn with the given light. */
const atLight = (light: 'day' | 'night'): GameState => {
  const s = base();
  for (let turn = 1; turn <= 200; turn++) if (clockAt(s.setup, turn).light === light) return { ...s, turn };
  throw new Error(`bench: the synthetic battle has no ${light} turn`);
};

const fired = (s: GameState): GameState =>
  updateUnits(s, new Map(s.units.filter((u) => u.side === 'japanese').map((u): [string, Partial<Unit>] => [u.id, { acted: { ...u.acted, fired: true } }])));

const fresh = (s: GameState): GameState => ({ ...s, units: s.units.slice() });

let day: GameState | null = null;
let night: GameState | null = null;
let dayFired: GameState | null = null;

/** The same state on a copy of its map, so every per-map cache (sight tables, footprints) starts cold. */
const coldMap = (s: GameState): GameState => ({ ...s, setup: { ...s.setup, map: { ...s.setup.map } }, units: s.units.slice() });

export const cases: BenchCase[] = [
  {
    name: 'visibleHexes by day, cold caches, 150 units',
    unit: 'ms',
    target: '≤ 3 ms',
    setup: () => void (day = atLight('day')),
    run: () => visibleHexes(coldMap(day!), 'soviet'),
  },
  {
    name: 'visibleHexes by day, 150 units, 60×40',
    unit: 'ms',
    target: '≤ 2 ms',
    setup: () => void (day = atLight('day')),
    run: () => visibleHexes(fresh(day!), 'soviet'),
  },
  {
    name: 'visibleHexes by night, 150 units, 60×40',
    unit: 'ms',
    target: '≤ 0.25 ms',
    setup: () => void (night = atLight('night')),
    run: () => visibleHexes(fresh(night!), 'soviet'),
  },
  {
    name: 'visibleHexes by day, all 150 enemies fired',
    unit: 'ms',
    target: '≤ 5 ms',
    setup: () => void (dayFired = fired(atLight('day'))),
    run: () => visibleHexes(fresh(dayFired!), 'soviet'),
  },
  {
    name: 'viewFor by day, 300 units',
    unit: 'ms',
    target: '≤ 2 ms',
    setup: () => void (day = atLight('day')),
    run: () => viewFor(fresh(day!), 'japanese'),
  },
  {
    name: 'hasLineOfSight, 12 hexes',
    unit: 'µs',
    target: '≤ 1 µs',
    setup: () => void base(),
    run: () => hasLineOfSight(base().setup.map, hexAt(base().setup.map, 20 * 60 + 10), hexAt(base().setup.map, 26 * 60 + 20)),
  },
];
