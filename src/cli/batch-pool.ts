/**
 * Playing a list of seeds: on this thread, or on worker threads that each load the pre-built worker bundle
 * (src/cli/worker-bundle.ts) and are fed one seed at a time. Each finished game is handed to `onResult` at once, so
 * the caller can write it out; the order is the order games finish in.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { GameResultSummary } from '../analysis';
import { PROJECT_ROOT } from '../game/node';
import { prepareScenario, type BatchJob } from './batch-job';
import { workerBundle } from './worker-bundle';

export type OnResult = (summary: GameResultSummary) => void;

/** Plays the seeds here, yielding to the event loop between games (so Ctrl+C is heard). */
export const playHere = async (job: BatchJob, seeds: readonly number[], onResult: OnResult): Promise<void> => {
  const prepared = prepareScenario(job);
  for (const seed of seeds) {
    onResult(prepared.play(seed));
    await new Promise((r) => setImmediate(r));
  }
};

/** How a worker thread is started: from the bundle, or (if it could not be built) through tsx from the sources. */
const startWorker = (bundle: string | null, job: BatchJob): Worker => {
  if (bundle) return new Worker(new URL(pathToFileURL(bundle)), { workerData: job });
  const url = pathToFileURL(join(PROJECT_ROOT, 'src/cli/batch-worker.ts')).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(boot, { eval: true, workerData: job });
};

/** Plays the seeds on `threads` worker threads; rejects on the first failed game. */
export const playInThreads = async (job: BatchJob, seeds: readonly number[], threads: number, onResult: OnResult): Promise<void> => {
  let bundle: string | null = null;
  try {
    bundle = await workerBundle();
  } catch (e) {
    process.stderr.write(`batch: could not build the worker bundle (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); the workers will compile the sources\n`);
  }
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      let exited = 0;
      for (let w = 0; w < threads; w++) {
        const worker = startWorker(bundle, job);
        workers.push(worker);
        const feed = (): void => {
          if (next < seeds.length) worker.postMessage({ seed: seeds[next++] });
          else worker.postMessage({ done: true });
        };
        worker.on('message', (m: { ready?: boolean; seed?: number; summary?: GameResultSummary; error?: string }) => {
          if (m.error !== undefined) {
            reject(new Error(`seed ${m.seed}: ${m.error}`));
            return;
          }
          if (m.summary) {
            done++;
            try {
              onResult(m.summary);
            } catch (e) {
              reject(e);
              return;
            }
          }
          feed();
        });
        worker.on('error', reject);
        worker.on('exit', () => {
          exited++;
          if (exited === threads) {
            if (done === seeds.length) resolve();
            else reject(new Error(`only ${done} of ${seeds.length} games finished`));
          }
        });
      }
    });
  } finally {
    for (const w of workers) void w.terminate();
  }
};
