/**
 * The messages between the main thread (ai-client.ts) and the AI worker (ai-worker.ts), each side typed: a question
 * carries its serial `id`, and the answer to it carries the same id.
 */
import type { SidePlan } from '../../scenario';
import type { Command, GameSetup, GameState, Side } from '../../engine';
import type { Difficulty } from '../controller/url-params';

export type AiRequest =
  /**
   * Plan the side to move's whole side-turn from the game as it is. The state comes without its setup, which does
   * not change during a game: `setup` carries it the first time (and whenever the game changes), null means "the one
   * you hold". The worker only ever lets the planner read the side's fog-of-war view of it, exactly as `sim` does.
   */
  {
    readonly id: number;
    readonly type: 'plan';
    readonly side: Side;
    readonly plan: SidePlan;
    readonly difficulty: Difficulty;
    readonly setup: GameSetup | null;
    readonly state: Omit<GameState, 'setup'> & { readonly setup: null };
  };

export type AiReply =
  /**
   * The side-turn's next commands, in order, sent as the planner has them (so the page applies and shows them while
   * the planner works on the rest); the last is `end-turn` unless the game ends first.
   */
  | { readonly id: number; readonly type: 'commands'; readonly commands: readonly Command[] }
  /** The side-turn is planned, in `ms`. */
  | { readonly id: number; readonly type: 'done'; readonly ms: number }
  /** The planner failed: the side ends its turn, and the error is reported. */
  | { readonly id: number; readonly type: 'failed'; readonly commands: readonly Command[]; readonly error: string };

/** A request before its serial number is attached. */
export type AiQuestion = AiRequest extends infer R ? (R extends AiRequest ? Omit<R, 'id'> : never) : never;
