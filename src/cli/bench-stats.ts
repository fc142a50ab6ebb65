/** Summaries and target checks for benchmark samples (pure, so they can be tested). */
import type { BenchCase } from './bench-case';

/** The value at fraction `p` (0–1) of the sorted samples, by nearest rank. */
export const percentile = (sorted: readonly number[], p: number): number => {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
  return sorted[i]!;
};

/** Nanoseconds per call turned into the case's unit; a quantity that is not a time (MB) is already in its unit. */
export const inUnit = (nsPerCall: number, unit: BenchCase['unit']): number =>
  unit === 'MB' || unit === 'ratio' ? nsPerCall : unit === 'µs' ? nsPerCall / 1e3 : unit === 'ms' ? nsPerCall / 1e6 : 1e9 / nsPerCall;

export interface Summary {
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
}

/** Median and 10th/90th percentiles in the case's unit; for ops/s, p10 is the slow end, as for times. */
export const summarise = (nsPerCall: readonly number[], unit: BenchCase['unit']): Summary => {
  const sorted = nsPerCall.slice().sort((a, b) => a - b);
  const median = inUnit(percentile(sorted, 0.5), unit);
  const fast = inUnit(percentile(sorted, 0.1), unit);
  const slow = inUnit(percentile(sorted, 0.9), unit);
  return unit === 'ops/s' ? { median, p10: slow, p90: fast } : { median, p10: fast, p90: slow };
};

/** Whether a median meets a target written "≤ 25 µs", "<= 0.5 ms" or "≥ 1,000,000 ops/s"; null if it has no such form. */
export const meetsTarget = (median: number, target: string): boolean | null => {
  const m = /^\s*(≤|<=|<|≥|>=|>)\s*([\d,_.]+)/.exec(target);
  if (!m) return null;
  const limit = Number(m[2]!.replace(/[,_]/g, ''));
  if (!Number.isFinite(limit)) return null;
  return m[1] === '≤' || m[1] === '<=' || m[1] === '<' ? median <= limit : median >= limit;
};

/** A number in a few significant digits for the table. */
export const formatValue = (v: number): string => {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US');
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(3);
};
