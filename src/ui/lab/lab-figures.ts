/**
 * The lab's results as plain data, from src/analysis: counts a class reads first ("41 of 100 games ended in a
 * Japanese victory"), the B − A comparison rows with their intervals and sentences (`compareBatches`), history's
 * benchmarks over arm A (`compareWithHistory`), the games for the dot plot, the chart specs (losses, milestone
 * timing with history's turn and its percentile, objective points), one row per game, and the CSV. No DOM.
 */
import {
  batchStats,
  compareBatches,
  compareWithHistory,
  csvColumns,
  csvHeader,
  csvRow,
  leverSettingText,
  percentileOf,
  scenarioLabels,
  type CompareRow,
  type GameResultSummary,
  type HistoryRow,
  type ScenarioLabels,
} from '../../analysis';
import { SIDE_NAMES, SIDES, type Side } from '../../engine';
import type { Scenario } from '../../scenario';
import type { BarChartSpec } from './lab-charts';
import { binOf, type DotGame, type DotMeasure } from './lab-dots';
import type { LabRun } from './lab-run';
import type { Arm } from './lab-plan';

export const ARM_COLOURS: Readonly<Record<Arm, string>> = { a: '#4b5d73', b: '#c2452d' };

export interface RunRow {
  readonly arm: Arm;
  readonly run: number;
  readonly seed: number | string;
  readonly result: string;
  readonly turns: number;
  readonly points: string;
  readonly menLost: Readonly<Record<Side, number>>;
  readonly tanksLost: Readonly<Record<Side, number>>;
  /** The objectives and milestones that happened, with their turns. */
  readonly events: string;
}

export interface LabFigures {
  readonly title: string;
  readonly arms: readonly Arm[];
  readonly armNames: Readonly<Record<Arm, string>>;
  readonly levelsText: string;
  readonly status: LabRun['status'];
  /** True until every game asked for has been played. */
  readonly provisional: boolean;
  readonly done: number;
  readonly total: number;
  /** Runs finished in every arm (the games counted below). */
  readonly paired: number;
  readonly counts: Readonly<Record<Arm, readonly string[]>>;
  readonly comparison: readonly CompareRow[] | null;
  readonly history: readonly HistoryRow[];
  readonly games: readonly DotGame[];
  readonly measures: readonly DotMeasure[];
  readonly charts: readonly BarChartSpec[];
  /** The player's own game from the lab's starting position (runs from here). */
  readonly own: { readonly text: string; readonly summary: GameResultSummary } | null;
  readonly rows: readonly RunRow[];
}

const menLost = (r: GameResultSummary, s: Side): number => r.losses[s].killed + r.losses[s].wounded + r.losses[s].missing;
const menLostPercent = (r: GameResultSummary, s: Side): number => (r.initial[s].men === 0 ? 0 : (menLost(r, s) * 100) / r.initial[s].men);
const resultText = (r: GameResultSummary): string => (r.winner === 'draw' ? 'Draw' : `${SIDE_NAMES[r.winner]} ${r.victoryLevel} victory`);
const pct = (n: number, of: number): string => (of === 0 ? '0 %' : `${Math.round((n * 100) / of)} %`);

/** The dot plot's measures: how the game went on points, each side's men lost, and its length. */
export const dotMeasures = (): DotMeasure[] => [
  { id: 'margin', name: 'Points margin (Soviet minus Japanese points)', value: (r) => r.margin },
  ...SIDES.map((s): DotMeasure => ({ id: `men-${s}`, name: `${SIDE_NAMES[s]} men lost (% of their men)`, value: (r) => Math.round(menLostPercent(r, s)) })),
  { id: 'turns', name: 'Turns played', value: (r) => r.turnsPlayed },
];

