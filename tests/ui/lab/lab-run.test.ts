import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../../src/scenario';
import type { LabInit, LabReply, LabTask } from '../../../src/ui/lab/lab-messages';
import type { PoolWorker } from '../../../src/ui/lab/lab-pool';
import { LabRun } from '../../../src/ui/lab/lab-run';
import { labCsv, labFigures } from '../../../src/ui/lab/lab-figures';
import { summary } from '../../helpers/result-summary';

const parsed = parseScenario(readFileSync('scenarios/tutorial.json', 'utf8'));
if (!parsed.ok) throw new Error('tutorial');
const scenario: Scenario = parsed.scenario;

/** A worker that answers each task with a made-up summary when told to; B's games are Japanese wins on odd seeds. */
class FakeWorker implements PoolWorker<LabTask | LabInit, LabReply> {
  static made: FakeWorker[] = [];
  readonly got: (LabTask | LabInit)[] = [];
  onmessage: ((e: { data: LabReply }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(m: LabTask | LabInit): void {
    this.got.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(): void {
    const t = this.got.at(-1) as LabTask;
    const b = t.levers['tutorial-japanese-strength'] === 150;
    const s = summary({ seed: t.seed, winner: b && t.seed % 2 === 1 ? 'japanese' : 'soviet', levers: { ...t.levers }, events: { 'tut-village-taken': b ? null : 2 } });
    this.onmessage?.({ data: { taskId: t.taskId, ok: true, summary: { ...s, scenario: 'tutorial' }, record: null, ms: 1 } });
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('a lab run', () => {
  it('plays A and B on the same seeds, interleaved, and sums them up', async () => {
    FakeWorker.made = [];
    let changes = 0;
    const run = new LabRun(
      { scenario, runs: 3, seedStart: 5, levers: { a: {}, b: { 'tutorial-japanese-strength': 150 } }, difficulty: { soviet: 'regular', japanese: 'regular' }, origin: null },
      2,
      () => new FakeWorker(),
      () => changes++,
    );
    const [w0, w1] = FakeWorker.made;
    expect(FakeWorker.made.length).toBe(2);
    expect(w0!.got[0]).toMatchObject({ kind: 'init', origin: null });
    const order = () => FakeWorker.made.flatMap((w) => w.got.filter((m): m is LabTask => 'taskId' in m)).sort((x, y) => x.taskId - y.taskId).map((t) => `${t.levers['tutorial-japanese-strength'] ? 'B' : 'A'}${t.seed}`);
    expect(order()).toEqual(['A5', 'B5']);
    for (let k = 0; k < 3; k++) {
      w0!.answer();
      w1!.answer();
      await tick();
    }
    expect(order()).toEqual(['A5', 'B5', 'A6', 'B6', 'A7', 'B7']);
    expect(run.status).toBe('done');
    expect(run.done).toBe(6);
    expect(changes).toBe(6);
    expect(run.paired).toEqual([0, 1, 2]);
    expect(run.summaries('b').map((r) => r.winner)).toEqual(['japanese', 'soviet', 'japanese']);

    const f = labFigures(scenario, run, null);
    expect(f.provisional).toBe(false);
    expect(f.armNames.a).toBe("A: history's settings");
    expect(f.counts.a[0]).toBe('3 of 3 games ended in a Soviet victory (100 %).');
    expect(f.counts.b[1]).toBe('2 of 3 games ended in a Japanese victory (67 %).');
    expect(f.comparison!.find((r) => r.id === 'wins.japanese')!.sentence).toMatch(/in 2 of 3 games against 0 of 3/);
    expect(f.rows.map((r) => `${r.arm}${r.run}`)).toEqual(['a0', 'b0', 'a1', 'b1', 'a2', 'b2']);
    expect(f.games.length).toBe(6);
    const village = f.charts.find((c) => c.id === 'event-tut-village-taken')!;
    expect(village.series.map((s) => s.counts[1])).toEqual([3, 0]);
    expect(village.summary).toContain('B: in 0 of 3 games (never in 3)');

    const csv = labCsv(scenario, run).trim().split('\n');
    expect(csv.length).toBe(7);
    expect(csv[0]).toMatch(/^arm,run,seed,winner,/);
    expect(csv.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['A,1,5', 'B,1,5', 'A,2,6', 'B,2,6', 'A,3,7', 'B,3,7']);
  });

  it('a cancelled run ends its workers, ignores late answers and compares whole pairs only', async () => {
    FakeWorker.made = [];
    const run = new LabRun(
      { scenario, runs: 10, seedStart: 1, levers: { a: {}, b: { 'tutorial-japanese-strength': 150 } }, difficulty: { soviet: 'regular', japanese: 'regular' }, origin: null },
      2,
      () => new FakeWorker(),
      () => undefined,
    );
    const [w0, w1] = FakeWorker.made;
    w0!.answer(); // A1
    await tick();
    w0!.answer(); // A2 (w0 took the third task)
    await tick();
    run.cancel();
    w1!.answer(); // B1 arrives too late
    await tick();
    expect(run.status).toBe('cancelled');
    expect(FakeWorker.made.every((w) => w.terminated)).toBe(true);
    expect(run.done).toBe(2);
    expect(run.paired).toEqual([]);
    const f = labFigures(scenario, run, null);
    expect(f.provisional).toBe(true);
    expect(f.comparison).toBeNull();
    expect(f.counts.a).toEqual(['No run has finished in both arms yet (games are counted in pairs, A with B).']);
  });
});
