/**
 * Zones of control: every active, unbroken enemy combat unit controls its own hex and its six neighbours, except
 * across a major river where no crossing exists (it cannot stop a crossing it cannot reach). Entering an enemy zone
 * stops a move; going straight from one enemy-zone hex to another is forbidden; routed units may not enter one at all
 * (movement.ts). Supply paths are cut by them too (supply.ts).
 */
import { crossingAt } from './crossings';
import type { Direction } from './hex';
import type { MapData } from './map';
import type { GameState, PontoonWork, Unit } from './types';
import { KIND_RULES } from './unit-kinds';
import { otherSide, type Side } from './vocabulary';

/** Whether a unit projects a zone of control: active (not routed), on the map, with men, and of a kind that does (not a headquarters). */
export const exertsZoneOfControl = (unit: Unit): boolean =>
  unit.status === 'active' && unit.hex !== null && unit.men > 0 && unit.cohesion > 0 && KIND_RULES[unit.kind].exertsZoneOfControl;

interface Cached {
  readonly map: MapData;
  readonly pontoons: readonly PontoonWork[];
  readonly destroyed: readonly string[];
  soviet?: Uint8Array;
  japanese?: Uint8Array;
}
const cache = new WeakMap<readonly Unit[], Cached>();

const compute = (state: GameState, side: Side): Uint8Array => {
  const map = state.setup.map;
  const { width, height, neighbours, river } = map;
  const zone = new Uint8Array(width * height);
  const enemy = otherSide(side);
  for (const u of state.units) {
    const hex = u.hex;
    if (hex === null || u.side !== enemy || !exertsZoneOfControl(u)) continue;
    const row = hex.r;
    const col = hex.q + ((row - (row & 1)) >> 1);
    if (row < 0 || row >= height || col < 0 || col >= width) continue;
    const i = row * width + col;
    zone[i] = 1;
    for (let d = 0; d < 6; d++) {
      const j = neighbours[i * 6 + d]!;
      if (j < 0) continue;
      if (river[i * 6 + d] === 'major' && crossingAt(state, i, d as Direction) === 'none') continue;
      zone[j] = 1;
    }
  }
  return zone;
};

/**
 * Per hex index: 1 where `side`'s units stand in an enemy zone of control, else 0. Cached per units array (and
 * crossings), so repeated calls on one state cost nothing. Treat the array as read-only.
 */
export const zoneOfControl = (state: GameState, side: Side): Uint8Array => {
  let entry = cache.get(state.units);
  if (!entry || entry.map !== state.setup.map || entry.pontoons !== state.pontoons || entry.destroyed !== state.destroyedCrossings) {
    entry = { map: state.setup.map, pontoons: state.pontoons, destroyed: state.destroyedCrossings };
    cache.set(state.units, entry);
  }
  const hit = entry[side];
  if (hit) return hit;
  const zone = compute(state, side);
  entry[side] = zone;
  return zone;
};
