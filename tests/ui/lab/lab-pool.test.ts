import { describe, expect, it } from 'vitest';
import { poolSize, WorkerPool, type PoolWorker } from '../../../src/ui/lab/lab-pool';

interface Task {
  taskId: number;
}
interface Reply {
  taskId: number;
  by: number;
}

/** A fake worker that answers when the test says so. */
class FakeWorker implements PoolWorker<Task | string, Reply> {
  readonly got: (Task | string)[] = [];
  onmessage: ((e: { data: Reply }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  terminated = false;
  constructor(readonly id: number) {}
  postMessage(m: Task | string): void {
    this.got.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(): void {
    const last = this.got.at(-1) as Task;
    this.onmessage?.({ data: { taskId: last.taskId, by: this.id } });
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the lab worker pool', () => {
  it('keeps a core for the page', () => {
    expect(poolSize(8)).toBe(7);
    expect(poolSize(2)).toBe(1);
    expect(poolSize(1)).toBe(1);
    expect(poolSize(undefined)).toBe(1);
  });

  it('opens each worker once, hands tasks out in order to whoever is free, and stops on cancel', async () => {
    const made: FakeWorker[] = [];
    const pool = new WorkerPool<Task, string, Reply>(2, () => (made.push(new FakeWorker(made.length)), made.at(-1)!), 'init');
    const replies: Reply[] = [];
    const failures: string[] = [];
    for (let id = 1; id <= 5; id++) pool.submit({ taskId: id }).then((r) => replies.push(r), (e: Error) => failures.push(`${id}:${e.message}`));
    expect(made.length).toBe(2);
    expect(made.map((w) => w.got)).toEqual([['init', { taskId: 1 }], ['init', { taskId: 2 }]]);
    made[1]!.answer(); // worker 1 is free first: it takes task 3
    expect(made[1]!.got.at(-1)).toEqual({ taskId: 3 });
    made[0]!.answer();
    expect(made[0]!.got.at(-1)).toEqual({ taskId: 4 });
    await tick();
    expect(replies).toEqual([{ taskId: 2, by: 1 }, { taskId: 1, by: 0 }]);
    pool.cancel();
    await tick();
    expect(made.every((w) => w.terminated)).toBe(true);
    expect(failures.sort()).toEqual(['3:cancelled', '4:cancelled', '5:cancelled']);
    expect(made.length).toBe(2);
  });

  it('a worker’s crash fails its own task only', async () => {
    const made: FakeWorker[] = [];
    const pool = new WorkerPool<Task, string, Reply>(1, () => (made.push(new FakeWorker(made.length)), made.at(-1)!), 'init');
    const out: string[] = [];
    pool.submit({ taskId: 1 }).then(() => out.push('1 ok'), () => out.push('1 failed'));
    pool.submit({ taskId: 2 }).then(() => out.push('2 ok'), () => out.push('2 failed'));
    made[0]!.onerror?.({ message: 'boom' });
    made[0]!.answer();
    await tick();
    expect(out).toEqual(['1 failed', '2 ok']);
  });
});
