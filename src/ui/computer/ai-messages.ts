/**
 * The messages between the main thread (ai-client.ts) and the AI worker (ai-worker.ts), each side typed: a question
 * carries its serial `id`, and the answer to it carries the same id.
 */
import type { SidePlan } from '../../scenario';
import type { Command, GameSetup, GameState, Side } from '../../engine';
import type { Difficulty } from '../controller/url-params';

/**
 * What the worker sees of the game at a question: the side's fogged state without its setup (which came once with
 * `begin`: the worker puts it back) and the hexes in sight.
 */
export interface WorkerView {
  readonly state: Omit<GameState, 'setup'> & { readonly setup: null };
  readonly visible: Uint8Array;
}

export type AiRequest =
  /** A side's turn begins: its plan, difficulty and fogged setup (map, clock, own order of battle). */
  | { readonly id: number; readonly type: 'begin'; readonly side: Side; readonly plan: SidePlan; readonly difficulty: Difficulty; readonly setup: GameSetup }
  /** The side's next command, please. */
  | { readonly id: number; readonly type: 'next'; readonly side: Side; readonly view: WorkerView };

export type AiReply =
  /** `begin` done. */
  | { readonly id: number; readonly type: 'ready' }
  /** The answer to `next`. */
  | { readonly id: number; readonly type: 'command'; readonly command: Command }
  /** The planner failed: the side ends its turn, and the error is reported. */
  | { readonly id: number; readonly type: 'failed'; readonly command: Command; readonly error: string };

/** A request before its serial number is attached. */
export type AiQuestion = AiRequest extends infer R ? (R extends AiRequest ? Omit<R, 'id'> : never) : never;
