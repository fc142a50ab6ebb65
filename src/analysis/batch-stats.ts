/**
 * Statistics over many seeded games: win rates with Wilson 95% intervals, loss distributions and milestone timing.
 * Pure functions of the games' result summaries, so `batch`, tests and the UI compute them the same way.
 */
import { SIDES, type BySide, type Winner } from '../engine';
import { LOSS_FIGURES, type GameResultSummary, type LossFigure } from './game-result';
import { moments, wilson, type Proportion } from './intervals';

export { wilson, type Proportion } from './intervals';
export { runsCsv } from './runs-csv';

export interface Distribution {
  readonly n: number;
  readonly mean: number;
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
  readonly min: number;
  readonly max: number;
  /** Sample standard deviation (what a Welch interval for a difference of means needs). */
  readonly sd: number;
}

/** A history measure over the games: a share for yes/no figures, a distribution for numbers and turns. */
export interface HistoryFigureStats {
  /** Games where the figure was yes (yes/no figures only). */
  readonly yes: Proportion | null;
  /** The figure's distribution over the games where it had a number (numbers and turns). */
  readonly values: Distribution | null;
  /** Games where it had no value (a turn figure: it never happened). */
  readonly none: number;
}

export interface MilestoneStats {
  /** In how many games it happened at all. */
  readonly reached: Proportion;
  /** The turn it happened, over the games where it did (null when it never did). */
  readonly turn: Distribution | null;
}

export interface BatchStats {
  readonly scenario: string;
  readonly runs: number;
  readonly seeds: readonly (number | string)[];
  readonly levers: Readonly<Record<string, number>>;
  readonly wins: Readonly<Record<Winner, Proportion>>;
  readonly decisive: BySide<Proportion>;
  readonly losses: BySide<Readonly<Record<LossFigure, Distribution>>>;
  /** Men lost as a percent of the side's starting men. */
  readonly casualtyPercent: BySide<Distribution>;
  readonly turnsPlayed: Distribution;
  readonly events: Readonly<Record<string, MilestoneStats>>;
  /** Objective points at the end, per side, and the margin (Soviet minus Japanese). */
  readonly points: BySide<Distribution>;
  readonly margin: Distribution;
  /** The scenario's "Is it history?" figures (src/analysis/history-measures.ts), by measure id. */
  readonly history: Readonly<Record<string, HistoryFigureStats>>;
}

/** Linear-interpolated quantile (R's type 7) of sorted values. */
const quantile = (sorted: readonly number[], q: number): number => {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
};

export const distribution = (values: readonly number[]): Distribution => {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = n === 0 ? 0 : sorted.reduce((s, v) => s + v, 0) / n;
  return {
    n,
    mean,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    min: n === 0 ? 0 : sorted[0]!,
    max: n === 0 ? 0 : sorted[n - 1]!,
    sd: moments(sorted).sd,
  };
};

const menLostPercent = (r: GameResultSummary, side: (typeof SIDES)[number]): number => {
  const start = r.initial[side].men;
  const l = r.losses[side];
  return start === 0 ? 0 : ((l.killed + l.wounded + l.missing) * 100) / start;
};

/** Everything `stats.json` holds, from the games' summaries (in seed order). */
export const batchStats = (results: readonly GameResultSummary[]): BatchStats => {
  const runs = results.length;
  const first = results[0];
  const count = (f: (r: GameResultSummary) => boolean): number => results.filter(f).length;
  const lossesFor = (side: (typeof SIDES)[number]) =>
    Object.fromEntries(LOSS_FIGURES.map((k) => [k, distribution(results.map((r) => r.losses[side][k]).filter((v): v is number => v !== null))])) as Record<LossFigure, Distribution>;
  const eventIds = [...new Set(results.flatMap((r) => Object.keys(r.events)))].sort();
  const events: Record<string, MilestoneStats> = {};
  for (const id of eventIds) {
    const turns = results.map((r) => r.events[id]).filter((t): t is number => typeof t === 'number');
    events[id] = { reached: wilson(turns.length, runs), turn: turns.length > 0 ? distribution(turns) : null };
  }
  return {
    scenario: first?.scenario ?? '',
    runs,
    seeds: results.map((r) => r.seed),
    levers: first?.levers ?? {},
    wins: {
      soviet: wilson(count((r) => r.winner === 'soviet'), runs),
      japanese: wilson(count((r) => r.winner === 'japanese'), runs),
      draw: wilson(count((r) => r.winner === 'draw'), runs),
    },
    decisive: {
      soviet: wilson(count((r) => r.winner === 'soviet' && r.victoryLevel === 'decisive'), runs),
      japanese: wilson(count((r) => r.winner === 'japanese' && r.victoryLevel === 'decisive'), runs),
    },
    losses: { soviet: lossesFor('soviet'), japanese: lossesFor('japanese') },
    casualtyPercent: {
      soviet: distribution(results.map((r) => menLostPercent(r, 'soviet'))),
      japanese: distribution(results.map((r) => menLostPercent(r, 'japanese'))),
    },
    turnsPlayed: distribution(results.map((r) => r.turnsPlayed)),
    events,
    points: {
      soviet: distribution(results.map((r) => r.points.soviet)),
      japanese: distribution(results.map((r) => r.points.japanese)),
    },
    margin: distribution(results.map((r) => r.margin)),
    history: historyStats(results),
  };
};

const historyStats = (results: readonly GameResultSummary[]): Record<string, HistoryFigureStats> => {
  const ids = [...new Set(results.flatMap((r) => Object.keys(r.history ?? {})))].sort();
  const out: Record<string, HistoryFigureStats> = {};
  for (const id of ids) {
    const figures = results.map((r) => r.history?.[id] ?? null);
    const bools = figures.filter((f): f is boolean => typeof f === 'boolean');
    const nums = figures.filter((f): f is number => typeof f === 'number');
    out[id] = {
      yes: bools.length > 0 ? wilson(bools.filter(Boolean).length, bools.length) : null,
      values: nums.length > 0 ? distribution(nums) : null,
      none: figures.filter((f) => f === null).length,
    };
  }
  return out;
};
