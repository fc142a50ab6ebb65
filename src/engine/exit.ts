/**
 * Leaving the map on purpose (extraction objectives): a unit on a hex at the map's edge, with movement left, steps off
 * and is out of the game as `exited`. If an extract-unit objective names the unit and its exit hexes, it must leave by
 * one of them, so victory can count every exited unit of that objective as extracted.
 */
import { actingUnit, refuse } from './acting-unit';
import { sameHex } from './hex';
import { indexOf } from './map';
import { updateUnit } from './state-update';
import type { CommandResult, GameState } from './types';
import { withAction } from './unit-shape';

/** Whether hex index `index` lies on the map edge (has a side with no neighbour). */
export const isEdgeHex = (state: GameState, index: number): boolean => {
  const nb = state.setup.map.neighbours;
  for (let d = 0; d < 6; d++) if ((nb[index * 6 + d] ?? -1) < 0) return true;
  return false;
};

/** The `exit` command. */
export const applyExit = (state: GameState, cmd: { readonly type: 'exit'; readonly unitId: string }): CommandResult => {
  const acting = actingUnit(state, cmd.unitId);
  if (!acting.ok) return acting;
  const unit = acting.unit;
  const hex = unit.hex;
  const index = hex === null ? -1 : indexOf(state.setup.map, hex);
  if (hex === null || index < 0) return refuse('out-of-battle', `${unit.label} is not on the map.`);
  if (!isEdgeHex(state, index)) return refuse('not-at-exit', `${unit.label} must stand on a hex at the edge of the map to leave it.`);
  if (unit.mp <= 0) return refuse('no-mp', `${unit.label} has no movement points left to leave the map this turn.`);
  const exits = state.setup.objectives
    .flatMap((o) => (o.kind === 'extract-unit' && o.units.includes(unit.id) ? o.exitHexes : []));
  if (exits.length > 0 && !exits.some((h) => sameHex(h, hex))) {
    return refuse('not-at-exit', `${unit.label} must leave the map by its exit hexes, not here.`);
  }
  const next = updateUnit(state, unit.id, { status: 'exited', hex: null, mp: 0, acted: withAction(unit.acted, 'moved') });
  return { ok: true, state: next, events: [{ type: 'unit-exited', unitId: unit.id }] };
};
