/**
 * "Is it history?" over a batch: for each benchmark the historical record gives (the winner, the scenario's history
 * measures, the dates of its milestones), the game's median and 10–90 % range, history's figure, where history falls
 * among the games (its percentile) and a one-line verdict. History is one draw from what could have happened: a
 * figure in the game's usual range is a good sign, not a requirement that it be the most likely outcome.
 * Used by `batch` (stats.json), `npm run -s history` and docs/history-fidelity.md, and by the browser lab.
 */
import { SIDES, type Side } from '../engine';
import { LOSS_FIGURES, type GameResultSummary, type LossFigure } from './game-result';
import { distribution } from './batch-stats';
import { HISTORY_MEASURES, type HistoryFigure, type HistoryMeasureKind } from './history-measures';
import { wilson, type Proportion } from './intervals';
import type { ScenarioLabels } from './scenario-labels';

export interface HistoryRow {
  readonly id: string;
  /** What is measured, for people. */
  readonly measure: string;
  readonly kind: HistoryMeasureKind;
  /** Games measured. */
  readonly games: number;
  /** Yes/no benchmarks: games that went as history did. */
  readonly matches: Proportion | null;
  /** Numbers and turns: median and 10th/90th percentiles over the games with a value (null when none had one). */
  readonly median: number | null;
  readonly p10: number | null;
  readonly p90: number | null;
  /** Turns: games where it never happened. */
  readonly never: number;
  /** History's figure as the sources give it, and as a value (null when the sources give no figure). */
  readonly historyText: string;
  readonly historyValue: number | boolean | null;
  /**
   * Where history falls among the games, 0–100: the percent of games below it plus half of those equal (a game where
   * a turn figure never happened counts as later than any turn). Null for yes/no figures and missing history.
   */
  readonly percentile: number | null;
  readonly verdict: string;
}

const SIDE_WORDS: Readonly<Record<Side, string>> = { soviet: 'Soviet', japanese: 'Japanese' };
const FIGURE_WORDS: Readonly<Record<LossFigure, string>> = {
  killed: 'men killed',
  wounded: 'men wounded',
  missing: 'men missing',
  tanks: 'tanks lost',
  armouredCars: 'armoured cars lost',
  guns: 'guns lost',
  aircraft: 'aircraft lost',
};

/** Mid-rank percentile of `h` among `values` (null values rank above every number). */
export const percentileOf = (h: number, values: readonly (number | null)[]): number => {
  if (values.length === 0) return Number.NaN;
  let below = 0;
  let equal = 0;
  for (const v of values) {
    if (v === null) continue;
    if (v < h) below++;
    else if (v === h) equal++;
  }
  return ((below + equal / 2) * 100) / values.length;
};

const yesNoVerdict = (count: number, runs: number): string => {
  const of = `${count} of ${runs} games`;
  if (runs === 0) return 'no games';
  if (count === 0) return `never in the game (0 of ${runs}): the game does not reproduce history here`;
  if (count * 2 >= runs) return `as in history in ${of}: the game's usual outcome`;
  if (count * 10 >= runs) return `as in history in ${of}: plausible, but not the game's usual outcome`;
  return `as in history in only ${of}: rare in the game`;
};

const numberVerdict = (kind: HistoryMeasureKind, percentile: number, inRange: boolean): string => {
  const p = Math.round(percentile);
  if (inRange) return `history is at percentile ${p} of the games: among the game's usual outcomes (strictly between percentiles 10 and 90)`;
  if (kind === 'turn') return percentile < 10 ? `history came earlier than ${100 - p} % of games: the game is slow here` : `history came later than ${p} % of games: the game is quick here`;
  return percentile < 10 ? `history is lower than ${100 - p} % of games: the game runs high here` : `history is higher than ${p} % of games: the game runs low here`;
};

const yesNoRow = (id: string, measure: string, figures: readonly boolean[], expected: boolean, historyText: string): HistoryRow => {
  const count = figures.filter((f) => f === expected).length;
  return {
    id,
    measure,
    kind: 'yes-no',
    games: figures.length,
    matches: wilson(count, figures.length),
    median: null,
    p10: null,
    p90: null,
    never: 0,
    historyText,
    historyValue: expected,
    percentile: null,
    verdict: yesNoVerdict(count, figures.length),
  };
};

