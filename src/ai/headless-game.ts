/**
 * A whole game with the AI playing both sides (or the sides the caller gives it): side-turn after side-turn until
 * the engine declares a result. Records every accepted command and the state hash at the end of every turn, which
 * is what a game record needs to replay and verify the game.
 */
import type { BySide, Command, GameState, Side } from '../engine';
import type { Difficulty } from './difficulty';
import type { AiRules, GameDriver } from './engine-port';
import { createMemory, type AiMemory } from './memory';
import type { AiPlan } from '../scenario';
import { playSideTurn } from './play-side-turn';

export interface HeadlessOptions {
  readonly plan: AiPlan;
  readonly difficulty: BySide<Difficulty>;
  readonly rules: AiRules;
  readonly driver: GameDriver;
  readonly hash: (state: GameState) => string;
  /** Stop after this many side-turns even without a result (a guard; a scenario's clock ends the game first). */
  readonly maxSideTurns?: number;
  /** Called after each side-turn (for progress on a terminal); it must not change anything. */
  readonly onSideTurn?: (state: GameState) => void;
}

export interface LoggedCommand {
  /** The turn and side it was issued in. */
  readonly turn: number;
  readonly side: Side;
  readonly command: Command;
}

export interface HeadlessGame {
  readonly state: GameState;
  readonly commands: readonly Command[];
  /** The same commands with their turn and side, as a game record logs them. */
  readonly log: readonly LoggedCommand[];
  /** `turnHashes[t - 1]`: the hash of the state when turn t was over (both sides' parts), or at the game's end. */
  readonly turnHashes: readonly string[];
  readonly memories: BySide<AiMemory>;
  readonly refused: number;
}

export const playHeadlessGame = (initial: GameState, options: HeadlessOptions): HeadlessGame => {
  let state = initial;
  const commands: Command[] = [];
  const log: LoggedCommand[] = [];
  const turnHashes: string[] = [];
  const memories: Record<Side, AiMemory> = { soviet: createMemory('soviet'), japanese: createMemory('japanese') };
  let refused = 0;
  const limit = options.maxSideTurns ?? 4 * initial.setup.clock.turns + 4;
  for (let i = 0; i < limit && state.result === null; i++) {
    const side = state.activeSide;
    const turn = state.turn;
    const played = playSideTurn(state, side, {
      plan: options.plan[side],
      memory: memories[side],
      difficulty: options.difficulty[side],
      rules: options.rules,
      driver: options.driver,
    });
    memories[side] = played.memory;
    refused += played.refused.length;
    commands.push(...played.commands);
    for (const command of played.commands) log.push({ turn, side, command });
    state = played.state;
    if (played.commands.length === 0) break; // nothing accepted, not even end-turn: the rules refuse to go on
    if (state.turn !== turn || state.result !== null) turnHashes.push(options.hash(state));
    options.onSideTurn?.(state);
  }
  return { state, commands, log, turnHashes, memories, refused };
};
