/**
 * 95 % intervals for what a batch of games measures and for the difference between two batches (the lab's A and B):
 * Wilson's score interval for a share of games, Newcombe's hybrid score interval for the difference of two shares,
 * Welch's interval for a difference of means and Bonett–Price's for a difference of medians. Closed-form, with no
 * random numbers (no bootstrap), so the browser lab and `npm run -s compare` give the same figures to the last digit.
 */

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

export interface Proportion {
  readonly count: number;
  readonly runs: number;
  /** count / runs (0 when there are no runs). */
  readonly rate: number;
  /** Wilson score interval at 95%. */
  readonly low: number;
  readonly high: number;
}

/** A difference with its 95 % interval. */
export interface Difference {
  readonly difference: number;
  readonly low: number;
  readonly high: number;
}

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

/**
 * a − b for two shares (`count` of `runs` games each), with Newcombe's hybrid score interval (Newcombe 1998, method
 * 10): each share's Wilson limits combined by the square-root rule. Unlike the Wald interval it stays inside
 * [−1, 1] and behaves at 0 of N and N of N. It treats the arms as independent; the lab's arms play the same seeds, which
 * makes the interval somewhat conservative (wider than a paired interval), never too narrow.
 */
export const proportionDifference = (a: { readonly count: number; readonly runs: number }, b: { readonly count: number; readonly runs: number }): Difference => {
  const wa = wilson(a.count, a.runs);
  const wb = wilson(b.count, b.runs);
  const difference = wa.rate - wb.rate;
  const low = difference - Math.sqrt((wa.rate - wa.low) ** 2 + (wb.high - wb.rate) ** 2);
  const high = difference + Math.sqrt((wa.high - wa.rate) ** 2 + (wb.rate - wb.low) ** 2);
  return { difference, low: Math.max(-1, low), high: Math.min(1, high) };
};

/** The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
export const normalQuantile = (p: number): number => {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const tail = (q: number): number => (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
};

/**
 * Student's t quantile for the 97.5 % point at `df` degrees of freedom, by the Cornish–Fisher expansion around the
 * normal quantile (Abramowitz & Stegun 26.7.5): within 0.2 % of the tables from 3 degrees of freedom up.
 */
export const tQuantile975 = (df: number): number => {
  const z = Z95;
  if (!Number.isFinite(df)) return z;
  const v = Math.max(1, df);
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  const z9 = z ** 9;
  return (
    z +
    (z3 + z) / (4 * v) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * v ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * v ** 4)
  );
};

/** What a mean-difference interval needs from each sample. */
export interface SampleMoments {
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1 in the denominator). */
  readonly sd: number;
}

/** Mean and sample standard deviation of values. */
export const moments = (values: readonly number[]): SampleMoments => {
  const n = values.length;
  const mean = n === 0 ? 0 : values.reduce((s, v) => s + v, 0) / n;
  const ss = values.reduce((s, v) => s + (v - mean) ** 2, 0);
  return { n, mean, sd: n < 2 ? 0 : Math.sqrt(ss / (n - 1)) };
};

/**
 * mean(a) − mean(b) with Welch's 95 % interval (unequal variances, Welch–Satterthwaite degrees of freedom, t quantile
 * as above). Takes the raw values or their moments (what stats.json keeps). With fewer than two values in a sample
 * there is no interval (NaN limits); with none, no difference either.
 */
export const meanDifference = (a: readonly number[] | SampleMoments, b: readonly number[] | SampleMoments): Difference => {
  const ma = Array.isArray(a) ? moments(a) : (a as SampleMoments);
  const mb = Array.isArray(b) ? moments(b) : (b as SampleMoments);
  if (ma.n === 0 || mb.n === 0) return { difference: Number.NaN, low: Number.NaN, high: Number.NaN };
  const difference = ma.mean - mb.mean;
  // One game says nothing about the spread: no interval.
  if (ma.n < 2 || mb.n < 2) return { difference, low: Number.NaN, high: Number.NaN };
  const va = ma.sd ** 2 / ma.n;
  const vb = mb.sd ** 2 / mb.n;
  const se = Math.sqrt(va + vb);
  if (se === 0) return { difference, low: difference, high: difference };
  const df = (va + vb) ** 2 / (va ** 2 / (ma.n - 1) + vb ** 2 / (mb.n - 1));
  const half = tQuantile975(df) * se;
  return { difference, low: difference - half, high: difference + half };
};

/** The median of sorted values. */
const medianOf = (sorted: readonly number[]): number => {
  const n = sorted.length;
  return n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
};

/** P(c ≤ X ≤ n − c) for X ~ Binomial(n, ½): the coverage of the order statistics (c, n − c + 1) for the median. */
const medianCoverage = (n: number, c: number): number => {
  // pmf by the ratio rule, in log space so that n in the thousands does not underflow.
  let logPmf = -n * Math.LN2;
  let total = 0;
  for (let k = 0; k <= n; k++) {
    if (k >= c && k <= n - c) total += Math.exp(logPmf);
    logPmf += Math.log((n - k) / (k + 1));
  }
  return total;
};

/** The median of values and its squared standard error by Bonett & Price (2002), from two order statistics. */
const medianAndVariance = (values: readonly number[]): { median: number; variance: number } => {
  const sorted = [...values].sort((x, y) => x - y);
  const n = sorted.length;
  const median = medianOf(sorted);
  if (n < 2) return { median, variance: 0 };
  const c = Math.max(1, Math.round((n + 1) / 2 - Math.sqrt(n)));
  const coverage = medianCoverage(n, c);
  const zj = normalQuantile(1 - (1 - coverage) / 2);
  const spread = sorted[n - c]! - sorted[c - 1]!;
  return { median, variance: Number.isFinite(zj) && zj > 0 ? (spread / (2 * zj)) ** 2 : 0 };
};

/**
 * median(a) − median(b) with the distribution-free 95 % interval of Bonett & Price (2002): each median's standard
 * error from the order statistics around it (their exact binomial coverage turned into a z), combined as for
 * independent samples. Good for skewed figures (losses, turns) where a mean misleads.
 */
export const medianDifference = (a: readonly number[], b: readonly number[]): Difference => {
  if (a.length === 0 || b.length === 0) return { difference: Number.NaN, low: Number.NaN, high: Number.NaN };
  const ma = medianAndVariance(a);
  const mb = medianAndVariance(b);
  const difference = ma.median - mb.median;
  const half = Z95 * Math.sqrt(ma.variance + mb.variance);
  return { difference, low: difference - half, high: difference + half };
};