const numberRow = (id: string, measure: string, kind: HistoryMeasureKind, figures: readonly (number | null)[], expected: number | null, historyText: string): HistoryRow => {
  const nums = figures.filter((f): f is number => f !== null);
  const d = nums.length > 0 ? distribution(nums) : null;
  const never = figures.length - nums.length;
  const percentile = expected === null ? null : percentileOf(expected, figures);
  let verdict: string;
  if (expected === null) verdict = 'the sources give no figure';
  else if (d === null) verdict = kind === 'turn' ? `never in the game (0 of ${figures.length})` : 'no game had a figure';
  else verdict = numberVerdict(kind, percentile!, percentile! > 10 && percentile! < 90);
  return {
    id,
    measure,
    kind,
    games: figures.length,
    matches: null,
    median: d?.median ?? null,
    p10: d?.p10 ?? null,
    p90: d?.p90 ?? null,
    never,
    historyText,
    historyValue: expected,
    percentile,
    verdict,
  };
};

const winnerText = (w: string): string => (w === 'draw' ? 'a draw' : `${SIDE_WORDS[w as Side] ?? w} victory`);

/**
 * The benchmarks of a scenario over a batch's games: the winner; each history measure of the scenario; each
 * historical milestone with a turn that no measure already covers; and, for a scenario without history measures,
 * each loss figure the historical block gives (side totals; a scenario with measures says what its figures cover).
 */
export const compareWithHistory = (results: readonly GameResultSummary[], labels: ScenarioLabels): HistoryRow[] => {
  const rows: HistoryRow[] = [];
  const historical = labels.historical;
  if (historical) {
    rows.push(
      yesNoRow(
        'winner',
        'Winner',
        results.map((r) => r.winner === historical.winner),
        true,
        winnerText(historical.winner),
      ),
    );
  }
  const measures = HISTORY_MEASURES[labels.id] ?? [];
  for (const m of measures) {
    const figures: HistoryFigure[] = results.map((r) => r.history?.[m.id] ?? null);
    if (m.kind === 'yes-no') {
      const bools = figures.filter((f): f is boolean => typeof f === 'boolean');
      rows.push(typeof m.expected === 'boolean' ? yesNoRow(m.id, m.label, bools, m.expected, m.history) : { ...yesNoRow(m.id, m.label, bools, true, m.history), matches: null, historyValue: null, verdict: 'the sources give no figure' });
    } else {
      rows.push(numberRow(m.id, m.label, m.kind, figures.map((f) => (typeof f === 'number' ? f : null)), typeof m.expected === 'number' ? m.expected : null, m.history));
    }
  }
  const read = new Set(measures.flatMap((m) => m.reads ?? []));
  const names = Object.fromEntries(labels.events.map((e) => [e.id, e.name]));
  for (const [id, h] of Object.entries(historical?.milestones ?? {})) {
    if (read.has(id) || h.turn === undefined || h.turn === null) continue;
    rows.push(numberRow(`turn:${id}`, `Turn: ${names[id] ?? id}`, 'turn', results.map((r) => r.events[id] ?? null), h.turn, `turn ${h.turn} (${h.date})`));
  }
  if (measures.length === 0 && historical) {
    for (const side of SIDES) {
      for (const k of LOSS_FIGURES) {
        const h = historical.losses[side]?.[k];
        if (typeof h !== 'number') continue;
        rows.push(numberRow(`losses:${side}.${k}`, `${SIDE_WORDS[side]} ${FIGURE_WORDS[k]}`, 'number', results.map((r) => r.losses[side][k]), h, String(h)));
      }
    }
  }
  return rows;
};

/** A row's game figure for people: "41 of 100 games", "median 58 (10–90 %: 41–72)", with "never in 3" for turns. */
export const historyRowGameText = (row: HistoryRow): string => {
  if (row.kind === 'yes-no') return row.matches ? `${row.matches.count} of ${row.matches.runs} games as in history` : `${row.games} games`;
  if (row.median === null) return `never in ${row.games} games`;
  const f = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));
  const prefix = row.kind === 'turn' ? 'turn ' : '';
  return `median ${prefix}${f(row.median)} (10–90 %: ${f(row.p10!)}–${f(row.p90!)})${row.never > 0 ? `; never in ${row.never} of ${row.games}` : ''}`;
};
