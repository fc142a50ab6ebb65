/**
 * Which units stand on which hex, as a side sees them: the counters to draw and the stack a click picks from.
 */
import { indexOf, type GameState, type MapData, type Unit } from '../../engine';

/** Units on the map (active or routed) grouped by hex index, each stack sorted by id (the state's order). */
export const stacksByHex = (state: GameState): Map<number, Unit[]> => {
  const out = new Map<number, Unit[]>();
  const map: MapData = state.setup.map;
  for (const u of state.units) {
    if (!u.hex || (u.status !== 'active' && u.status !== 'routed')) continue;
    const i = indexOf(map, u.hex);
    if (i < 0) continue;
    const stack = out.get(i);
    if (stack) stack.push(u);
    else out.set(i, [u]);
  }
  return out;
};

/** A unit that may still do something this turn (the "next unit" key skips the rest). */
export const canStillAct = (u: Unit): boolean =>
  u.status === 'active' && (u.mp > 0 || !(u.acted.attacked || u.acted.fired)) && !u.acted.dug && !u.acted.rallied;
