/**
 * Playing a side's turn with the AI. Two ways, one planner:
 * - `playSideTurn` (headless games): for each command it takes a fresh view of the real state, asks the planner,
 *   and applies the command to the real state — so the AI sees real results (and only what its side sees).
 * - `chooseCommands` (the contract's form, for the browser's worker): the AI plays on its own copy of one view and
 *   returns the whole list of commands, ending with `end-turn`, for the caller to apply.
 */
import type { Command, CommandResult, GameEvent, GameState } from '../engine/types';
import type { Side } from '../engine/vocabulary';
import type { GameDriver, SideViewLike } from './engine-port';
import type { AiMemory } from './memory';
import type { SidePlan } from './plan';
import { createSideTurnPlanner, type AiOptions } from './side-turn';

export interface SideTurnOptions extends AiOptions {
  readonly plan: SidePlan;
  readonly memory: AiMemory;
  readonly driver: GameDriver;
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
  readonly refused: readonly { readonly command: Command; readonly reason: string }[];
}

/** Plays `side`'s part of the current turn on the real state. The AI only ever reads `driver.viewFor(state, side)`. */
export const playSideTurn = (state: GameState, side: Side, options: SideTurnOptions): SideTurnResult => {
  const planner = createSideTurnPlanner(side, options.plan, options.memory, options);
  const commands: Command[] = [];
  const events: GameEvent[] = [];
  const refused: { command: Command; reason: string }[] = [];
  let s = state;
  while (s.result === null && s.activeSide === side) {
    const command = planner.next(options.driver.viewFor(s, side));
    const result = options.driver.applyCommand(s, command);
    if (!result.ok) {
      refused.push({ command, reason: result.reason });
      if (command.type === 'end-turn') break;
      continue;
    }
    s = result.state;
    commands.push(command);
    events.push(...result.events);
    options.onCommand?.(command, result);
    if (command.type === 'end-turn') break;
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
    if (!result.ok) continue;
    s = result.state;
    commands.push(command);
  }
  commands.push({ type: 'end-turn' });
  return { commands, memory: planner.memory() };
};
