/**
 * Two batches side by side (the lab's A and B, or `npm run -s compare -- A.json B.json`): for each measure the two
 * figures, the difference B − A (what B's change did) with its 95 % interval, and a sentence a class can read that
 * leads with counts ("… in 31 of 100 games against 12 of 100 …"). Shares use Newcombe's hybrid score interval, numbers
 * Welch's interval for a difference of means (src/analysis/intervals.ts). Overlapping A and B intervals do not mean
 * "no difference": the difference's own interval is the one to read.
 */
import { SIDES, type Side } from '../engine';
import type { BatchStats, Distribution } from './batch-stats';
import { meanDifference, proportionDifference, type Proportion } from './intervals';
import { HISTORY_MEASURES } from './history-measures';
import { leverSettingText, type EventLabel, type LeverLabel } from './scenario-labels';

export interface CompareNames {
  /** Objective and milestone labels (names, and the side of an objective). */
  readonly events?: readonly EventLabel[];
  readonly levers?: readonly LeverLabel[];
  /** How to name each batch in sentences ("with 400 % lorries"); by default its levers away from history's. */
  readonly a?: string;
  readonly b?: string;
}

export interface CompareRow {
  /** Stable id of the measure, e.g. `wins.japanese`, `events.jp-take-baintsagan`, `casualtyPercent.soviet`. */
  readonly id: string;
  /** The measure for people. */
  readonly name: string;
  /** A share of games, or a number averaged over games. */
  readonly kind: 'share' | 'mean';
  /** Each batch's figure for people: "31 of 100 games (31 %)" or "mean 12.5 (median 12)". */
  readonly a: string;
  readonly b: string;
  /** B − A, in percentage points for shares and in the measure's unit for means, with the 95 % interval. */
  readonly difference: number;
  readonly low: number;
  readonly high: number;
  /** Whether the interval leaves out zero (a difference beyond noise at the 95 % level). */
  readonly clear: boolean;
  readonly sentence: string;
}

const SIDE_WORDS: Readonly<Record<Side, string>> = { soviet: 'Soviet', japanese: 'Japanese' };

const round = (x: number, digits: number): string => {
  const s = x.toFixed(digits);
  return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s;
};
const signed = (x: string): string => x.replace(/^-/, '−');
const interval = (low: string, high: string): string => (low.startsWith('-') || high.startsWith('-') ? `${signed(low)} to ${signed(high)}` : `${low}–${high}`);
const digitsFor = (d: Distribution): number => (Math.max(Math.abs(d.mean), Math.abs(d.median)) >= 100 ? 0 : 1);

const shareRow = (id: string, name: string, phrase: string, a: Proportion, b: Proportion, armA: string, armB: string): CompareRow => {
  const d = proportionDifference(b, a);
  const pts = (x: number): string => round(x * 100, 0);
  const sentence = `With ${armB}, ${phrase} in ${b.count} of ${b.runs} games against ${a.count} of ${a.runs} with ${armA}: a difference of ${signed(pts(d.difference))} points (${interval(pts(d.low), pts(d.high))}).`;
  const fig = (p: Proportion): string => `${p.count} of ${p.runs} games (${round(p.rate * 100, 0)} %)`;
  return { id, name, kind: 'share', a: fig(a), b: fig(b), difference: d.difference * 100, low: d.low * 100, high: d.high * 100, clear: d.low > 0 || d.high < 0, sentence };
};

const meanRow = (id: string, name: string, a: Distribution, b: Distribution, armA: string, armB: string, unit = ''): CompareRow | null => {
  if (a.n === 0 || b.n === 0) return null;
  // meanDifference(x, y) is x − y; we report B − A.
  const ba = meanDifference({ n: b.n, mean: b.mean, sd: b.sd }, { n: a.n, mean: a.mean, sd: a.sd });
  const digits = Math.max(digitsFor(a), digitsFor(b));
  const f = (x: number): string => `${round(x, digits)}${unit}`;
  const games = (n: number): string => `${n} game${n === 1 ? '' : 's'}`;
  const fig = (x: Distribution): string => `mean ${f(x.mean)} (median ${f(x.median)}, ${games(x.n)})`;
  const range = Number.isNaN(ba.low) ? 'no interval from so few games' : `${interval(round(ba.low, digits), round(ba.high, digits))}${unit}`;
  const sentence = `With ${armB}, ${name}: ${f(b.mean)} on average over ${games(b.n)} against ${f(a.mean)} over ${games(a.n)} with ${armA}: a difference of ${signed(f(ba.difference))} (${range}).`;
  return { id, name, kind: 'mean', a: fig(a), b: fig(b), difference: ba.difference, low: ba.low, high: ba.high, clear: ba.low > 0 || ba.high < 0, sentence };
};