/** "41 of 100 games ended in a Japanese victory", then each objective and milestone: how often and when. */
const countLines = (results: readonly GameResultSummary[], labels: ScenarioLabels, paired: boolean): string[] => {
  const n = results.length;
  if (n === 0) return [paired ? 'No run has finished in both arms yet (games are counted in pairs, A with B).' : 'No game has finished yet.'];
  const lines: string[] = [];
  for (const w of ['soviet', 'japanese', 'draw'] as const) {
    const k = results.filter((r) => r.winner === w).length;
    const decisive = w === 'draw' ? 0 : results.filter((r) => r.winner === w && r.victoryLevel === 'decisive').length;
    if (k > 0 || w !== 'draw') lines.push(`${k} of ${n} games ended ${w === 'draw' ? 'in a draw' : `in a ${SIDE_NAMES[w]} victory`} (${pct(k, n)})${decisive > 0 ? `, ${decisive} of them decisive` : ''}.`);
  }
  for (const e of labels.events) {
    const turns = results.map((r) => r.events[e.id]).filter((t): t is number => typeof t === 'number').sort((x, y) => x - y);
    const what = e.kind === 'objective' ? `the ${SIDE_NAMES[e.side!]} objective “${e.name}” was met` : `“${e.name}”`;
    const median = turns.length ? turns[Math.floor((turns.length - 1) / 2)] : null;
    lines.push(`${turns.length} of ${n} games: ${what}${median !== null ? ` (median turn ${median})` : ''}.`);
  }
  return lines;
};

/** Counts of `values` in shared bins, one series per arm. */
const histogram = (id: string, title: string, xTitle: string, byArm: readonly { arm: Arm; short: string; values: number[] }[], mark: { value: number; label: string } | null, summary: string): BarChartSpec | null => {
  const all = byArm.flatMap((x) => x.values);
  if (all.length === 0) return null;
  if (mark) all.push(mark.value);
  const bin = binOf(Math.min(...all), Math.max(...all), 16);
  const labels = Array.from({ length: bin.count }, (_, i) => {
    const lo = bin.edge(i);
    const hi = bin.edge(i + 1);
    return Number.isInteger(lo) && hi - lo === 1 ? String(lo) : `${Math.round(lo)}–${Math.round(hi)}`;
  });
  return {
    id,
    title,
    xTitle,
    yTitle: 'games',
    labels,
    series: byArm.map((x) => {
      const counts = Array.from({ length: bin.count }, (): number => 0);
      for (const v of x.values) counts[bin(v)]!++;
      return { name: x.short, colour: ARM_COLOURS[x.arm], counts };
    }),
    mark: mark ? { at: bin(mark.value), label: mark.label } : null,
    summary,
  };
};

/** An arm's games with its names: `short` ("A") in legends, `name` ("A: history's settings") in sentences. */
interface LabArm {
  readonly arm: Arm;
  readonly short: string;
  readonly name: string;
  readonly results: GameResultSummary[];
}

