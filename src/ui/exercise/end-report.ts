/**
 * The after-action report on the end screen of every game: built from the game's record (replayed in a worker, so
 * it never holds the end screen back), shown summary first, and completed by where the game falls among
 * the computer's games with the same levers and seeds 1…N, played in the lab's worker pool while the player reads.
 * Loaded lazily with the end screen's first report, so none of it is in the game's first load.
 */
import { amongComputer, withAmongComputer, type AfterActionSummary, type AmongComputer } from '../../exercise';
import type { BySide, Side } from '../../engine';
import type { Difficulty } from '../../ai';
import type { GameRecord } from '../../replay';
import type { Scenario } from '../../scenario';
import { fill, h } from '../hud/dom';
import { poolSize } from '../lab/lab-pool';
import { LabRun, type WorkerFactory } from '../lab/lab-run';
import { afterActionOf } from './after-action-client';
import { afterActionView } from './after-action-view';

export interface EndReportInput {
  readonly scenario: Scenario;
  readonly record: GameRecord;
  /** The side the player commanded (null: two players at one screen). */
  readonly player: Side | null;
  /** Computer games to set the game among (0: none). */
  readonly runs: number;
  readonly workers: WorkerFactory;
}

/** Computer comparisons already played, by game (a finished game's record does not change): the exercise page reuses them. */
const amongCache = new Map<string, AmongComputer>();
const gameKey = (record: GameRecord): string => `${record.scenarioId}:${record.seed}:${record.commands.length}:${record.finalHash}`;

export const knownAmongComputer = (record: GameRecord): AmongComputer | null => amongCache.get(gameKey(record)) ?? null;

/** The computer's level for each side in the comparison: the level the computer played at, `regular` for a player's side. */
const levelsOf = (record: GameRecord): BySide<Difficulty> => {
  const of = (side: Side): Difficulty => {
    const s = record.sides?.[side];
    return s && s.player === 'ai' && s.difficulty ? (s.difficulty as Difficulty) : 'regular';
  };
  return { soviet: of('soviet'), japanese: of('japanese') };
};

/** Fills `slot` with the report; returns a function that stops the computer's games (leaving the screen). */
export const fillEndReport = (slot: HTMLElement, input: EndReportInput): (() => void) => {
  let run: LabRun | null = null;
  let stopped = false;
  const abort = new AbortController();
  fill(slot, h('p', { class: 'aar-among' }, 'Writing the after-action report…'));
  void afterActionOf({ scenario: input.scenario, record: input.record, player: input.player }, abort.signal).then((built) => {
    if (stopped) return;
    if (!built.ok) {
      fill(slot, h('p', { class: 'aar-among' }, `No after-action report: ${built.reason}`));
      return;
    }
    const turnDate = (turn: number) => built.dates[turn] ?? '';
    let report: AfterActionSummary = built.summary;
    const show = (pending: string | null) => fill(slot, afterActionView(report, { turnDate, amongPending: pending, history: false, losses: false }));
    const known = knownAmongComputer(input.record);
    if (known) report = withAmongComputer(report, known);
    if (known || input.runs <= 0 || !built.outcome.finished) {
      show(built.outcome.finished ? null : 'The game is not finished, so it is not set among the computer’s games.');
      return;
    }
    show(`Playing ${input.runs} computer games with the same levers (seeds 1–${input.runs}) to set your game among them…`);
    run = new LabRun(
      { scenario: input.scenario, runs: input.runs, seedStart: 1, levers: { a: input.record.levers }, difficulty: levelsOf(input.record), origin: null },
      poolSize(navigator.hardwareConcurrency),
      input.workers,
      (r) => {
        if (stopped) return;
        const p = slot.querySelector('#aar-among');
        if (r.status === 'done') {
          const among = amongComputer(built.outcome, r.summaries('a').map((s) => ({ winner: s.winner, margin: s.margin })), input.player);
          if (among) amongCache.set(gameKey(input.record), among);
          report = withAmongComputer(report, among);
          // Only the comparison's line changes: the folds the player opened stay open.
          if (p) p.textContent = among?.text ?? '';
        } else if (r.status === 'running') {
          if (p) p.textContent = `Playing the computer’s games with the same levers: ${r.done} of ${r.total}…`;
        } else if (p) {
          p.textContent = r.error ? `The computer’s games could not be played: ${r.error}` : 'The computer’s games were stopped.';
        }
      },
    );
  });
  return () => {
    stopped = true;
    abort.abort();
    run?.cancel();
  };
};
