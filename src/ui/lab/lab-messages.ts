/** The messages between the lab page and its workers (lab-worker.ts). Plain data: structured-cloned across. */
import type { Difficulty } from '../../ai';
import type { GameResultSummary } from '../../analysis';
import type { BySide, GameState } from '../../engine';
import type { GameRecord } from '../../replay';
import type { Scenario } from '../../scenario';

/** A position to play on from ("run N games from here"): the state there and where it came from. */
export interface LabOrigin {
  readonly state: GameState;
  readonly recordSeed: number | string;
  readonly commandIndex: number;
}

/** Sent once to each worker before its first task. */
export interface LabInit {
  readonly kind: 'init';
  readonly scenario: Scenario;
  readonly origin: LabOrigin | null;
}

export interface LabTask {
  readonly taskId: number;
  /** `summary`: play and sum up; `record`: play again and return the game record (to watch it). */
  readonly want: 'summary' | 'record';
  readonly levers: Readonly<Record<string, number>>;
  readonly seed: number;
  readonly difficulty: BySide<Difficulty>;
}

export type LabReply =
  | { readonly taskId: number; readonly ok: true; readonly summary: GameResultSummary; readonly record: GameRecord | null; readonly ms: number }
  | { readonly taskId: number; readonly ok: false; readonly error: string };