const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const lossCharts = (arms: readonly LabArm[], labels: ScenarioLabels): BarChartSpec[] =>
  SIDES.flatMap((s) => {
    const h = labels.historical?.losses[s];
    // History's men lost: killed and wounded (and missing, where given); no line when the sources lack either.
    const known = typeof h?.killed === 'number' && typeof h.wounded === 'number' ? h.killed + h.wounded + (h.missing ?? 0) : null;
    const medians = arms.map((a) => `${a.short}: median ${Math.round(median(a.results.map((r) => menLost(r, s)))).toLocaleString('en-GB')}`).join('; ');
    const spec = histogram(
      `losses-${s}`,
      `${SIDE_NAMES[s]} men lost (killed, wounded and missing)`,
      'men lost in the game',
      arms.map((a) => ({ arm: a.arm, short: a.short, values: a.results.map((r) => menLost(r, s)) })),
      known !== null ? { value: known, label: `History: ${known.toLocaleString('en-GB')}` } : null,
      `${medians}.${known !== null ? ` History: ${known.toLocaleString('en-GB')} (sources' totals).` : ''}`,
    );
    return spec ? [spec] : [];
  });

const milestoneCharts = (arms: readonly LabArm[], labels: ScenarioLabels, turns: number): BarChartSpec[] => {
  const milestones = labels.historical?.milestones ?? {};
  return labels.events.flatMap((e) => {
    const h = milestones[e.id];
    const any = arms.some((a) => a.results.some((r) => typeof r.events[e.id] === 'number'));
    if (!any && !h) return [];
    const tick = Array.from({ length: turns }, (_, i) => String(i + 1));
    // Games where it never happened have no bar (a "never" bar would read as a late turn); the caption counts them.
    const series = arms.map((a) => {
      const counts = Array.from({ length: turns }, (): number => 0);
      for (const r of a.results) {
        const t = r.events[e.id];
        if (typeof t === 'number') counts[Math.min(turns, Math.max(1, t)) - 1]!++;
      }
      return { name: a.short, colour: ARM_COLOURS[a.arm], counts };
    });
    const first = arms[0]!;
    let summary =
      arms
        .map((a) => {
          const k = a.results.filter((r) => typeof r.events[e.id] === 'number').length;
          return `${a.short}: in ${k} of ${a.results.length} games${k < a.results.length ? ` (never in ${a.results.length - k})` : ''}`;
        })
        .join('; ') + '.';
    if (h?.turn !== undefined && h.turn !== null && first.results.length > 0) {
      const p = percentileOf(h.turn, first.results.map((r) => r.events[e.id] ?? null));
      const earlier = first.results.filter((r) => typeof r.events[e.id] === 'number' && r.events[e.id]! < h.turn!).length;
      summary += ` In history it happened in turn ${h.turn} (${h.date}): ${earlier} of ${first.results.length} games${arms.length > 1 ? ` of ${first.short}` : ''} had it earlier, so history sits at the ${Math.round(p)}th percentile.`;
    } else if (h) summary += ` In history: ${h.date}.`;
    return [
      {
        id: `event-${e.id}`,
        title: `When: ${e.name}${e.kind === 'objective' ? ` (${SIDE_NAMES[e.side!]} objective)` : ''}`,
        xTitle: 'turn it happened',
        yTitle: 'games',
        labels: tick,
        series,
        mark: h?.turn !== undefined && h.turn !== null ? { at: h.turn - 1, label: `History: turn ${h.turn}` } : null,
        summary,
      },
    ];
  });
};

const pointsChart = (arms: readonly LabArm[]): BarChartSpec | null =>
  histogram(
    'points',
    'Objective points: Soviet minus Japanese',
    'points margin (above 0: the Soviet side ahead)',
    arms.map((a) => ({ arm: a.arm, short: a.short, values: a.results.map((r) => r.margin) })),
    null,
    arms.map((a) => `${a.short}: Soviet points median ${median(a.results.map((r) => r.points.soviet))}, Japanese ${median(a.results.map((r) => r.points.japanese))}, margin median ${median(a.results.map((r) => r.margin))}`).join('; ') + '.',
  );

/**
 * `measures`: the exercise's choice of what the lab shows (docs/exercise-format.md: winner, losses, milestones,
 * objectives, points, history); null shows everything. Who won, game by game, is always shown.
 */
export const labFigures = (scenario: Scenario, run: LabRun, own: GameResultSummary | null, measures: ReadonlySet<string> | null = null): LabFigures => {
  const shows = (m: string): boolean => measures === null || measures.has(m);
  const labels = scenarioLabels(scenario);
  const paired = run.paired;
  const fromHere = run.spec.origin !== null;
  const armNames: Record<Arm, string> = {
    a: fromHere ? 'Computer from here' : `A: ${leverSettingText(run.spec.levers.a ?? {}, labels.levers)}`,
    b: `B: ${leverSettingText(run.spec.levers.b ?? {}, labels.levers)}`,
  };
  const arms: LabArm[] = run.arms.map((arm) => ({ arm, short: fromHere ? 'Computer from here' : arm.toUpperCase(), name: armNames[arm], results: run.summaries(arm) }));
  const counts = Object.fromEntries(arms.map((a) => [a.arm, countLines(a.results, labels, arms.length > 1)])) as Record<Arm, string[]>;
  counts.b ??= [];
  let comparison: CompareRow[] | null = null;
  if (arms.length === 2 && paired.length > 0) {
    comparison = compareBatches(batchStats(arms[0]!.results), batchStats(arms[1]!.results), { events: labels.events, levers: labels.levers, a: armNames.a.slice(3), b: armNames.b.slice(3) });
  }
  const games: DotGame[] = paired.flatMap((k) => run.arms.map((arm) => ({ arm, run: k, summary: run.results[arm].get(k)! })));
  const eventText = (r: GameResultSummary): string =>
    labels.events
      .filter((e) => typeof r.events[e.id] === 'number')
      .map((e) => `${e.name} (turn ${r.events[e.id]})`)
      .join('; ');
  const rows: RunRow[] = [];
  for (const arm of run.arms) {
    for (const [k, r] of [...run.results[arm].entries()].sort((x, y) => x[0] - y[0])) {
      rows.push({
        arm,
        run: k,
        seed: r.seed,
        result: resultText(r),
        turns: r.turnsPlayed,
        points: `${r.points.soviet}–${r.points.japanese}`,
        menLost: { soviet: menLost(r, 'soviet'), japanese: menLost(r, 'japanese') },
        tanksLost: { soviet: r.losses.soviet.tanks, japanese: r.losses.japanese.tanks },
        events: eventText(r),
      });
    }
  }
  rows.sort((x, y) => x.run - y.run || (x.arm < y.arm ? -1 : 1));
  const turns = scenario.clock.turns;
  const eventKind = new Map(labels.events.map((e) => [`event-${e.id}`, e.kind === 'objective' ? 'objectives' : 'milestones']));
  const charts = [
    ...(shows('losses') ? lossCharts(arms, labels) : []),
    ...milestoneCharts(arms, labels, turns).filter((c) => shows(eventKind.get(c.id) ?? 'milestones')),
    shows('points') ? pointsChart(arms) : null,
  ].filter((c): c is BarChartSpec => c !== null);
  let ownText: LabFigures['own'] = null;
  if (own) {
    const a = arms[0]!.results;
    const below = a.filter((r) => r.margin < own.margin).length;
    const same = a.filter((r) => r.margin === own.margin).length;
    const result = own.winner === 'draw' ? 'a draw' : `a ${SIDE_NAMES[own.winner]} ${own.victoryLevel} victory`;
    ownText = {
      summary: own,
      text: `Your game ended in ${result} with a points margin of ${own.margin} (Soviet minus Japanese points: higher is better for the Soviet side). Of the computer's ${a.length} games from the same moment, ${below} ended below that margin, ${same} at it and ${a.length - below - same} above it.`,
    };
  }
  const level = (s: Side) => `${SIDE_NAMES[s]} ${run.spec.difficulty[s]}`;
  return {
    title: scenario.title,
    arms: run.arms,
    armNames,
    levelsText: `The computer played both sides (${level('soviet')}, ${level('japanese')}); ${
      fromHere ? `game k re-seeded the position's dice with seed ${run.spec.seedStart}+k−1` : `game k used seed ${run.spec.seedStart}+k−1${run.arms.length > 1 ? ' in both arms' : ''}`
    }.`,
    status: run.status,
    provisional: run.status !== 'done',
    done: run.done,
    total: run.total,
    paired: paired.length,
    counts,
    comparison,
    history: fromHere || !shows('history') || arms[0]!.results.length === 0 ? [] : compareWithHistory(arms[0]!.results, labels),
    games,
    measures: dotMeasures(),
    charts,
    own: ownText,
    rows,
  };
};

/** Every finished game as CSV (from src/analysis's columns: levers, points, margin, milestones by name), arm and run first. */
export const labCsv = (scenario: Scenario, run: LabRun): string => {
  const labels = scenarioLabels(scenario);
  const games = run.jobs.filter((j) => run.results[j.arm].has(j.run)).map((j) => ({ j, r: run.results[j.arm].get(j.run)! }));
  const columns = csvColumns(labels, games.map((g) => g.r));
  const lines = games.map((g) => `${g.j.arm.toUpperCase()},${g.j.run + 1},${csvRow(columns, g.r)}`);
  return [`arm,run,${csvHeader(columns)}`, ...lines].join('\n') + '\n';
};
