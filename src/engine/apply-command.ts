/**
 * The single entry point for changing a game: `applyCommand(state, command)`. It refuses everything once the game is
 * over, checks the command's shape (any JSON may arrive), checks that the units it acts with are the active side's and
 * on the map, then hands the command to the rule its entry in the command table names (command-table.ts). After a
 * successful command it brings hex control up to date, records milestones and objectives, ends the game if a side has
 * been swept away, and counts the command. It never throws and never mutates its argument: illegal input gives
 * `{ ok: false, code, reason }` with a code from `REFUSAL_CODES`.
 */
import { checkActors, gameOver, refuse } from './acting-unit';
import { commandUnitIds, dispatch } from './command-table';
import { parseCommand } from './command-shape';
import { updateControl } from './hex-control';
import { checkMilestones } from './milestones';
import type { CommandResult, GameEvent, GameState } from './types';
import { checkAchievements, checkGameEnd } from './victory';
import { patchState } from './state-shape';

export { commandUnitIds };

/** Everything that follows any change: control, milestones, objectives, an early end. */
const afterCommand = (state: GameState, events: GameEvent[]): GameState => {
  const reached = checkMilestones(updateControl(state));
  events.push(...reached.events);
  const achieved = checkAchievements(reached.state);
  events.push(...achieved.events);
  const over = checkGameEnd(achieved.state);
  events.push(...over.events);
  return over.state;
};

/**
 * The command's own effect without the follow-up bookkeeping (control, milestones, the command count): what
 * `legalCommands` uses to test candidates cheaply. Same refusals as `applyCommand`.
 */
export const tryCommand = (state: GameState, command: unknown): CommandResult => {
  const over = gameOver(state);
  if (over) return over;
  const shape = parseCommand(command);
  if (!shape.ok) return shape;
  const c = shape.command;
  const actors = checkActors(state, commandUnitIds(c));
  if (actors) return actors;
  try {
    return dispatch(state, c);
  } catch (e) {
    // A rule module's bug must not take the game down; report it as a refusal the player can read (the property
    // tests look for the code).
    return refuse('internal-error', `The rules could not carry out this ${c.type} command (${e instanceof Error ? e.message : String(e)}).`);
  }
};

/** Applies one command; see the module comment. */
export const applyCommand = (state: GameState, command: unknown): CommandResult => {
  const result = tryCommand(state, command);
  if (!result.ok) return result;
  const events = result.events.slice();
  const next = afterCommand(result.state, events);
  return { ok: true, state: patchState(next, { commandCount: state.commandCount + 1 }), events };
};
