/**
 * Replay viewer benchmarks on a recorded August game (AI against AI, seed 1): opening the record (one pass with
 * per-turn hash checks), jumping to a turn, one step back, and the memory the cursor's keyframes keep.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { ReplayCursor, type GameRecord } from '../../replay';
import type { BenchCase } from '../bench-case';
import { headlessRecord, loadScenarioGame, runGame, type LoadedScenario } from '../../game/node';

let loaded: LoadedScenario | null = null;
let record: GameRecord | null = null;
let cursor: ReplayCursor | null = null;

const prepare = (): { loaded: LoadedScenario; record: GameRecord; cursor: ReplayCursor } => {
  if (!loaded || !record || !cursor) {
    const l = loadScenarioGame('august-offensive');
    if (!l.ok) throw new Error(`bench: ${l.message}`);
    const start = l.start(1, {});
    if (!start.ok) throw new Error(`bench: ${start.message}`);
    const difficulty = { soviet: 'regular', japanese: 'regular' } as const;
    const { game } = runGame({ state: start.state, plan: l.plan, difficulty, seed: 1, levers: {}, engineVersion: 'bench' });
    record = headlessRecord(game, { engineVersion: 'bench', seed: 1, difficulty }, start.state.setup);
    const c = ReplayCursor.open(l.scenario, record);
    if (!c.ok) throw new Error(`bench: ${c.reason}`);
    loaded = l;
    cursor = c.cursor;
  }
  return { loaded, record, cursor };
};

/** The heap a freshly opened cursor keeps alive, in MB (forced collections before and after). */
const keyframeMegabytes = (): number => {
  setFlagsFromString('--expose_gc');
  const gc = runInNewContext('gc') as () => void;
  const { loaded: l, record: r } = prepare();
  gc();
  const before = process.memoryUsage().heapUsed;
  const opened = ReplayCursor.open(l.scenario, r);
  gc();
  const after = process.memoryUsage().heapUsed;
  if (!opened.ok) throw new Error(opened.reason);
  // Keep the cursor reachable until after the measurement.
  return opened.cursor.keyframeCount > 0 ? (after - before) / 1e6 : 0;
};

let nextTurn = 0;

export const cases: readonly BenchCase[] = [
  {
    name: 'replay: open the August record (play through, check hashes)',
    unit: 'ms',
    target: '≤ 3000 ms',
    budgetMs: 6000,
    setup: () => void prepare(),
    run: () => {
      const { loaded: l, record: r } = prepare();
      const c = ReplayCursor.open(l.scenario, r);
      return c.ok ? c.cursor.length : 0;
    },
  },
  {
    name: 'replay: jump to a turn of the August record',
    unit: 'ms',
    target: '≤ 150 ms',
    setup: () => void prepare(),
    run: () => {
      const c = prepare().cursor;
      // Turns visited in a scattered order (a stride coprime with the turn count), never the one we are on.
      nextTurn = (nextTurn + 17) % c.lastTurn;
      return c.seek(c.turnStart(nextTurn + 1) + 3).turn;
    },
  },
  {
    name: 'replay: one step back in the August record',
    unit: 'ms',
    target: '≤ 30 ms',
    setup: () => {
      const c = prepare().cursor;
      c.seek(c.length);
    },
    run: () => {
      const c = prepare().cursor;
      if (c.position === 0) c.seek(c.length);
      return c.back().commandCount;
    },
  },
  {
    name: 'replay: keyframe memory of the August record',
    unit: 'MB',
    target: '≤ 100 MB',
    setup: () => void prepare(),
    value: keyframeMegabytes,
    run: () => 0,
  },
];
