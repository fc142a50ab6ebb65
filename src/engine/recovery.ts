/**
 * Recovery between turns. Men out of contact with the enemy and in supply pull themselves together (cohesion comes
 * back slowly); men who rested lose fatigue, and more so at night, when the steppe fighting mostly paused.
 */
import { inContact } from './unit-actions';
import { updateUnits, isOnMap } from './state-update';
import type { GameState, Unit } from './types';

export const COHESION_RECOVERY = 5;
export const FATIGUE_RECOVERY_RESTING = 10;
export const FATIGUE_RECOVERY_NIGHT = 10;

/** Applies one turn's recovery to every unit on the map; `night` is the light of the turn just ended. */
export const applyRecovery = (state: GameState, night: boolean): GameState => {
  const patches = new Map<string, Partial<Unit>>();
  for (const u of state.units) {
    if (!isOnMap(u)) continue;
    const a = u.acted;
    const rested = !a.moved && !a.attacked && !a.fired;
    const fatigue = Math.max(0, u.fatigue - (rested ? FATIGUE_RECOVERY_RESTING : 0) - (night ? FATIGUE_RECOVERY_NIGHT : 0));
    const recovers = u.status === 'active' && u.supply === 'supplied' && u.cohesion < 100 && !inContact(state, u);
    const cohesion = recovers ? Math.min(100, u.cohesion + COHESION_RECOVERY) : u.cohesion;
    if (fatigue !== u.fatigue || cohesion !== u.cohesion) patches.set(u.id, { fatigue, cohesion });
  }
  return updateUnits(state, patches);
};
