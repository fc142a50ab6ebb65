/**
 * The single entry point for changing a game: `applyCommand(state, command)`. It checks the command's shape (any
 * JSON may arrive), refuses everything once the game is over, checks that the units named are the active side's and
 * on the map, then hands the command to the module that owns its rule. After a successful command it brings hex
 * control up to date, records milestones and objectives, ends the game if a side has been swept away, and counts
 * the command. It never throws and never mutates its argument: illegal input gives `{ ok: false, reason }`.
 */
import { applyBuildBridge } from './bridging';
import { applyAirStrike, applyAttack, applyBombard, applyFire } from './combat';
import { parseCommand } from './command-shape';
import { applyExit } from './exit';
import { updateControl } from './hex-control';
import { checkMilestones } from './milestones';
import { applyMove } from './movement';
import { findUnit } from './state-update';
import { endTurn } from './turn';
import type { Command, CommandResult, GameEvent, GameState } from './types';
import { applyEntrench, applyRally } from './unit-actions';
import { checkAchievements, checkGameEnd } from './victory';

const SIDE_NAME = { soviet: 'Soviet', japanese: 'Japanese' } as const;

const reject = (reason: string): CommandResult => ({ ok: false, reason });

/** The ids of the units a command acts with. */
export const commandUnitIds = (c: Command): readonly string[] => {
  switch (c.type) {
    case 'attack':
      return c.unitIds;
    case 'end-turn':
    case 'air-strike':
      return [];
    default:
      return [c.unitId];
  }
};

/** Refuses a command whose units do not exist, are not the active side's, or are not on the map. */
const checkActors = (state: GameState, c: Command): string | null => {
  if (c.type === 'air-strike' && c.side !== state.activeSide) {
    return `It is the ${SIDE_NAME[state.activeSide]} side's turn; the ${SIDE_NAME[c.side]} air force cannot fly now.`;
  }
  for (const id of commandUnitIds(c)) {
    const u = findUnit(state, id);
    if (!u) return `There is no unit '${id.slice(0, 60)}'.`;
    if (u.side !== state.activeSide) {
      return `The ${u.label} is ${SIDE_NAME[u.side]}; it is the ${SIDE_NAME[state.activeSide]} side's turn.`;
    }
    if (u.status === 'waiting') return `The ${u.label} has not arrived yet (due on turn ${u.arrives?.turn ?? '?'}).`;
    if (!u.hex || (u.status !== 'active' && u.status !== 'routed')) return `The ${u.label} is ${u.status} and out of the battle.`;
  }
  return null;
};

type Handler = (state: GameState, c: Command) => CommandResult;

/** Who carries out each kind of command. */
const HANDLERS: Readonly<Record<Command['type'], Handler>> = {
  move: (s, c) => applyMove(s, c as Extract<Command, { type: 'move' }>),
  attack: (s, c) => applyAttack(s, c as Extract<Command, { type: 'attack' }>),
  fire: (s, c) => applyFire(s, c as Extract<Command, { type: 'fire' }>),
  bombard: (s, c) => applyBombard(s, c as Extract<Command, { type: 'bombard' }>),
  'air-strike': (s, c) => applyAirStrike(s, c as Extract<Command, { type: 'air-strike' }>),
  'build-bridge': (s, c) => applyBuildBridge(s, c as Extract<Command, { type: 'build-bridge' }>),
  exit: (s, c) => applyExit(s, c as Extract<Command, { type: 'exit' }>),
  entrench: (s, c) => applyEntrench(s, (c as Extract<Command, { type: 'entrench' }>).unitId),
  rally: (s, c) => applyRally(s, (c as Extract<Command, { type: 'rally' }>).unitId),
  'end-turn': (s) => endTurn(s),
};

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

/** Marks a refusal that comes from a rule module throwing: a bug, which the property tests look for. */
export const INTERNAL_ERROR_PREFIX = 'The rules could not carry out';

/**
 * The command's own effect without the follow-up bookkeeping (control, milestones, the command count): what
 * `legalCommands` uses to test candidates cheaply. Same refusals as `applyCommand`.
 */
export const tryCommand = (state: GameState, command: unknown): CommandResult => {
  if (state.result) return reject(`The game is over: ${state.result.reason}`);
  const shape = parseCommand(command);
  if (!shape.ok) return shape;
  const c = shape.command;
  const actors = checkActors(state, c);
  if (actors) return reject(actors);
  try {
    return HANDLERS[c.type](state, c);
  } catch (e) {
    // A rule module's bug must not take the game down; report it as a refusal the player can read.
    return reject(`${INTERNAL_ERROR_PREFIX} this ${c.type} command (${e instanceof Error ? e.message : String(e)}).`);
  }
};

/** Applies one command; see the module comment. */
export const applyCommand = (state: GameState, command: unknown): CommandResult => {
  const result = tryCommand(state, command);
  if (!result.ok) return result;
  const events = result.events.slice();
  const next = afterCommand(result.state, events);
  return { ok: true, state: { ...next, commandCount: state.commandCount + 1 }, events };
};
