/**
 * Where a beaten unit can go. A unit retreats one hex away from the enemy into a hex it could stand in: on the map,
 * not a lake, free of enemy units, not over the Khalkhin Gol except at an open crossing, and not into a hex next to an
 * active enemy unit (its zone of control) unless friends already hold it, and not into a friendly hex already full
 * (stacking). With no such hex the unit is encircled:
 * if it breaks, it surrenders.
 */
import { DIRECTION_VECTORS, fastDistance, type Axial, type Direction } from './hex';
import { indexOf } from './map';
import { stackingProblem } from './stacking';
import type { GameState, Unit } from './types';

/** Edge key as the state writes it: "index:direction" from the lower index. */
const edgeKey = (state: GameState, index: number, d: Direction): string => {
  const j = state.setup.map.neighbours[index * 6 + d]!;
  return index <= j ? `${index}:${d}` : `${j}:${(d + 3) % 6}`;
};

/** Whether units can cross the hexside `d` of hex `index` (no river, a minor river, or an open crossing of the major one). */
export const hexsidePassable = (state: GameState, index: number, d: Direction): boolean => {
  const map = state.setup.map;
  const e = index * 6 + d;
  if (map.river[e] !== 'major') return true;
  const key = edgeKey(state, index, d);
  if (map.crossing[e] !== 'none' && !state.destroyedCrossings.includes(key)) return true;
  return state.pontoons.some((p) => p.edge === key && p.progress >= p.needed);
};

/**
 * The hex `unit` would retreat to from `from`, away from `threats` (the hexes it is attacked from), or null when it is
 * encircled. Ties go to hexes held by friends, then to the lower direction number: never to chance.
 */
export const retreatHex = (state: GameState, unit: Unit, from: Axial, threats: readonly Axial[]): Axial | null => {
  const map = state.setup.map;
  const fromIndex = indexOf(map, from);
  if (fromIndex < 0) return null;
  const enemyAt = new Set<number>();
  const enemyZone = new Set<number>();
  const friendAt = new Set<number>();
  for (const u of state.units) {
    if (!u.hex || u.id === unit.id) continue;
    if (u.status !== 'active' && u.status !== 'routed') continue;
    const i = indexOf(map, u.hex);
    if (u.side === unit.side) {
      friendAt.add(i);
      continue;
    }
    enemyAt.add(i);
    if (u.status !== 'active') continue;
    for (let d = 0; d < 6; d++) {
      const n = map.neighbours[i * 6 + d]!;
      if (n >= 0) enemyZone.add(n);
    }
  }
  let best: Axial | null = null;
  let bestScore = -1;
  for (let d = 0; d < 6; d++) {
    const n = map.neighbours[fromIndex * 6 + d]!;
    if (n < 0 || map.terrain[n] === 'lake' || enemyAt.has(n)) continue;
    if (!hexsidePassable(state, fromIndex, d as Direction)) continue;
    const friendly = friendAt.has(n);
    if (enemyZone.has(n) && !friendly) continue;
    if (friendly && stackingProblem(state, unit, n) !== null) continue;
    const v = DIRECTION_VECTORS[d]!;
    const to = { q: from.q + v.q, r: from.r + v.r };
    let away = 0;
    for (const t of threats) away += fastDistance(to, t);
    const score = away * 2 + (friendly ? 1 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = to;
    }
  }
  return best;
};

/** A unit is encircled when it has nowhere to retreat to. */
export const isEncircled = (state: GameState, unit: Unit, threats: readonly Axial[]): boolean =>
  unit.hex === null || retreatHex(state, unit, unit.hex, threats) === null;
