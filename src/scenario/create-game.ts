/**
 * Starting a game of a scenario: its setup with the chosen levers, and the engine's initial state for a seed.
 */
import { createInitialState, type GameState } from '../engine';
import { buildSetup } from './build-setup';
import type { LeverValues } from './levers';
import type { Scenario } from './schema';

export interface CreateGameOptions {
  readonly seed: number | string;
  /** Lever values by id; missing levers take their historical default. Check user input with `resolveLevers`. */
  readonly levers?: LeverValues;
}

/** A new game, ready for the first side to move. Throws LeverError only for unchecked, invalid lever values. */
export const createGame = (scenario: Scenario, options: CreateGameOptions): GameState =>
  createInitialState(buildSetup(scenario, options.levers ?? {}), { seed: options.seed });