/** How each batch is named in sentences. */
export const armNames = (a: BatchStats, b: BatchStats, names: CompareNames = {}): { a: string; b: string } => {
  const levers = names.levers ?? [];
  let armA = names.a ?? leverSettingText(a.levers, levers);
  let armB = names.b ?? leverSettingText(b.levers, levers);
  if (armA === armB) {
    armA = `batch A (${armA})`;
    armB = `batch B (${armB})`;
  }
  return { a: armA, b: armB };
};

/** Every measure both batches have, side by side, with B − A and its 95 % interval. */
export const compareBatches = (a: BatchStats, b: BatchStats, names: CompareNames = {}): CompareRow[] => {
  const arms = armNames(a, b, names);
  const rows: (CompareRow | null)[] = [];
  const share = (id: string, name: string, phrase: string, pa: Proportion | undefined, pb: Proportion | undefined): void => {
    if (pa && pb) rows.push(shareRow(id, name, phrase, pa, pb, arms.a, arms.b));
  };
  const mean = (id: string, name: string, da: Distribution | null | undefined, db: Distribution | null | undefined, unit = ''): void => {
    if (da && db && da.sd !== undefined && db.sd !== undefined) rows.push(meanRow(id, name, da, db, arms.a, arms.b, unit));
  };
  for (const s of SIDES) share(`wins.${s}`, `${SIDE_WORDS[s]} victory`, `the ${SIDE_WORDS[s]} side won`, a.wins[s], b.wins[s]);
  share('wins.draw', 'Draw', 'the game was drawn', a.wins.draw, b.wins.draw);
  for (const s of SIDES) share(`decisive.${s}`, `Decisive ${SIDE_WORDS[s]} victory`, `the ${SIDE_WORDS[s]} side won decisively`, a.decisive[s], b.decisive[s]);
  const labels = names.events ?? [];
  const eventIds = [...new Set([...labels.map((e) => e.id), ...Object.keys(a.events), ...Object.keys(b.events)])].filter((id) => a.events[id] && b.events[id]);
  for (const id of eventIds) {
    const l = labels.find((e) => e.id === id);
    const name = l?.name ?? id;
    const phrase = l?.kind === 'objective' ? `the ${SIDE_WORDS[l.side!]} objective "${name}" was met` : `"${name}" happened`;
    share(`events.${id}`, l?.kind === 'objective' ? `${SIDE_WORDS[l.side!]} objective: ${name}` : name, phrase, a.events[id]!.reached, b.events[id]!.reached);
  }
  const measures = HISTORY_MEASURES[a.scenario] ?? [];
  const label = (id: string): string => measures.find((m) => m.id === id)?.label ?? id;
  for (const id of Object.keys(a.history ?? {}).filter((k) => b.history?.[k])) {
    const ha = a.history[id]!;
    const hb = b.history[id]!;
    if (ha.yes && hb.yes) share(`history.${id}`, label(id), `"${label(id)}" was so`, ha.yes, hb.yes);
    else mean(`history.${id}`, label(id), ha.values, hb.values);
  }
  for (const s of SIDES) mean(`points.${s}`, `${SIDE_WORDS[s]} objective points`, a.points?.[s], b.points?.[s]);
  mean('margin', 'Points margin (Soviet minus Japanese)', a.margin, b.margin);
  for (const s of SIDES) mean(`casualtyPercent.${s}`, `${SIDE_WORDS[s]} men lost (% of their men)`, a.casualtyPercent[s], b.casualtyPercent[s], ' %');
  for (const s of SIDES) mean(`losses.${s}.tanks`, `${SIDE_WORDS[s]} tanks lost`, a.losses[s].tanks, b.losses[s].tanks);
  for (const s of SIDES) mean(`losses.${s}.guns`, `${SIDE_WORDS[s]} guns lost`, a.losses[s].guns, b.losses[s].guns);
  for (const id of eventIds) {
    const l = labels.find((e) => e.id === id);
    mean(`eventTurns.${id}`, `Turn of "${l?.name ?? id}" (when it happened)`, a.events[id]!.turn, b.events[id]!.turn);
  }
  mean('turnsPlayed', 'Turns played', a.turnsPlayed, b.turnsPlayed);
  return rows.filter((r): r is CompareRow => r !== null);
};
