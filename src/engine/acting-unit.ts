/**
 * The checks every unit order starts with: the game is still on, the unit exists, it belongs to the side whose turn it
 * is, and it stands on the map. Each failure is a sentence a player can read.
 */
import { unitIndex } from './state-update';
import type { GameState, Unit } from './types';
import type { Side } from './vocabulary';

export const SIDE_NAMES: Readonly<Record<Side, string>> = { soviet: 'Soviet', japanese: 'Japanese' };

export type ActingUnit = { readonly ok: true; readonly unit: Unit } | { readonly ok: false; readonly reason: string };

/**
 * The unit `unitId` if it may be given an order now: routed units may still move (away) but the caller decides what
 * else a routed unit may not do.
 */
export const actingUnit = (state: GameState, unitId: string): ActingUnit => {
  if (state.result !== null) return { ok: false, reason: 'The game is over.' };
  const i = unitIndex(state, unitId);
  const unit = i < 0 ? undefined : state.units[i];
  if (!unit) return { ok: false, reason: `There is no unit with the id "${unitId}".` };
  if (unit.side !== state.activeSide) {
    return { ok: false, reason: `It is the ${SIDE_NAMES[state.activeSide]} side's turn; ${unit.label} is ${SIDE_NAMES[unit.side]}.` };
  }
  switch (unit.status) {
    case 'waiting':
      return { ok: false, reason: `${unit.label} has not arrived on the battlefield yet.` };
    case 'destroyed':
      return { ok: false, reason: `${unit.label} has been destroyed.` };
    case 'surrendered':
      return { ok: false, reason: `${unit.label} has surrendered.` };
    case 'exited':
      return { ok: false, reason: `${unit.label} has left the map.` };
    case 'active':
    case 'routed':
      break;
  }
  if (unit.hex === null) return { ok: false, reason: `${unit.label} is not on the map.` };
  return { ok: true, unit };
};
