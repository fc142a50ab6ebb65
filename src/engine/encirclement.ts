/**
 * Where a beaten unit can go. A unit retreats one hex away from the enemy into a hex it could stand in: on the map,
 * not a lake, free of enemy units, not over the Khalkhin Gol except at an open crossing, not next to a hex the attack
 * came from unless friends already hold the hex, and not into a friendly hex already full (stacking). It may slip into
 * an enemy zone of control, though it prefers not to. With no such hex the unit is encircled: if an assault breaks
 * it, it surrenders. The zone, crossing and stacking rules are movement's own
 * (`zone-of-control.ts`, `crossings.ts`, `stacking.ts`), read from their per-state caches.
 */
import { crossingAt } from './crossings';
import { DIRECTION_VECTORS, fastDistance, type Axial, type Direction } from './hex';
import { indexOf } from './map';
import { occupancy, stackingProblem } from './stacking';
import type { GameState, Unit } from './types';
import { otherSide } from './vocabulary';
import { zoneOfControl } from './zone-of-control';

/** Whether units can cross the hexside `d` of hex `index` (no river, a minor river, or an open crossing of the major one). */
export const hexsidePassable = (state: GameState, index: number, d: Direction): boolean =>
  state.setup.map.river[index * 6 + d] !== 'major' || crossingAt(state, index, d) !== 'none';

/**
 * The hex `unit` would retreat to from `from`, away from `threats` (the hexes it is attacked from), or null when it is
 * encircled. Ties go to hexes held by friends, then to the lower direction number: never to chance.
 */
export const retreatHex = (state: GameState, unit: Unit, from: Axial, threats: readonly Axial[]): Axial | null => {
  const map = state.setup.map;
  const fromIndex = indexOf(map, from);
  if (fromIndex < 0) return null;
  const occ = occupancy(state);
  const friends = occ.count[unit.side];
  const enemies = occ.count[otherSide(unit.side)];
  const zone = zoneOfControl(state, unit.side);
  let best: Axial | null = null;
  let bestScore = -1;
  for (let d = 0; d < 6; d++) {
    const n = map.neighbours[fromIndex * 6 + d]!;
    if (n < 0 || map.terrain[n] === 'lake' || enemies[n]! > 0) continue;
    if (!hexsidePassable(state, fromIndex, d as Direction)) continue;
    const friendly = friends[n]! > 0;
    if (friendly && stackingProblem(state, unit, n) !== null) continue;
    const v = DIRECTION_VECTORS[d]!;
    const to = { q: from.q + v.q, r: from.r + v.r };
    let away = 0;
    let besideThreat = false;
    for (const t of threats) {
      const dist = fastDistance(to, t);
      away += dist;
      if (dist <= 1) besideThreat = true;
    }
    // At 500 m–1 km a hex, a beaten battalion can slip between enemy positions (into their zone of control), but
    // not past the men who just attacked it: a hex next to an attacking hex is closed unless friends hold it.
    if (besideThreat && !friendly) continue;
    const inZone = zone[n] === 1 && !friendly;
    const score = away * 4 + (friendly ? 2 : 0) - (inZone ? 3 : 0);
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
