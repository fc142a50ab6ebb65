/**
 * Statistics over many seeded games: win rates with Wilson 95% intervals, loss distributions and milestone timing.
 * Pure functions of the games' result summaries, so `batch`, tests and the UI compute them the same way.
 */
import { SIDES, type BySide, type Winner } from '../engine';
import { LOSS_FIGURES, type GameResultSummary, type LossFigure } from './game-result';

export interface Proportion {
  readonly count: number;
  readonly runs: number;
  /** count / runs (0 when there are no runs). */
  readonly rate: number;
  /** Wilson score interval at 95%. */
  readonly low: number;
  readonly high: number;
}

export interface Distribution {
  readonly n: number;
  readonly mean: number;
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
  readonly min: number;
  readonly max: number;
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
}

const Z95 = 1.959963984540054;

/** Wilson score interval for `count` successes in `runs` trials. */
export const wilson = (count: number, runs: number, z = Z95): Proportion => {
  if (runs === 0) return { count, runs, rate: 0, low: 0, high: 0 };
  const p = count / runs;
  const z2 = z * z;
  const denom = 1 + z2 / runs;
  const centre = (p + z2 / (2 * runs)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / runs + z2 / (4 * runs * runs))) / denom;
  return { count, runs, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
};

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
  };
};

/** One CSV line per game (header first): seed, winner, level, turns, every loss figure per side, every event turn. */
export const runsCsv = (results: readonly GameResultSummary[]): string => {
  const eventIds = [...new Set(results.flatMap((r) => Object.keys(r.events)))].sort();
  const header = [
    'seed',
    'winner',
    'victoryLevel',
    'turnsPlayed',
    ...SIDES.flatMap((s) => LOSS_FIGURES.map((k) => `${s}.${k}`)),
    ...eventIds,
    'finalHash',
  ];
  const quote = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = results.map((r) =>
    [
      String(r.seed),
      r.winner,
      r.victoryLevel,
      String(r.turnsPlayed),
      ...SIDES.flatMap((s) => LOSS_FIGURES.map((k) => (r.losses[s][k] === null ? '' : String(r.losses[s][k])))),
      ...eventIds.map((id) => (r.events[id] == null ? '' : String(r.events[id]))),
      r.finalHash,
    ]
      .map(quote)
      .join(','),
  );
  return [header.join(','), ...lines].join('\n') + '\n';
};
