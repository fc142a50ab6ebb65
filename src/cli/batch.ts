/**
 * `npm run -s batch -- --scenario ID|PATH --runs N [--seed-start S] [--set LEVER=VALUE]… [--soviet L] [--japanese L]
 * [--workers K] [--shard K/N] [--out stats.json] [--csv runs.csv] [--quiet]`: N seeded AI-against-AI games on K worker
 * threads (default all cores), their statistics and the comparison with history (ARCHITECTURE.md; usage.ts).
 *
 * Output paths are checked before the first game. Results are written as games finish: the CSV gets a row per game
 * (rewritten in seed order at the end) and stats.json is rewritten at most once a second with `complete: false`, so an
 * interrupted batch keeps what it played. Exit 0, 1 (bad scenario or a failed game) or 2 (bad arguments).
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { batchReport, csvColumns, csvHeader, csvRow, planSeeds, runsCsv, scenarioLabels, type BatchReport, type GameResultSummary, type SeedPlan } from '../analysis';
import { scenarioFile } from '../game/node';
import type { BatchJob } from './batch-job';
import { playHere, playInThreads } from './batch-pool';
import { startClock } from './run-clock';
import { writeFileWhole } from './cli-io';
import { BATCH_FLAGS } from './game-args';
import { gameCommand } from './game-command';
import { summaryLines } from './report-text';

const { args, loaded, start, difficulty, fail } = gameCommand({
  name: 'batch',
  flags: BATCH_FLAGS,
  required: ['--scenario', '--runs'],
  firstSeed: (a) => a.seedStart,
});

const plan: SeedPlan = { seedStart: args.seedStart, runs: args.runs, ...(args.shard ? { shard: args.shard } : {}) };
const seeds = planSeeds(plan);
const threads = Math.max(1, Math.min(args.workers ?? availableParallelism(), seeds.length));
const job: BatchJob = {
  scenarioText: readFileSync(scenarioFile(args.scenario), 'utf8'),
  fileName: basename(scenarioFile(args.scenario)),
  levers: args.levers,
  soviet: args.soviet,
  japanese: args.japanese,
};
const labels = scenarioLabels(loaded.scenario);
const columns = csvColumns(labels);
const results: GameResultSummary[] = [];
const clock = startClock();
const seconds = clock.seconds;

const report = (complete: boolean): BatchReport =>
  batchReport(results, {
    labels,
    difficulty,
    engineVersion: loaded.engineVersion,
    plan,
    levers: start.levers,
    complete,
    timing: { seconds: Math.round(seconds() * 10) / 10, workers: threads, cpuSeconds: clock.cpuSeconds() },
  });

let lastWrite = 0;
const writeStats = (complete: boolean): void => {
  if (args.out) writeFileWhole(args.out, `${JSON.stringify(report(complete), null, 2)}\n`);
  lastWrite = Date.now();
};

const onResult = (summary: GameResultSummary): void => {
  results.push(summary);
  if (args.csv) appendFileSync(args.csv, `${csvRow(columns, summary)}\n`);
  if (args.out && Date.now() - lastWrite >= 1000) writeStats(false);
  if (!args.quiet && process.stderr.isTTY) process.stderr.write(`\r${results.length} of ${seeds.length} games`);
};

// Ctrl+C (or a job scheduler's TERM) keeps what was played: the CSV already has it; stats.json is brought up to date.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    try {
      writeStats(false);
    } catch {
      // Nothing more can be saved.
    }
    process.stderr.write(`\nbatch: stopped after ${results.length} of ${seeds.length} games${args.out ? `; ${args.out} holds them (complete: false)` : ''}\n`);
    process.exit(130);
  });
}

try {
  if (args.csv) writeFileSync(args.csv, `${csvHeader(columns)}\n`);
  if (args.out) writeStats(false);
  if (threads === 1) await playHere(job, seeds, onResult);
  else await playInThreads(job, seeds, threads, onResult);
  if (!args.quiet && process.stderr.isTTY) process.stderr.write('\n');
  const final = report(true);
  if (args.out) writeFileWhole(args.out, `${JSON.stringify(final, null, 2)}\n`);
  if (args.csv) writeFileWhole(args.csv, runsCsv(final.games, labels));
  process.stdout.write(`${summaryLines(final, { seconds: seconds(), workers: threads }).join('\n')}\n`);
} catch (e) {
  if (args.out && results.length > 0) writeStats(false);
  fail(1, e instanceof Error ? e.message : String(e));
}
