/**
 * A batch played to its report in one call (for `history` and its doc page): the scenario read once, the seeds played
 * here or on worker threads, the report built. `batch` itself writes as games finish and so drives the pool itself.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Difficulty } from '../ai';
import { batchReport, planSeeds, scenarioLabels, type BatchReport, type GameResultSummary, type SeedPlan } from '../analysis';
import type { BySide } from '../engine';
import { scenarioFile, type LoadedScenario } from '../game/node';
import { playHere, playInThreads } from './batch-pool';
import { startClock } from './run-clock';

export interface PlayBatchInput {
  readonly scenarioArg: string;
  readonly loaded: LoadedScenario;
  /** Every lever's value (resolved against the scenario's defaults). */
  readonly levers: Readonly<Record<string, number>>;
  readonly difficulty: BySide<Difficulty>;
  readonly plan: SeedPlan;
  readonly threads: number;
  readonly progress?: (done: number, total: number) => void;
}

export const playBatch = async (input: PlayBatchInput): Promise<BatchReport> => {
  const file = scenarioFile(input.scenarioArg);
  const seeds = planSeeds(input.plan);
  const job = { scenarioText: readFileSync(file, 'utf8'), fileName: basename(file), levers: input.levers, soviet: input.difficulty.soviet, japanese: input.difficulty.japanese };
  const results: GameResultSummary[] = [];
  const onResult = (s: GameResultSummary): void => {
    results.push(s);
    input.progress?.(results.length, seeds.length);
  };
  const clock = startClock();
  const threads = Math.max(1, Math.min(input.threads, seeds.length));
  if (threads === 1) await playHere(job, seeds, onResult);
  else await playInThreads(job, seeds, threads, onResult);
  const seconds = clock.seconds();
  return batchReport(results, {
    labels: scenarioLabels(input.loaded.scenario),
    difficulty: input.difficulty,
    engineVersion: input.loaded.engineVersion,
    plan: input.plan,
    levers: input.levers,
    complete: true,
    timing: { seconds: Math.round(seconds * 10) / 10, workers: threads, cpuSeconds: clock.cpuSeconds() },
  });
};
