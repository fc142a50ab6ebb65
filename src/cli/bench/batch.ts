/**
 * Batch benchmark: the speed-up of `batch --workers 2` over `--workers 1` on 8 August games, measured once in one run
 * (each a real `batch` process; the ratio of the games' wall times as `batch` reports them in stats.json, so process
 * start-up is left out). The workers load the pre-built bundle (src/cli/worker-bundle.ts), built here first so its
 * one-off build is not timed. Meaningful only on a quiet machine with at least two free cores.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT as ROOT } from '../../game/node';
import type { BenchCase } from '../bench-case';
import { workerBundle } from '../worker-bundle';

const GAMES = 8;

/** Wall seconds of the games of one batch run on `workers` threads. */
const batchSeconds = (workers: number): number => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-batch-'));
  try {
    const out = join(dir, 'stats.json');
    const r = spawnSync(process.execPath, ['--single-threaded-gc', '--import', 'tsx', join(ROOT, 'src/cli/batch.ts'), '--scenario', 'august-offensive', '--runs', String(GAMES), '--workers', String(workers), '--out', out, '-q'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench: batch failed: ${r.stderr.trim()}`);
    return (JSON.parse(readFileSync(out, 'utf8')) as { timing: { seconds: number } }).timing.seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

let bundleReady = false;

export const cases: BenchCase[] = [
  {
    name: `batch speed-up, 2 workers v 1 (${GAMES} August games)`,
    unit: 'ratio',
    target: '≥ 1.7',
    samples: 1,
    run: () => 0,
    value: () => {
      if (!bundleReady) throw new Error('bench: the worker bundle was not built');
      const one = batchSeconds(1);
      const two = batchSeconds(2);
      process.stdout.write(`  (${GAMES} August games: ${one.toFixed(1)} s on 1 worker, ${two.toFixed(1)} s on 2)\n`);
      return one / two;
    },
    setupAsync: async () => {
      await workerBundle();
      bundleReady = true;
    },
  },
];
