/**
 * The what-if lab's address: `?lab=SCENARIO&runs=N&a=LEVER:VALUE,…&b=LEVER:VALUE,…` with optional `seed=S` (the first
 * seed, as `batch --seed-start`), `soviet=LEVEL`, `japanese=LEVEL` (the computer's level for each side, both arms) and
 * `start=1` (run at once, so a teacher's link runs itself). Parsed at the edge into a typed request; every parameter
 * that cannot be used is named in a problem with what is used instead, never thrown and never silently corrected.
 */
import { DIFFICULTIES, isDifficulty, type Difficulty } from '../../ai';
import type { BySide } from '../../engine';
import { MAX_SEED, parseSeed } from '../controller/url-params';

export type LeverValues = Readonly<Record<string, number>>;

export interface LabRequest {
  readonly scenarioId: string;
  /** Games per arm. */
  readonly runs: number;
  /** The first seed; run k (from 0) plays seed `seedStart + k` in both arms. */
  readonly seedStart: number;
  /** Arm A (history unless set) and arm B (the what-if; null: A alone). Only the levers given; the rest are history. */
  readonly a: LeverValues;
  readonly b: LeverValues | null;
  readonly difficulty: BySide<Difficulty>;
  /** Start the games as soon as the page opens. */
  readonly start: boolean;
}

export const DEFAULT_RUNS = 100;
/** A class-sized batch: 1,000 games per arm is minutes of work on a laptop; more would be hours. */
export const MAX_RUNS = 1000;

/** `lever:value,lever:value` → values, with a problem for each part that is not `name:number`. */
export const parseLeverList = (text: string, arm: 'A' | 'B'): { levers: Record<string, number>; problems: string[] } => {
  const levers: Record<string, number> = {};
  const problems: string[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const colon = part.lastIndexOf(':');
    const name = colon > 0 ? part.slice(0, colon).trim() : '';
    const valueText = colon > 0 ? part.slice(colon + 1).trim() : '';
    const value = Number(valueText);
    if (name === '' || valueText === '' || !Number.isFinite(value)) problems.push(`${arm}: "${part}" is not LEVER:VALUE (for example japanese-trucks:300); it is left out.`);
    else levers[name] = value;
  }
  return { levers, problems };
};

export const formatLeverList = (levers: LeverValues): string =>
  Object.keys(levers)
    .sort()
    .map((k) => `${k}:${levers[k]}`)
    .join(',');

const level = (params: URLSearchParams, side: 'soviet' | 'japanese', problems: string[]): Difficulty => {
  const text = params.get(side);
  if (text === null) return 'regular';
  if (isDifficulty(text)) return text;
  problems.push(`Unknown level "${text}" for the ${side === 'soviet' ? 'Soviet' : 'Japanese'} side; the computer plays it at regular (the levels are ${DIFFICULTIES.join(', ')}).`);
  return 'regular';
};

/** The lab a URL asks for, or null when it has no `lab=` parameter. */
export const parseLabUrl = (search: string): { request: LabRequest | null; problems: string[] } => {
  const params = new URLSearchParams(search);
  const scenarioId = params.get('lab');
  if (scenarioId === null) return { request: null, problems: [] };
  const problems: string[] = [];
  const runsText = params.get('runs');
  let runs = DEFAULT_RUNS;
  if (runsText !== null) {
    const n = Number(runsText);
    if (!/^\d+$/.test(runsText.trim()) || n < 1) problems.push(`runs=${runsText} is not a whole number of games from 1 to ${MAX_RUNS}; ${DEFAULT_RUNS} games are played.`);
    else if (n > MAX_RUNS) {
      problems.push(`runs=${runsText} is more than the lab plays at once; ${MAX_RUNS} games are played.`);
      runs = MAX_RUNS;
    } else runs = n;
  }
  const seedText = params.get('seed');
  let seedStart = parseSeed(seedText) ?? 1;
  if (seedText !== null && parseSeed(seedText) === null) problems.push(`seed=${seedText} is not a whole number from 0 to ${MAX_SEED}; the seeds start at 1.`);
  if (seedStart + runs - 1 > MAX_SEED) seedStart = MAX_SEED - runs + 1;
  const a = parseLeverList(params.get('a') ?? '', 'A');
  const bText = params.get('b');
  const b = bText === null ? null : parseLeverList(bText, 'B');
  problems.push(...a.problems, ...(b?.problems ?? []));
  const startText = params.get('start');
  if (startText !== null && startText !== '1' && startText !== '0') problems.push(`start=${startText} is not 1 or 0; the lab waits for Run.`);
  const difficulty = { soviet: level(params, 'soviet', problems), japanese: level(params, 'japanese', problems) };
  const known = new Set(['lab', 'runs', 'seed', 'a', 'b', 'start', 'soviet', 'japanese']);
  for (const key of params.keys()) if (!known.has(key)) problems.push(`The lab has no parameter "${key}"; it is ignored (the lab reads lab, runs, seed, a, b, soviet, japanese and start).`);
  return { request: { scenarioId, runs, seedStart, a: a.levers, b: b?.levers ?? null, difficulty, start: startText === '1' }, problems };
};

/** The query that opens this lab again (without `start`, unless asked). */
export const labUrl = (r: LabRequest, start = false): string => {
  const params = new URLSearchParams({ lab: r.scenarioId, runs: String(r.runs) });
  if (r.seedStart !== 1) params.set('seed', String(r.seedStart));
  const a = formatLeverList(r.a);
  if (a) params.set('a', a);
  if (r.b) params.set('b', formatLeverList(r.b));
  if (r.difficulty.soviet !== 'regular') params.set('soviet', r.difficulty.soviet);
  if (r.difficulty.japanese !== 'regular') params.set('japanese', r.difficulty.japanese);
  if (start) params.set('start', '1');
  // Colons and commas read better unescaped in a link a teacher pastes into a worksheet.
  return `?${params.toString().replace(/%3A/g, ':').replace(/%2C/g, ',')}`;
};
