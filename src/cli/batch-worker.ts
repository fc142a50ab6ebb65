/**
 * A batch worker thread: loads the scenario once, then plays each seed the main thread sends and posts back the
 * game's result summary. Messages: in `{ seed }` or `{ done: true }`; out `{ seed, summary }` or `{ seed, error }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareScenario, type BatchJob } from './batch-job';

const job = workerData as BatchJob;
const prepared = prepareScenario(job);
const port = parentPort!;
port.on('message', (m: { seed?: number; done?: boolean }) => {
  if (m.done || m.seed === undefined) {
    port.close();
    return;
  }
  try {
    port.postMessage({ seed: m.seed, summary: prepared.play(m.seed) });
  } catch (e) {
    port.postMessage({ seed: m.seed, error: e instanceof Error ? e.message : String(e) });
  }
});
port.postMessage({ ready: true });
