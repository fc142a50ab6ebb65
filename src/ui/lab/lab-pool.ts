/**
 * A pool of Web Workers for the lab: `size` workers (the page keeps one core: `poolSize`), each sent the same opening
 * message once, then given tasks in the order they were listed — the next task goes to whichever worker comes free
 * first. `cancel` ends every worker at once (a game in progress cannot be interrupted any other way) and no further
 * result is reported. The workers are made by a factory, so the scheduling is tested with fakes in plain Node.
 */

/** What the pool needs of a worker (a DOM `Worker` has all of it). */
export interface PoolWorker<In, Out> {
  postMessage(message: In): void;
  onmessage: ((event: { data: Out }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

/** A reply names the task it answers. */
export interface PoolReply {
  readonly taskId: number;
}

/** Workers for a page: all cores but one, and at least one. */
export const poolSize = (hardwareConcurrency: number | undefined): number => Math.max(1, (hardwareConcurrency ?? 2) - 1);

export class WorkerPool<Task extends { readonly taskId: number }, Init, Reply extends PoolReply> {
  private readonly workers: PoolWorker<Task | Init, Reply>[] = [];
  private readonly idle: PoolWorker<Task | Init, Reply>[] = [];
  private queue: Task[] = [];
  private readonly waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  private cancelled = false;

  constructor(
    private readonly size: number,
    private readonly create: () => PoolWorker<Task | Init, Reply>,
    private readonly init: Init,
  ) {}

  get workerCount(): number {
    return this.workers.length;
  }

  /** Queues a task; the promise settles with its reply (or rejects if the worker fails or the pool is cancelled). */
  submit(task: Task): Promise<Reply> {
    if (this.cancelled) return Promise.reject(new Error('cancelled'));
    const done = new Promise<Reply>((resolve, reject) => this.waiting.set(task.taskId, { resolve, reject }));
    this.queue.push(task);
    this.pump();
    return done;
  }

  /** Stops every worker; tasks not yet answered reject with "cancelled". */
  cancel(): void {
    this.cancelled = true;
    this.queue = [];
    for (const w of this.workers) w.terminate();
    this.workers.length = 0;
    this.idle.length = 0;
    for (const { reject } of this.waiting.values()) reject(new Error('cancelled'));
    this.waiting.clear();
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.cancelled) {
      const worker = this.idle.pop() ?? (this.workers.length < this.size ? this.spawn() : undefined);
      if (!worker) return;
      worker.postMessage(this.queue.shift()!);
    }
  }

  private spawn(): PoolWorker<Task | Init, Reply> {
    const worker = this.create();
    let current: number | null = null;
    const send = worker.postMessage.bind(worker);
    // Remember which task the worker holds, so a crash rejects that task only.
    worker.postMessage = (m) => {
      if (typeof m === 'object' && m !== null && 'taskId' in m) current = (m as Task).taskId;
      send(m);
    };
    worker.onmessage = (e) => {
      const reply = e.data;
      const waiter = this.waiting.get(reply.taskId);
      this.waiting.delete(reply.taskId);
      current = null;
      if (!this.cancelled) this.idle.push(worker);
      waiter?.resolve(reply);
      this.pump();
    };
    worker.onerror = (e) => {
      const id = current;
      current = null;
      if (id !== null) {
        this.waiting.get(id)?.reject(new Error(`a lab worker failed: ${String((e as { message?: unknown })?.message ?? e)}`));
        this.waiting.delete(id);
      }
      if (!this.cancelled) this.idle.push(worker);
      this.pump();
    };
    this.workers.push(worker);
    send(this.init);
    return worker;
  }
}
