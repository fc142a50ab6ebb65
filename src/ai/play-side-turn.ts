/**
 * Playing a side's turn with the AI. Two ways, one planner:
 * - `playSideTurn` (headless games): for each command it takes a fresh view of the real state, asks the planner,
 *   and applies the command to the real state — so the AI sees real results (and only what its side sees).
 * - `chooseCommands` (the contract's form, for the browser's worker): the AI plays on its own copy of one view and
 *   returns the whole list of commands, ending with `end-turn`, for the caller to apply.
 */
import type { Command, CommandResult, GameEvent, GameState, RefusalCode, Side } from '../engine';
import { patchState } from '../engine';
import type { GameDriver, SideViewLike } from './engine-port';
import type { AiMemory } from './memory';
import type { SidePlan } from '../scenario';
import { createSideTurnPlanner, type AiOptions } from './side-turn';

export interface SideTurnOptions extends AiOptions {
  readonly plan: SidePlan;
  readonly memory: AiMemory;
  readonly driver: GameDriver;
  /**
   * How often to take a fresh `viewFor`: before every command, or (the default, much faster) at the turn's start,
   * after every assault or direct fire and every `FRESH_VIEW_EVERY` other commands — between those the AI sees its own units as
   * they are now and the enemy as it last saw it, which is never more than a fresh view would show.
   */
  readonly freshView?: 'every-command' | 'after-combat';
  /** Called after each command the real state accepted (for logs, records and animation). */
  readonly onCommand?: (command: Command, result: Extract<CommandResult, { ok: true }>) => void;
}

export interface SideTurnResult {
  readonly state: GameState;
  readonly memory: AiMemory;
  /** Commands the state accepted, in order; the last is `end-turn` unless the game ended first. */
  readonly commands: readonly Command[];
  readonly events: readonly GameEvent[];
  /** Commands the rules refused (the planner moves on; a sign of a disagreement worth a look in tests). */
  readonly refused: readonly { readonly command: Command; readonly code: RefusalCode; readonly reason: string }[];
}

/**
 * Commands after which the AI looks again: an assault or direct fire can move the enemy (a retreat, a hex taken).
 * Shelling and bombing only thin out an enemy the side already sees, which the next regular fresh view catches.
 */
const COMBAT_COMMANDS: ReadonlySet<Command['type']> = new Set(['attack', 'fire']);
/** Other commands between fresh views (moves reveal a little; the next fresh view catches it). */
export const FRESH_VIEW_EVERY = 8;

/**
 * The last view with the side's own units replaced by their current state (own units are always fully known; the
 * enemy stays as last seen). Everything else that `viewFor` copies from the state (turn, control, milestones) is
 * taken from the state; the fogged setup, dummy dice and seen pontoons stay the view's.
 */
export const withOwnUnitsNow = (view: SideViewLike, state: GameState, side: Side): SideViewLike => {
  const units = [];
  const mine = state.units;
  const theirs = view.state.units;
  let i = 0;
  let j = 0;
  // Both lists are sorted by id: merge own units from the state with enemy units from the view.
  while (i < mine.length || j < theirs.length) {
    const a = mine[i];
    const b = theirs[j];
    if (a && a.side !== side) {
      i++;
      continue;
    }
    if (b && b.side === side) {
      j++;
      continue;
    }
    if (a && (!b || a.id < b.id)) {
      units.push(a);
      i++;
    } else if (b) {
      units.push(b);
      j++;
    }
  }
  return {
    // patchState, not a spread: the AI's states keep the engine's one state shape (src/engine/state-shape.ts).
    state: patchState(state, { setup: view.state.setup, units, rng: view.state.rng, pontoons: view.state.pontoons }),
    visible: view.visible,
  };
};

/** Plays `side`'s part of the current turn on the real state. The AI only ever reads `driver.viewFor(state, side)`. */
export const playSideTurn = (state: GameState, side: Side, options: SideTurnOptions): SideTurnResult => {
  const planner = createSideTurnPlanner(side, options.plan, options.memory, options);
  const commands: Command[] = [];
  const events: GameEvent[] = [];
  const refused: { command: Command; code: RefusalCode; reason: string }[] = [];
  let s = state;
  let view: SideViewLike | null = null;
  let sinceFresh = 0;
  const everyCommand = options.freshView === 'every-command';
  while (s.result === null && s.activeSide === side) {
    if (view === null || everyCommand || sinceFresh >= FRESH_VIEW_EVERY) {
      view = options.driver.viewFor(s, side);
      sinceFresh = 0;
    } else if (view.state.units !== s.units) {
      view = withOwnUnitsNow(view, s, side);
    }
    const command = planner.next(view);
    const result = options.driver.applyCommand(s, command);
    if (!result.ok) {
      refused.push({ command, code: result.code, reason: result.reason });
      planner.refused(command, result.code);
      if (command.type === 'end-turn') break;
      continue;
    }
    s = result.state;
    commands.push(command);
    events.push(...result.events);
    options.onCommand?.(command, result);
    if (command.type === 'end-turn') break;
    sinceFresh = COMBAT_COMMANDS.has(command.type) ? FRESH_VIEW_EVERY : sinceFresh + 1;
  }
  return { state: s, memory: planner.memory(), commands, events, refused };
};

export interface ChooseOptions extends AiOptions {
  readonly memory: AiMemory;
  readonly applyCommand: GameDriver['applyCommand'];
}

/**
 * The commands for a whole side-turn from one view, the AI trying each on its own copy of the view's state (whose
 * dice are a dummy, so combat outcomes there are guesses; the caller applies the list to the real game).
 */
export const chooseCommands = (view: SideViewLike, plan: SidePlan, options: ChooseOptions): { commands: Command[]; memory: AiMemory } => {
  const side = view.state.activeSide;
  const planner = createSideTurnPlanner(side, plan, options.memory, options);
  const commands: Command[] = [];
  let s = view.state;
  for (;;) {
    const command = planner.next({ state: s, visible: view.visible });
    if (command.type === 'end-turn') break;
    const result = options.applyCommand(s, command);
    if (!result.ok) {
      planner.refused(command, result.code);
      continue;
    }
    s = result.state;
    commands.push(command);
  }
  commands.push({ type: 'end-turn' });
  return { commands, memory: planner.memory() };
};
