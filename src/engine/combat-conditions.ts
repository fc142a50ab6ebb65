/**
 * What combat needs to know about light, weather and who can see the target.
 *
 * Interim: the time-of-day (`time.ts`) and sight (`vision.ts`) modules are written in parallel. Until they land this
 * file reads the clock itself and counts a hex as observed when a friendly unit is within seeing distance of it,
 * ignoring the lie of the ground. Every combat rule asks only these three functions, so switching them to
 * `clockAt` / `visibleHexes` changes nothing else.
 */
import { fastDistance, type Axial } from './hex';
import type { GameState, GameSetup } from './types';
import type { Side } from './vocabulary';

export type Light = 'day' | 'dusk' | 'night';

export interface BattleConditions {
  readonly light: Light;
  /** How far a man can see and aim, in metres. */
  readonly visibilityMetres: number;
  /** Whether aircraft can fly. */
  readonly flying: boolean;
}

/** Seeing distance by light in clear weather, metres. */
export const CLEAR_VISIBILITY_M: Readonly<Record<Light, number>> = { day: 4000, dusk: 1500, night: 300 };

const minutesOfDay = (hhmm: string): number => {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
};

/** Light and weather during `turn` (judged at the turn's start). */
export const conditionsAt = (setup: GameSetup, turn: number): BattleConditions => {
  const clock = setup.clock;
  const start = minutesOfDay(clock.start.slice(11, 16));
  const now = (((start + (turn - 1) * clock.minutesPerTurn) % 1440) + 1440) % 1440;
  const sunrise = minutesOfDay(clock.sunrise);
  const sunset = minutesOfDay(clock.sunset);
  let light: Light = 'night';
  if (now >= sunrise && now < sunset) light = 'day';
  else if ((now >= sunset && now < sunset + 60) || (now >= sunrise - 60 && now < sunrise)) light = 'dusk';
  const weather = clock.weather.find((w) => turn >= w.fromTurn && turn <= w.toTurn);
  const clear = CLEAR_VISIBILITY_M[light];
  return {
    light,
    visibilityMetres: weather ? Math.min(clear, weather.visibilityMetres) : clear,
    flying: light === 'day' && (weather ? weather.flying : true),
  };
};

/** Does some active unit of `side` see `target` (within seeing distance)? */
export const sideSees = (state: GameState, side: Side, target: Axial): boolean => {
  const { visibilityMetres } = conditionsAt(state.setup, state.turn);
  const metres = state.setup.map.hexMetres;
  for (const u of state.units) {
    if (u.side !== side || u.status !== 'active' || !u.hex) continue;
    if (fastDistance(u.hex, target) * metres <= visibilityMetres) return true;
  }
  return false;
};
