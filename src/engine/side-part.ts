/**
 * A side's part of a turn: what happens when it begins (movement points and the day's actions reset) and when it
 * ends (suppression wears off, movers lose their digging and tire, resting units recover). The turn sequence
 * (turn.ts) calls these; createInitialState calls `beginSidePart` so the first side can move at once.
 */
import { isOnMap, updateUnits } from './state-update';
import type { GameState, Unit, UnitActions } from './types';
import type { Side } from './vocabulary';
import { movementAllowance } from './mobility';

/** Nothing done yet this turn. */
export const NO_ACTIONS: UnitActions = { moved: false, attacked: false, fired: false, dug: false, rallied: false, built: false };

/** Fatigue (0–100) a unit that moved gains at the end of its part (combat adds its own fatigue as it resolves). */
export const FATIGUE_FOR_MOVING = 8;

/** A unit that can act: on the map and neither surrendered, destroyed nor gone. */

/** The side's units get their full movement points and a clean slate of actions. */
export const beginSidePart = (state: GameState, side: Side): GameState => {
  const patches = new Map<string, Partial<Unit>>();
  for (const u of state.units) {
    if (u.side !== side || !isOnMap(u)) continue;
    const mp = movementAllowance(state, u);
    if (u.mp !== mp || u.acted !== NO_ACTIONS) patches.set(u.id, { mp, acted: NO_ACTIONS });
  }
  return updateUnits(state, patches);
};

/**
 * The end of the side's part. Suppression halves (pinned men get their heads up again); a unit that moved has left
 * its foxholes and is no longer entrenched, and marching has tired it. Units keep `acted` until their side's
 * next part begins, so the turn's recovery step can see who rested.
 */
export const endSidePart = (state: GameState, side: Side): GameState => {
  const patches = new Map<string, Partial<Unit>>();
  for (const u of state.units) {
    if (u.side !== side || !isOnMap(u)) continue;
    const a = u.acted;
    const suppression = u.suppression >> 1;
    const entrenchment = a.moved ? 0 : u.entrenchment;
    const fatigue = Math.min(100, u.fatigue + (a.moved ? FATIGUE_FOR_MOVING : 0));
    if (suppression !== u.suppression || entrenchment !== u.entrenchment || fatigue !== u.fatigue) {
      patches.set(u.id, { suppression, entrenchment, fatigue });
    }
  }
  return updateUnits(state, patches);
};
