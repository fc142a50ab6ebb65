/**
 * Argument parsing shared by `sim` and `batch`: the scenario, seeds, levers (`--set LEVER=VALUE`, repeatable), the
 * AI level per side and output files. Pure: returns options or a one-line message for exit status 2.
 */
import { DIFFICULTIES, isDifficulty, type Difficulty } from '../ai';
import { MAX_SEED, SEED_RANGE_TEXT } from '../engine';
import { FORBIDDEN_KEYS } from '../format';

export interface GameArgs {
  readonly scenario: string;
  readonly seed: number;
  readonly levers: Readonly<Record<string, number>>;
  readonly soviet: Difficulty;
  readonly japanese: Difficulty;
  readonly out?: string;
  readonly record?: string;
  /** batch only */
  readonly runs: number;
  readonly seedStart: number;
  readonly workers?: number;
  readonly csv?: string;
  /** `--shard K/N`: play the K-th of N slices of the seeds. */
  readonly shard?: { readonly index: number; readonly count: number };
  readonly quiet: boolean;
}

export type ParsedArgs = { readonly ok: true; readonly args: GameArgs } | { readonly ok: false; readonly message: string };

const VALUE_FLAGS = ['--scenario', '--seed', '--set', '--soviet', '--japanese', '--out', '--record', '--runs', '--seed-start', '--workers', '--csv', '--shard'] as const;
export type ValueFlag = (typeof VALUE_FLAGS)[number];

/** A whole number written out, or null; one too long to be exact in JavaScript (beyond 2^53) is null, not rounded. */
const integer = (text: string): number | null => {
  if (!/^-?\d+$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
};

/** A lever value: a number, or true/false for switches (1/0). */
export const leverValue = (text: string): number | null => {
  if (text === 'true' || text === 'yes' || text === 'on') return 1;
  if (text === 'false' || text === 'no' || text === 'off') return 0;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
};

/**
 * Parses `argv` (without node and script). `allowed` lists the flags the command takes; `required` those it needs.
 */
export const parseGameArgs = (argv: readonly string[], allowed: readonly ValueFlag[], required: readonly ValueFlag[]): ParsedArgs => {
  const values = new Map<ValueFlag, string[]>();
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quiet' || a === '-q') {
      quiet = true;
      continue;
    }
    const [flag, inline] = a.includes('=') && a.startsWith('--') && !a.startsWith('--set=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const name = (flag === '--set=' ? '--set' : flag) as ValueFlag;
    if (!(VALUE_FLAGS as readonly string[]).includes(name) || !allowed.includes(name)) return { ok: false, message: `unknown option '${a}'` };
    const value = inline ?? argv[++i];
    if (value === undefined) return { ok: false, message: `${name} needs a value` };
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  for (const r of required) if (!values.has(r)) return { ok: false, message: `${r} is required` };
  const one = (f: ValueFlag): string | undefined => values.get(f)?.at(-1);

  const levers: Record<string, number> = {};
  for (const s of values.get('--set') ?? []) {
    const eq = s.indexOf('=');
    if (eq <= 0) return { ok: false, message: `--set wants LEVER=VALUE, got '${s}'` };
    // Assigning '__proto__' to an object changes its prototype instead of adding a key: the lever would vanish unseen.
    if (FORBIDDEN_KEYS.has(s.slice(0, eq))) return { ok: false, message: `--set ${s}: '${s.slice(0, eq)}' is not a lever name` };
    const v = leverValue(s.slice(eq + 1));
    if (v === null) return { ok: false, message: `--set ${s.slice(0, eq)}: '${s.slice(eq + 1)}' is not a number` };
    levers[s.slice(0, eq)] = v;
  }
  const numberOf = (f: ValueFlag, fallback: number, min: number): number | string => {
    const t = one(f);
    if (t === undefined) return fallback;
    const n = integer(t);
    if (n === null || n < min) return `${f} must be an integer${min > -Infinity ? ` ≥ ${min}` : ''}, got '${t}'`;
    return n;
  };
  // Seeds: one range for sim, batch, records and the browser (MAX_SEED in src/engine/rng.ts).
  const seedOf = (f: '--seed' | '--seed-start'): number | string => {
    const t = one(f);
    if (t === undefined) return 1;
    const n = integer(t);
    return n === null || n < 0 || n > MAX_SEED ? `${f} must be ${SEED_RANGE_TEXT}, got '${t}'` : n;
  };
  const seed = seedOf('--seed');
  const runs = numberOf('--runs', 1, 1);
  const seedStart = seedOf('--seed-start');
  const workers = numberOf('--workers', 0, 1);
  for (const v of [seed, runs, seedStart, workers]) if (typeof v === 'string') return { ok: false, message: v };
  if ((seedStart as number) + (runs as number) - 1 > MAX_SEED) {
    return { ok: false, message: `--seed-start ${seedStart} with --runs ${runs} would play seeds past ${MAX_SEED}; seeds are ${SEED_RANGE_TEXT}` };
  }
  const level = (f: '--soviet' | '--japanese'): Difficulty | string => {
    const t = one(f) ?? 'regular';
    return isDifficulty(t) ? t : `${f} must be one of ${DIFFICULTIES.join(', ')}, got '${t}'`;
  };
  const soviet = level('--soviet');
  const japanese = level('--japanese');
  if (!isDifficulty(soviet)) return { ok: false, message: soviet };
  if (!isDifficulty(japanese)) return { ok: false, message: japanese };
  const shardText = one('--shard');
  let shard: { index: number; count: number } | undefined;
  if (shardText !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(shardText);
    const index = m ? Number(m[1]) : 0;
    const count = m ? Number(m[2]) : 0;
    if (!m || count < 1 || index < 1 || index > count) return { ok: false, message: `--shard wants K/N with 1 ≤ K ≤ N (e.g. 2/4), got '${shardText}'` };
    shard = { index, count };
  }
  const out = one('--out');
  const record = one('--record');
  const csv = one('--csv');
  return {
    ok: true,
    args: {
      scenario: one('--scenario') ?? '',
      seed: seed as number,
      levers,
      soviet,
      japanese,
      runs: runs as number,
      seedStart: seedStart as number,
      quiet,
      ...(out ? { out } : {}),
      ...(record ? { record } : {}),
      ...(csv ? { csv } : {}),
      ...(values.has('--workers') ? { workers: workers as number } : {}),
      ...(shard ? { shard } : {}),
    },
  };
};

export const SIM_FLAGS: readonly ValueFlag[] = ['--scenario', '--seed', '--set', '--soviet', '--japanese', '--out', '--record'];
export const BATCH_FLAGS: readonly ValueFlag[] = ['--scenario', '--runs', '--seed-start', '--set', '--soviet', '--japanese', '--workers', '--shard', '--out', '--csv'];

/**
 * Splits a command's arguments into positional ones (a scenario) and flags, each flag with its value: a flag without
 * `=` takes the next argument, except the switches `--quiet` and `-q`. For the commands that take a scenario before
 * their flags (`history`, `levers --effects`).
 */
export const splitArguments = (argv: readonly string[]): { positional: string[]; flags: string[] } => {
  const positional: string[] = [];
  const flags: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('-')) {
      flags.push(a);
      if (!a.includes('=') && a !== '--quiet' && a !== '-q' && i + 1 < argv.length) flags.push(argv[++i]!);
    } else positional.push(a);
  }
  return { positional, flags };
};
