/**
 * Refusals, and the checks every order starts with: the game is still on, the unit exists, it belongs to the side
 * whose turn it is, and it stands on the map. `applyCommand` runs them on every unit a command names before the rule
 * module sees it, and the rule modules run them again when called on their own, so both paths refuse alike.
 */
import { unitIndex } from './state-update';
import type { GameState, Refusal, Unit } from './types';
import { SIDE_NAMES, type RefusalCode } from './vocabulary';


/** A refusal: `code` for programs, `reason` (a sentence) for people. */
export const refuse = (code: RefusalCode, reason: string): Refusal => ({ ok: false, code, reason });

export type ActingUnit = { readonly ok: true; readonly unit: Unit } | Refusal;

/** The refusal of any command once the game has ended, or null while it goes on. */
export const gameOver = (state: GameState): Refusal | null =>
  state.result === null ? null : refuse('game-over', `The game is over: ${state.result.reason}`);

/**
 * The unit `unitId` if it may be given an order now: routed units may still move (away) but the caller decides what
 * else a routed unit may not do.
 */
export const actingUnit = (state: GameState, unitId: string): ActingUnit => {
  const over = gameOver(state);
  if (over) return over;
  const i = unitIndex(state, unitId);
  const unit = i < 0 ? undefined : state.units[i];
  if (!unit) return refuse('unknown-unit', `There is no unit '${unitId.slice(0, 60)}'.`);
  if (unit.side !== state.activeSide) {
    return refuse('not-your-turn', `${unit.label} is ${SIDE_NAMES[unit.side]}; it is the ${SIDE_NAMES[state.activeSide]} side's turn.`);
  }
  switch (unit.status) {
    case 'waiting':
      return refuse('not-arrived', `${unit.label} has not arrived on the battlefield yet (due on turn ${unit.arrives?.turn ?? '?'}).`);
    case 'destroyed':
      return refuse('out-of-battle', `${unit.label} has been destroyed.`);
    case 'surrendered':
      return refuse('out-of-battle', `${unit.label} has surrendered.`);
    case 'exited':
      return refuse('out-of-battle', `${unit.label} has left the map.`);
    case 'active':
    case 'routed':
      break;
  }
  if (unit.hex === null) return refuse('out-of-battle', `${unit.label} is not on the map.`);
  return { ok: true, unit };
};

/** The first refusal among the units `unitIds` (see `actingUnit`), or null if all of them may act. */
export const checkActors = (state: GameState, unitIds: readonly string[]): Refusal | null => {
  for (const id of unitIds) {
    const acting = actingUnit(state, id);
    if (!acting.ok) return acting;
  }
  return null;
};
