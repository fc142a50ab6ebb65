/**
 * What combat needs to know about light, weather and who can see the target, read from the clock (`time.ts`) and
 * from the sides' sight (`vision.ts`). Every combat rule asks only these, so the sight rules live in one place.
 */
import { clockAt, type Light } from './time';
import type { GameSetup } from './types';

export { sideSees } from './vision';
export type { Light } from './time';

export interface BattleConditions {
  readonly light: Light;
  /** How far a man can see and aim, in metres (light and weather). */
  readonly visibilityMetres: number;
  /** Whether aircraft can fly (daylight or twilight, and the weather allows). */
  readonly flying: boolean;
  /** The weather window's name, when one covers the turn. */
  readonly weather: string | null;
}

/** Light and weather during `turn`. */
export const conditionsAt = (setup: GameSetup, turn: number): BattleConditions => {
  const c = clockAt(setup, turn);
  return { light: c.light, visibilityMetres: c.visibilityMetres, flying: c.flying, weather: c.weather ? c.weather.name : null };
};
