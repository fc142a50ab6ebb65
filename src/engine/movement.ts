/**
 * Movement: where a unit can go this turn (`reachable`, a Dijkstra search over the map's neighbour table), the path
 * to any of those hexes (`pathTo`), and the move command itself (`applyMove`).
 *
 * Rules (see also movement-costs.ts, zone-of-control.ts, stacking.ts):
 * - a move spends the unit's movement points (`unit.mp`, set each turn from mobility.ts's allowance) on each step;
 * - enemy-held hexes cannot be entered (that is an attack);
 * - entering a hex in an enemy zone of control ends the move (the unit's MP drop to 0); a unit that starts its move in
 *   an enemy zone may leave it, but not straight into another enemy-zone hex; routed units never enter one;
 * - friendly units may pass through a full hex but not stop there;
 * - a unit may move in several legs while it has MP, and attack after moving; once it has attacked, fired, dug in or
 *   worked on a bridge it may not move again this turn;
 * - a move leaves the unit's trenches at once; the fatigue of marching is added when the side's part ends
 *   (side-part.ts), once however many legs the unit moved.
 */
import { actingUnit, refuse } from './acting-unit';
import { directionTo, type Axial } from './hex';
import { indexOf } from './map';
import { IMPASSABLE, stateStepCosts } from './movement-costs';
import { axialOf, immobileReason, Reachability, search } from './reachability';
import { occupancy, stackingProblem } from './stacking';
import { updateUnit } from './state-update';
import type { CommandResult, GameState } from './types';
import { otherSide, type MobilityClass } from './vocabulary';
import { zoneOfControl } from './zone-of-control';
import { withAction } from './unit-shape';

export { Reachability, type ReachableHex } from './reachability';

/**
 * Every hex the unit can reach with its remaining movement points, or null for an unknown unit or one that cannot
 * move now (not on the map, or already fought, dug in or bridged this turn). Does not check whose turn it is, so the
 * UI and AI can ask about either side's units in a view.
 */
export const reachable = (state: GameState, unitId: string): Reachability | null => search(state, unitId, -1, -1);

/** The path from the unit's hex to `hex` (both included), or null if the unit cannot end its move there. */
export const pathTo = (reach: Reachability, hex: Axial): Axial[] | null => {
  const indices = reach.pathIndicesTo(indexOf(reach, hex));
  return indices === null ? null : indices.map((i) => axialOf(reach.width, i));
};

/** MP for the unit to reach `hex`, or null if it cannot end its move there. */
export const costTo = (reach: Reachability, hex: Axial): number | null => {
  const target = indexOf(reach, hex);
  return target >= 0 && reach.canEndAt(target) ? reach.costAt(target) : null;
};

/**
 * The MP a unit of class `mobility` pays to step from `from` into the adjacent `to` in this state (terrain, slope,
 * road, river and crossing; not units), or null if the step is impossible or the hexes are not adjacent.
 */
export const moveCost = (state: GameState, mobility: MobilityClass, from: Axial, to: Axial): number | null => {
  const map = state.setup.map;
  const i = indexOf(map, from);
  const d = directionTo(from, to);
  if (i < 0 || d < 0 || indexOf(map, to) < 0) return null;
  const step = stateStepCosts(state, mobility)[i * 6 + d]!;
  return step === IMPASSABLE ? null : step;
};

/** MP that no move can exceed, for searches that ignore the unit's allowance (its costs stay well inside int32). */
const NO_LIMIT = 100_000;

/** The `move` command: the unit goes to `to` along its cheapest path. */
export const applyMove = (state: GameState, cmd: { readonly type: 'move'; readonly unitId: string; readonly to: Axial }): CommandResult => {
  const acting = actingUnit(state, cmd.unitId);
  if (!acting.ok) return acting;
  const unit = acting.unit;
  const immobile = immobileReason(unit);
  if (immobile !== null) return immobile;
  const map = state.setup.map;
  const target = indexOf(map, cmd.to);
  if (target < 0) return refuse('off-map', 'That hex is off the map.');
  const origin = unit.hex === null ? -1 : indexOf(map, unit.hex);
  if (target === origin) return refuse('already-there', `${unit.label} is already there.`);
  if (occupancy(state).count[otherSide(unit.side)][target]! > 0) {
    return refuse('enemy-in-hex', 'An enemy unit holds that hex: attack it instead of moving into it.');
  }
  const reach = search(state, unit.id, target, -1);
  const path = reach ? pathTo(reach, cmd.to) : null;
  if (!reach || !path) {
    if (reach && reach.costAt(target) > 0) {
      const full = stackingProblem(state, unit, target);
      return full === null ? refuse('unreachable', `${unit.label} cannot stop in that hex.`) : refuse('stacking', full);
    }
    if (map.terrain[target] === 'lake') return refuse('impassable', 'No unit can enter a lake.');
    if (unit.status === 'routed' && zoneOfControl(state, unit.side)[target] === 1) {
      return refuse('routed', `${unit.label} is routed and will not move where it would come under fire at close range.`);
    }
    const unlimited = search(state, unit.id, target, NO_LIMIT);
    const needed = unlimited && unlimited.canEndAt(target) ? unlimited.costAt(target) : -1;
    if (needed < 0) {
      return refuse('unreachable', `${unit.label} has no way to that hex: a river without a crossing, impassable ground or opposing troops bar it.`);
    }
    return refuse('too-far', `${unit.label} cannot reach that hex this turn: it needs ${needed} movement points and has ${unit.mp} left.`);
  }
  const cost = reach.costAt(target);
  const stopped = reach.stopsAt(target);
  const next = updateUnit(state, unit.id, {
    hex: { q: cmd.to.q, r: cmd.to.r },
    mp: stopped ? 0 : unit.mp - cost,
    entrenchment: 0,
    acted: withAction(unit.acted, 'moved'),
  });
  return { ok: true, state: next, events: [{ type: 'moved', unitId: unit.id, path, cost }] };
};
