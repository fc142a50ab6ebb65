/**
 * Stacking: how much may stand in one hex. A hex holds at most MAX_UNITS_PER_HEX units and at most two
 * battalion-equivalents of stacking points (a battalion is 9 points, a company 3, a platoon 1; a regiment or larger
 * formation counts as two battalions and fills a 500 m hex by itself). The points limit grows with the hex's area, so a
 * 1 km hex holds four times as much. Friendly units may pass through a full hex but not end a move there; no move may
 * enter a hex held by the enemy (that is an attack).
 */
import type { MapData } from './map';
import type { GameState, Unit } from './types';
import type { Side, UnitSize } from './vocabulary';
import { isOnMap } from './state-update';

export const MAX_UNITS_PER_HEX = 3;

/** Stacking points by unit size. */
export const STACK_POINTS: Readonly<Record<UnitSize, number>> = {
  platoon: 1,
  company: 3,
  battalion: 9,
  regiment: 18,
  brigade: 18,
  division: 18,
};

/** Points a 500 m hex holds: two battalions. */
export const BASE_STACK_POINTS = 18;

/** The points limit of a hex on this map: BASE_STACK_POINTS × (hexMetres / 500)², never below the base. */
export const stackLimitPoints = (map: Pick<MapData, 'hexMetres'>): number =>
  Math.max(BASE_STACK_POINTS, Math.floor((BASE_STACK_POINTS * map.hexMetres * map.hexMetres) / 250_000));

/** Per hex index, per side: how many units stand there and their stacking points. */
export interface Occupancy {
  readonly count: Readonly<Record<Side, Uint16Array>>;
  readonly points: Readonly<Record<Side, Uint16Array>>;
}

const cache = new WeakMap<readonly Unit[], { map: MapData; occupancy: Occupancy }>();

/** Who stands where in this state; computed once per units array and shared. Treat it as read-only. */
export const occupancy = (state: Pick<GameState, 'setup' | 'units'>): Occupancy => {
  const map = state.setup.map;
  const hit = cache.get(state.units);
  if (hit && hit.map === map) return hit.occupancy;
  const n = map.width * map.height;
  // One backing store for all four arrays: off-heap buffers are what allocation and garbage collection pay for.
  const all = new Uint16Array(4 * n);
  const result: Occupancy = {
    count: { soviet: all.subarray(0, n), japanese: all.subarray(n, 2 * n) },
    points: { soviet: all.subarray(2 * n, 3 * n), japanese: all.subarray(3 * n, 4 * n) },
  };
  const { width, height } = map;
  for (const u of state.units) {
    const hex = u.hex;
    if (hex === null || !isOnMap(u)) continue;
    const row = hex.r;
    const col = hex.q + ((row - (row & 1)) >> 1);
    if (row < 0 || row >= height || col < 0 || col >= width) continue;
    const i = row * width + col;
    const soviet = u.side === 'soviet';
    const count = soviet ? result.count.soviet : result.count.japanese;
    const points = soviet ? result.points.soviet : result.points.japanese;
    count[i] = Math.min(65_535, count[i]! + 1);
    points[i] = Math.min(65_535, points[i]! + STACK_POINTS[u.size]);
  }
  cache.set(state.units, { map, occupancy: result });
  return result;
};

/**
 * Why `unit` may not end its move in hex `index` because of stacking, or null if it may. The unit itself is not
 * counted (it is moving from elsewhere).
 */
export const stackingProblem = (state: Pick<GameState, 'setup' | 'units'>, unit: Unit, index: number): string | null => {
  const occ = occupancy(state);
  const count = occ.count[unit.side][index] ?? 0;
  const points = occ.points[unit.side][index] ?? 0;
  if (count + 1 > MAX_UNITS_PER_HEX) {
    return `That hex already holds ${count} units; at most ${MAX_UNITS_PER_HEX} may stand in one hex.`;
  }
  const limit = stackLimitPoints(state.setup.map);
  if (points + STACK_POINTS[unit.size] > limit) {
    return `That hex is full: ${unit.label} would bring it over ${limit / 9} battalions' worth of troops.`;
  }
  return null;
};
