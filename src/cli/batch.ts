/**
 * `npm run -s batch -- --scenario ID|PATH --runs N [--seed-start S] [--set LEVER=VALUE]… [--soviet L] [--japanese L]
 * [--workers K] [--out stats.json] [--csv runs.csv]`: N seeded AI-against-AI games on K worker threads (default all
 * cores), and their statistics (ARCHITECTURE.md). Exit 0, 1 (bad scenario or a failed game) or 2 (bad arguments).
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { batchStats, runsCsv, type BatchStats, type GameResultSummary } from '../analysis';
import { SIDES } from '../engine';
import { prepareScenario, type BatchJob } from './batch-job';
import { BATCH_FLAGS } from './game-args';
import { gameCommand } from './game-command';

const { args, fail } = gameCommand({ name: 'batch', flags: BATCH_FLAGS, required: ['--scenario', '--runs'], firstSeed: (a) => a.seedStart });

const job: BatchJob = { scenario: args.scenario, levers: args.levers, soviet: args.soviet, japanese: args.japanese };
const seeds = Array.from({ length: args.runs }, (_, i) => args.seedStart + i);
const workers = Math.max(1, Math.min(args.workers ?? availableParallelism(), seeds.length));

const runInThreads = (): Promise<GameResultSummary[]> =>
  new Promise((resolve, reject) => {
    const results = new Map<number, GameResultSummary>();
    let next = 0;
    let finished = 0;
    const url = new URL('./batch-worker.ts', import.meta.url).href;
    // Workers run TypeScript through tsx's loader, registered inside the worker before the module loads.
    const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
    for (let w = 0; w < workers; w++) {
      const worker = new Worker(boot, { eval: true, workerData: job });
      const feed = (): void => {
        if (next < seeds.length) worker.postMessage({ seed: seeds[next++] });
        else worker.postMessage({ done: true });
      };
      worker.on('message', (m: { ready?: boolean; seed?: number; summary?: GameResultSummary; error?: string }) => {
        if (m.error !== undefined) {
          reject(new Error(`seed ${m.seed}: ${m.error}`));
          return;
        }
        if (m.summary && m.seed !== undefined) {
          results.set(m.seed, m.summary);
          if (!args.quiet) process.stderr.write(`\r${results.size}/${seeds.length} games`);
        }
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', () => {
        finished++;
        if (finished === workers) {
          if (!args.quiet) process.stderr.write('\n');
          if (results.size === seeds.length) resolve(seeds.map((s) => results.get(s)!));
          else reject(new Error(`only ${results.size} of ${seeds.length} games finished`));
        }
      });
    }
  });

const runHere = (): GameResultSummary[] => {
  const prepared = prepareScenario(job);
  return seeds.map((s) => prepared.play(s));
};

const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;
const printSummary = (stats: BatchStats, seconds: number): void => {
  const w = stats.wins;
  console.log(`${stats.scenario}: ${stats.runs} games (seeds ${seeds[0]}–${seeds.at(-1)}) on ${workers} thread(s) in ${seconds.toFixed(1)} s`);
  for (const k of ['soviet', 'japanese', 'draw'] as const)
    console.log(`  ${k.padEnd(9)} ${pct(w[k].rate).padStart(4)}  (95% CI ${pct(w[k].low)}–${pct(w[k].high)})`);
  for (const side of SIDES) {
    const c = stats.casualtyPercent[side];
    const t = stats.losses[side].tanks;
    console.log(`  ${side} casualties: median ${c.median.toFixed(0)}% of men (p10 ${c.p10.toFixed(0)}%, p90 ${c.p90.toFixed(0)}%); tanks lost median ${t.median}`);
  }
  for (const [id, m] of Object.entries(stats.events)) {
    const turn = m.turn ? `, turn median ${m.turn.median} (p10 ${m.turn.p10}, p90 ${m.turn.p90})` : '';
    console.log(`  ${id}: ${pct(m.reached.rate)} of games${turn}`);
  }
};

const started = process.hrtime.bigint();
try {
  const results = workers === 1 ? runHere() : await runInThreads();
  const stats = batchStats(results);
  if (args.out) writeFileSync(args.out, `${JSON.stringify(stats, null, 2)}\n`);
  if (args.csv) writeFileSync(args.csv, runsCsv(results));
  printSummary(stats, Number(process.hrtime.bigint() - started) / 1e9);
} catch (e) {
  fail(1, e instanceof Error ? e.message : String(e));
}
