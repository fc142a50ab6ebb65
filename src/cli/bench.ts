/**
 * `npm run bench [-- --filter TEXT] [--budget MS]`: runs every benchmark case, prints a table of medians with the 10th
 * and 90th percentiles and whether each meets its target, and writes `bench-results.json`.
 *
 * Each case is warmed up (so the JIT has compiled it), then timed in batches sized to take about a millisecond, so the
 * timer's resolution does not matter; each batch gives one sample of time per call.
 */
import { writeFileSync } from 'node:fs';
import type { BenchCase } from './bench-case';
import { formatValue, meetsTarget, summarise } from './bench-stats';
import { cases as engineCases } from './bench/engine';
import { cases as visionCases } from './bench/vision';
import { cases as movementCases } from './bench/movement';
import { cases as scenarioCases } from './bench/scenario';
import { cases as combatCases } from './bench/combat';
import { cases as aiCases } from './bench/ai';
import { cases as replayCases } from './bench/replay';
import { cases as batchCases } from './bench/batch';
import { cases as limitsCases } from './bench/limits';

/** Every area's cases: one import line and one entry each. */
const SUITES: readonly (readonly BenchCase[])[] = [
  engineCases,
  visionCases,
  movementCases,
  scenarioCases,
  combatCases,
  aiCases,
  replayCases,
  batchCases,
  limitsCases,
];

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const filter = option('--filter');
const budgetMs = Number(option('--budget') ?? process.env['BENCH_BUDGET_MS'] ?? 1500);
if (!Number.isFinite(budgetMs) || budgetMs <= 0) {
  console.error('bench: --budget must be a positive number of milliseconds');
  process.exit(2);
}

const now = (): number => Number(process.hrtime.bigint());
let sink: unknown = null;

/** Samples of nanoseconds per call. */
const measure = (c: BenchCase): number[] => {
  const budgetNs = (c.budgetMs ?? budgetMs) * 1e6;
  // Warm-up: a quarter of the budget (at least a few calls).
  const warmEnd = now() + budgetNs / 4;
  let calls = 0;
  while (now() < warmEnd || calls < 3) {
    sink = c.run();
    calls++;
  }
  // Calibrate a batch of about 1 ms.
  let batch = 1;
  for (;;) {
    const t0 = now();
    for (let i = 0; i < batch; i++) sink = c.run();
    const dt = now() - t0;
    if (dt >= 1e6 || batch >= 1 << 20) break;
    batch *= 2;
  }
  const samples: number[] = [];
  const end = now() + budgetNs;
  while ((now() < end && samples.length < 2000) || samples.length < 5) {
    const t0 = now();
    for (let i = 0; i < batch; i++) sink = c.run();
    samples.push((now() - t0) / batch);
  }
  return samples;
};

const rows: Array<Record<string, string | number | boolean | null>> = [];
for (const c of SUITES.flat()) {
  if (filter && !c.name.includes(filter)) continue;
  await c.setupAsync?.();
  c.setup?.();
  const samples = c.value ? Array.from({ length: c.samples ?? 3 }, () => c.value!()) : measure(c);
  const s = summarise(samples, c.unit);
  const met = meetsTarget(s.median, c.target);
  rows.push({ name: c.name, unit: c.unit, median: s.median, p10: s.p10, p90: s.p90, target: c.target, met, samples: samples.length });
  const mark = met === null ? ' ' : met ? '✓' : '✗';
  console.log(
    `${mark} ${c.name.padEnd(46)} ${formatValue(s.median).padStart(12)} ${c.unit.padEnd(5)} ` +
      `p10 ${formatValue(s.p10).padStart(10)}  p90 ${formatValue(s.p90).padStart(10)}   target ${c.target}`,
  );
}
if (sink === Symbol.for('never')) console.log('');

writeFileSync(
  'bench-results.json',
  `${JSON.stringify({ node: process.version, platform: `${process.platform}-${process.arch}`, budgetMs, results: rows }, null, 2)}\n`,
);
const missed = rows.filter((r) => r['met'] === false).length;
console.log(`\n${rows.length} cases, ${missed} missed their target; written to bench-results.json`);
