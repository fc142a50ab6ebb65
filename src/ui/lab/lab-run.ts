/**
 * One lab batch in progress: its games (lab-plan.ts) handed to the worker pool in playing order, the summaries kept
 * per arm and run as they come back, progress, cancel, and a game played again on request to watch it. It knows no
 * DOM; the page listens to `onChange`.
 */
import type { GameResultSummary } from '../../analysis';
import type { BySide } from '../../engine';
import type { Difficulty } from '../../ai';
import type { GameRecord } from '../../replay';
import type { Scenario } from '../../scenario';
import type { LabInit, LabOrigin, LabReply, LabTask } from './lab-messages';
import { labJobs, pairedRuns, type Arm, type LabJob } from './lab-plan';
import { WorkerPool, type PoolWorker } from './lab-pool';

export interface LabRunSpec {
  readonly scenario: Scenario;
  readonly runs: number;
  readonly seedStart: number;
  /** The levers of each arm played (B absent: A alone). */
  readonly levers: Readonly<Partial<Record<Arm, Readonly<Record<string, number>>>>>;
  readonly difficulty: BySide<Difficulty>;
  readonly origin: LabOrigin | null;
}

export type LabStatus = 'running' | 'done' | 'cancelled' | 'failed';

export type WorkerFactory = () => PoolWorker<LabTask | LabInit, LabReply>;

export class LabRun {
  readonly arms: readonly Arm[];
  readonly jobs: readonly LabJob[];
  readonly results: Record<Arm, Map<number, GameResultSummary>> = { a: new Map(), b: new Map() };
  status: LabStatus = 'running';
  error: string | null = null;
  readonly startedAt = Date.now();
  finishedAt: number | null = null;
  private readonly pool: WorkerPool<LabTask, LabInit, LabReply>;
  private serial = 0;
  /** The records asked for, by arm and run (a game is played again only once). */
  private readonly records = new Map<string, Promise<GameRecord>>();

  constructor(
    readonly spec: LabRunSpec,
    size: number,
    factory: WorkerFactory,
    private readonly onChange: (run: LabRun) => void,
  ) {
    this.arms = spec.levers.b ? ['a', 'b'] : ['a'];
    this.jobs = labJobs(spec.runs, spec.seedStart, this.arms);
    this.pool = new WorkerPool<LabTask, LabInit, LabReply>(Math.max(1, Math.min(size, this.jobs.length)), factory, { kind: 'init', scenario: spec.scenario, origin: spec.origin });
    let left = this.jobs.length;
    for (const job of this.jobs) {
      void this.pool.submit(this.task(job, 'summary')).then(
        (reply) => {
          if (this.status !== 'running') return;
          if (!reply.ok) return this.fail(`Game ${job.run + 1} (${job.arm.toUpperCase()}, seed ${job.seed}) could not be played: ${reply.error}`);
          this.results[job.arm].set(job.run, reply.summary);
          if (--left === 0) {
            this.status = 'done';
            this.finishedAt = Date.now();
          }
          this.onChange(this);
        },
        (e: Error) => {
          if (this.status === 'running') this.fail(e.message);
        },
      );
    }
  }

  get workerCount(): number {
    return this.pool.workerCount;
  }

  /** Games finished, of all the games asked for. */
  get done(): number {
    return this.results.a.size + this.results.b.size;
  }

  get total(): number {
    return this.jobs.length;
  }

  /** The runs every arm has finished (what headline figures and comparisons use). */
  get paired(): number[] {
    return pairedRuns(this.results, this.arms);
  }

  /** The summaries of an arm over the paired runs, in run order. */
  summaries(arm: Arm): GameResultSummary[] {
    return this.paired.map((run) => this.results[arm].get(run)!);
  }

  cancel(): void {
    if (this.status !== 'running') return;
    this.status = 'cancelled';
    this.finishedAt = Date.now();
    this.pool.cancel();
    this.onChange(this);
  }

  /**
   * The record of one game, played again in a worker of its own (the pool may be busy, or cancelled): the same
   * scenario, levers, levels and seed give the same game.
   */
  record(arm: Arm, run: number, factory: WorkerFactory): Promise<GameRecord> {
    const key = `${arm}:${run}`;
    const known = this.records.get(key);
    if (known) return known;
    const job = this.jobs.find((j) => j.arm === arm && j.run === run);
    if (!job) return Promise.reject(new Error(`there is no run ${run + 1} in arm ${arm.toUpperCase()}`));
    const one = new WorkerPool<LabTask, LabInit, LabReply>(1, factory, { kind: 'init', scenario: this.spec.scenario, origin: this.spec.origin });
    const promise = one.submit(this.task(job, 'record')).then((reply) => {
      one.cancel();
      if (!reply.ok || !reply.record) throw new Error(reply.ok ? 'no record came back' : reply.error);
      return reply.record;
    });
    promise.catch(() => this.records.delete(key));
    this.records.set(key, promise);
    return promise;
  }

  private task(job: LabJob, want: LabTask['want']): LabTask {
    return { taskId: ++this.serial, want, levers: this.spec.levers[job.arm] ?? {}, seed: job.seed, difficulty: this.spec.difficulty };
  }

  private fail(message: string): void {
    this.status = 'failed';
    this.error = message;
    this.finishedAt = Date.now();
    this.pool.cancel();
    this.onChange(this);
  }
}
