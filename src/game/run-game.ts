/**
 * One whole AI-against-AI game from a starting state: what `sim`, the batch workers, the benchmarks, the scripts and
 * the tests all run (and, later, the browser lab in a Web Worker: this module is browser-safe). Returns the game
 * (commands, per-turn hashes, final state) and its result summary.
 */
import { DIFFICULTY_PROFILES, engineDriver, engineRules, playHeadlessGame, type Difficulty, type HeadlessGame } from '../ai';
import type { AiPlan } from '../scenario';
import { summarizeGame, type GameResultSummary } from '../analysis';
import { hashState, type BySide, type GameState } from '../engine';

export interface RunGameInput {
  readonly state: GameState;
  readonly plan: AiPlan;
  readonly difficulty: BySide<Difficulty>;
  readonly seed: number | string;
  readonly levers: Readonly<Record<string, number>>;
  readonly engineVersion: string;
  /** Called after each side-turn, for progress (sim on a terminal). */
  readonly onSideTurn?: (state: GameState) => void;
}

export interface RunGameOutput {
  readonly game: HeadlessGame;
  readonly summary: GameResultSummary;
}

export const runGame = (input: RunGameInput): RunGameOutput => {
  for (const side of ['soviet', 'japanese'] as const) if (!DIFFICULTY_PROFILES[input.difficulty[side]]) throw new Error(`unknown level ${input.difficulty[side]}`);
  const game = playHeadlessGame(input.state, {
    plan: input.plan,
    difficulty: input.difficulty,
    rules: engineRules,
    driver: engineDriver,
    hash: hashState,
    ...(input.onSideTurn ? { onSideTurn: input.onSideTurn } : {}),
  });
  const summary = summarizeGame(game.state, {
    scenario: input.state.setup.scenarioId,
    seed: input.seed,
    levers: input.levers,
    engineVersion: input.engineVersion,
    finalHash: hashState(game.state),
    players: { soviet: `ai:${input.difficulty.soviet}`, japanese: `ai:${input.difficulty.japanese}` },
  });
  return { game, summary };
};
