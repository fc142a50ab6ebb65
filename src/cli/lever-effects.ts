/**
 * What each lever does to the games: the scenario's games with history's settings (A) against the same seeds with one
 * lever moved to an end of its range (B), lever by lever: to each end when history's value lies inside the range (more
 * lorries and fewer are both questions a class asks), to the other end when it is at one.
 * This is the table a teacher reads before a lesson to know which levers a class will see matter, and the check that
 * a lever promising an effect has one. Each pair is compared as `compare` does (95 % intervals: Newcombe's for shares
 * of games, Welch's for means); a measure moved "beyond noise" when its interval leaves out zero. With 20 or so
 * measures per battle, about one in twenty will cross that line by chance: a lone borderline row is weak evidence.
 */
import type { Difficulty } from '../ai';
import { compareBatches, leverValueText, scenarioLabels, type BatchReport, type CompareRow, type GameResultSummary, type LeverLabel } from '../analysis';
import type { LoadedScenario } from '../game/node';
import { playBatch } from './play-batch';

/** The values a lever is tried at: each end of its range that differs from history's value. */
export const trialValues = (l: Pick<LeverLabel, 'default' | 'min' | 'max'>): number[] => [l.min, l.max].filter((v, i, all) => v !== l.default && all.indexOf(v) === i);

export interface LeverTrial {
  readonly lever: LeverLabel;
  readonly value: number;
  /** Every measure, A (history) against B (this lever moved). */
  readonly rows: readonly CompareRow[];
  /** Whether every seed's game ended exactly as with history's settings (winner, points, losses, event turns). */
  readonly identical: boolean;
}

export interface LeverEffects {
  readonly base: BatchReport;
  readonly trials: readonly LeverTrial[];
}

export interface LeverEffectsInput {
  readonly scenarioArg: string;
  readonly loaded: LoadedScenario;
  readonly runs: number;
  readonly seedStart: number;
  readonly threads: number;
  readonly difficulty: { readonly soviet: Difficulty; readonly japanese: Difficulty };
  /** Called before each batch with what it is (for a progress line). */
  readonly progress?: (what: string, done: number, total: number) => void;
}

/** What a game came to, leaving out the hashes and lever values (which differ whenever a lever is set). */
const outcome = (g: GameResultSummary): string => JSON.stringify([g.winner, g.victoryLevel, g.turnsPlayed, g.points, g.losses, g.events]);

const sameGames = (a: BatchReport, b: BatchReport): boolean => a.games.length === b.games.length && a.games.every((g, i) => outcome(g) === outcome(b.games[i]!));

export const leverEffects = async (input: LeverEffectsInput): Promise<LeverEffects> => {
  const labels = scenarioLabels(input.loaded.scenario);
  const defaults = Object.fromEntries(labels.levers.map((l) => [l.id, l.default]));
  const plan = { seedStart: input.seedStart, runs: input.runs };
  const settings = labels.levers.flatMap((lever) => trialValues(lever).map((value) => ({ lever, value })));
  const total = settings.length + 1;
  const play = (levers: Readonly<Record<string, number>>, what: string, index: number): Promise<BatchReport> =>
    playBatch({
      scenarioArg: input.scenarioArg,
      loaded: input.loaded,
      levers,
      difficulty: input.difficulty,
      plan,
      threads: input.threads,
      progress: (done, of) => input.progress?.(`${what} (${index} of ${total} settings)`, done, of),
    });
  const base = await play(defaults, "history's settings", 1);
  const names = { events: labels.events, levers: labels.levers };
  const trials: LeverTrial[] = [];
  for (const [k, { lever, value }] of settings.entries()) {
    const b = await play({ ...defaults, [lever.id]: value }, `${lever.name} ${leverValueText(lever, value)}`, k + 2);
    trials.push({ lever, value, rows: compareBatches(base, b, names), identical: sameGames(base, b) });
  }
  return { base, trials };
};

/** The measures a trial moved beyond noise, the largest first (by how far the interval stands from zero). */
export const clearRows = (t: LeverTrial): CompareRow[] =>
  t.rows.filter((r) => r.clear).sort((x, y) => Math.min(Math.abs(y.low), Math.abs(y.high)) - Math.min(Math.abs(x.low), Math.abs(x.high)));

const num = (x: number): string => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(1)).replace(/^-/, '−').replace(/^−0(\.0)?$/, '0');
const rowText = (r: CompareRow): string => `${r.name}: ${r.a} → ${r.b} (${r.kind === 'share' ? `${num(r.difference)} points` : num(r.difference)}; ${num(r.low)} to ${num(r.high)})`;

/** The one-line verdict of a trial. */
export const verdict = (t: LeverTrial): string => {
  if (t.identical) return 'every game ended exactly as with history’s settings';
  const clear = clearRows(t);
  if (clear.length === 0) return 'no measure moved beyond noise';
  return `${clear.length} measure${clear.length === 1 ? '' : 's'} moved beyond noise`;
};

/** The trials as text, each with up to `show` of the measures it moved. */
export const effectLines = (e: LeverEffects, show = 3): string[] => {
  const b = e.base;
  const lines = [`${b.title} (${b.scenario}): what each lever does — ${b.runs} games per setting (seeds ${b.plan.seedStart}–${b.plan.seedStart + b.runs - 1}), levels Soviet ${b.difficulty.soviet}, Japanese ${b.difficulty.japanese}; engine ${b.engineVersion}, scenario content ${b.scenarioHash}`];
  for (const t of e.trials) {
    lines.push(`  ${t.lever.name} at ${leverValueText(t.lever, t.value)} (history ${leverValueText(t.lever, t.lever.default)}): ${verdict(t)}`);
    for (const r of clearRows(t).slice(0, show)) lines.push(`      ${rowText(r)}`);
  }
  return lines;
};

/** The trials as a section of docs/lever-effects.md. */
export const effectsMarkdown = (e: LeverEffects, show = 3): string => {
  const b = e.base;
  const cell = (s: string): string => s.replace(/\|/g, '\\|');
  const lines = [
    `## ${b.title}`,
    '',
    `${b.runs} games per setting (seeds ${b.plan.seedStart}–${b.plan.seedStart + b.runs - 1}), computer levels Soviet ${b.difficulty.soviet}, Japanese ${b.difficulty.japanese}; engine ${b.engineVersion}; scenario content ${b.scenarioHash}.`,
    '',
    '| lever | tried at (history) | verdict | what moved beyond noise (history → lever; difference, 95 % interval) |',
    '| --- | --- | --- | --- |',
  ];
  for (const t of e.trials) {
    const moved = clearRows(t).slice(0, show).map(rowText).join('<br>');
    lines.push(`| ${cell(t.lever.name)} (\`${t.lever.id}\`) | ${cell(leverValueText(t.lever, t.value))} (${cell(leverValueText(t.lever, t.lever.default))}) | ${cell(verdict(t))} | ${cell(moved || '—')} |`);
  }
  lines.push('');
  return lines.join('\n');
};
