/**
 * The batch report: what `stats.json` holds. The statistics (`batchStats`), what was played (scenario and its content
 * hash, engine version, levers by name with their values, each side's AI level, the seed plan and shard), the
 * comparison with the scenario's historical block, and every game's result summary — so that `merge` can recompute
 * the statistics of sharded runs exactly, and `compare` can pair games. Pure: the command line adds timing and files.
 */
import type { BySide } from '../engine';
import { batchStats, type BatchStats } from './batch-stats';
import type { GameResultSummary } from './game-result';
import { compareWithHistory, type HistoryRow } from './history-compare';
import type { ScenarioLabels } from './scenario-labels';

/** Which seeds a batch plays: `runs` seeds from `seedStart`, or the `index`-th of `count` slices of them. */
export interface SeedPlan {
  readonly seedStart: number;
  readonly runs: number;
  readonly shard?: { readonly index: number; readonly count: number };
}

export interface LeverSetting {
  readonly id: string;
  readonly name: string;
  readonly value: number;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly unit?: string;
  /** Set away from the historical default. */
  readonly changed: boolean;
}

export interface BatchReport extends BatchStats {
  readonly title: string;
  readonly scenarioHash: string;
  readonly engineVersion: string;
  readonly difficulty: BySide<string>;
  readonly leverSettings: readonly LeverSetting[];
  readonly plan: SeedPlan;
  /** False while the batch is still running (or was interrupted): the file holds the games finished so far. */
  readonly complete: boolean;
  readonly historyComparison: readonly HistoryRow[];
  /** Names for reports (levers, objectives, milestones, the historical block). */
  readonly labels: ScenarioLabels;
  /** Every game's result summary, in seed order. */
  readonly games: readonly GameResultSummary[];
  /**
   * Wall time, threads and the CPU time the whole process spent meanwhile (every thread: the games' and V8's compiler
   * and collector threads): the only fields that differ between a run and the merge of its shards.
   */
  readonly timing?: { readonly seconds: number; readonly workers: number; readonly cpuSeconds?: number };
}

/** The seeds of a plan (a shard gets a contiguous slice; slices differ in size by at most one). */
export const planSeeds = (plan: SeedPlan): number[] => {
  const all = Array.from({ length: plan.runs }, (_, i) => plan.seedStart + i);
  if (!plan.shard) return all;
  const { index, count } = plan.shard;
  const from = Math.floor(((index - 1) * plan.runs) / count);
  const to = Math.floor((index * plan.runs) / count);
  return all.slice(from, to);
};

export interface ReportMeta {
  readonly labels: ScenarioLabels;
  readonly difficulty: BySide<string>;
  readonly engineVersion: string;
  readonly plan: SeedPlan;
  readonly levers: Readonly<Record<string, number>>;
  readonly complete: boolean;
  readonly timing?: BatchReport['timing'];
}

const seedOrder = (a: GameResultSummary, b: GameResultSummary): number =>
  typeof a.seed === 'number' && typeof b.seed === 'number' ? a.seed - b.seed : String(a.seed) < String(b.seed) ? -1 : String(a.seed) > String(b.seed) ? 1 : 0;

/** The report of a batch's games (in any order: they are sorted by seed). */
export const batchReport = (results: readonly GameResultSummary[], meta: ReportMeta): BatchReport => {
  const games = [...results].sort(seedOrder);
  const stats = batchStats(games);
  return {
    ...stats,
    scenario: meta.labels.id,
    levers: meta.levers,
    title: meta.labels.title,
    scenarioHash: meta.labels.contentHash,
    engineVersion: meta.engineVersion,
    difficulty: meta.difficulty,
    leverSettings: meta.labels.levers.map((l) => {
      const value = meta.levers[l.id] ?? l.default;
      return { id: l.id, name: l.name, value, default: l.default, min: l.min, max: l.max, ...(l.unit ? { unit: l.unit } : {}), changed: value !== l.default };
    }),
    plan: meta.plan,
    complete: meta.complete,
    historyComparison: compareWithHistory(games, meta.labels),
    labels: meta.labels,
    games,
    ...(meta.timing ? { timing: meta.timing } : {}),
  };
};

export type MergeResult = { readonly ok: true; readonly report: BatchReport } | { readonly ok: false; readonly message: string };

const same = (x: unknown, y: unknown): boolean => JSON.stringify(x) === JSON.stringify(y);

/**
 * The shards of one batch (`batch --shard K/N`, all N of them, in any order) as the report of the unsharded run.
 * Refuses shards of different batches (scenario content, engine, levers, levels or seed plan), a missing or repeated
 * shard, and an unfinished one.
 */
export const mergeReports = (shards: readonly BatchReport[]): MergeResult => {
  if (shards.length === 0) return { ok: false, message: 'no shard files given' };
  const first = shards[0]!;
  const count = first.plan.shard?.count ?? 1;
  const seen = new Set<number>();
  for (const s of shards) {
    const k = s.plan.shard?.index ?? 1;
    const what = `shard ${k}/${s.plan.shard?.count ?? 1}`;
    if (s.scenarioHash !== first.scenarioHash || s.scenario !== first.scenario) return { ok: false, message: `${what} is of a different scenario content (${s.scenario} ${s.scenarioHash}, not ${first.scenario} ${first.scenarioHash})` };
    if (s.engineVersion !== first.engineVersion) return { ok: false, message: `${what} was played by engine ${s.engineVersion}, not ${first.engineVersion}` };
    if (!same(s.levers, first.levers)) return { ok: false, message: `${what} has different levers` };
    if (!same(s.difficulty, first.difficulty)) return { ok: false, message: `${what} has different AI levels` };
    if (s.plan.seedStart !== first.plan.seedStart || s.plan.runs !== first.plan.runs || (s.plan.shard?.count ?? 1) !== count) return { ok: false, message: `${what} belongs to a different seed plan` };
    if (!s.complete) return { ok: false, message: `${what} is unfinished (${s.games.length} of ${planSeeds(s.plan).length} games); run it again` };
    if (seen.has(k)) return { ok: false, message: `shard ${k}/${count} is given twice` };
    seen.add(k);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length > 0) return { ok: false, message: `missing shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${count}`).join(', ')}` };
  const plan: SeedPlan = { seedStart: first.plan.seedStart, runs: first.plan.runs };
  const report = batchReport(
    shards.flatMap((s) => s.games),
    { labels: first.labels, difficulty: first.difficulty, engineVersion: first.engineVersion, plan, levers: first.levers, complete: true },
  );
  if (report.games.length !== plan.runs) return { ok: false, message: `the shards hold ${report.games.length} games, the plan ${plan.runs}` };
  return { ok: true, report };
};
