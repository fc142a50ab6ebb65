/**
 * The main thread's side of the AI worker: one message per side-turn, answered command by command as they are
 * planned. A plan may be started early (`prepare`, while the battle's map loads) and is then taken up by `planTurn`.
 */
import type { SidePlan } from '../../scenario';
import type { Command, GameSetup, GameState, Side } from '../../engine';
import type { AiBrain } from '../controller/ai-turn';
import type { GameSession } from '../controller/game-session';
import type { AiReply, AiRequest } from './ai-messages';

/**
 * A worker started before any battle needs it. A dedicated worker's script is loaded, and messages posted to it before
 * it runs are handed over, by the page's main thread; a battle's first moments keep that thread busy painting the map
 * for a second or more, so a worker created then sat idle that long before it could start the computer's first turn
 * (measured: the request reached the worker 0.7–0.9 s after it was posted, just as the map came up). Started at boot,
 * or as the last battle closes, it is running by the time a battle asks for it.
 */
let spareWorker: Worker | null = null;

const spawnAiWorker = (): Worker => new Worker(new URL('./ai-worker.ts', import.meta.url), { type: 'module' });

/** Starts the computer's worker ahead of the first battle (idempotent). */
export const prestartAiWorker = (): void => {
  spareWorker ??= spawnAiWorker();
};

/** A side-turn asked of the worker: the replies so far, and a way to wake whoever waits for the next. */
interface PlanStream {
  readonly state: GameState;
  readonly id: number;
  readonly replies: AiReply[];
  wake: (() => void) | null;
}

export class WorkerBrain implements AiBrain {
  private worker: Worker | null = null;
  private serial = 0;
  private pending = new Map<number, (reply: AiReply) => void>();
  /** The setup the worker holds (sent once per game). */
  private sentSetup: GameSetup | null = null;
  /** A plan started ahead, not yet taken up. */
  private ahead: PlanStream | null = null;
  /** How long the worker took to plan the last side-turn, in ms (the speed test reads it). */
  lastPlanMs = 0;

  constructor(private readonly planFor: (side: Side) => SidePlan) {}

  prepare(session: GameSession): void {
    if (this.ahead?.state !== session.state) this.ahead = this.start(session);
  }

  async *planTurn(session: GameSession): AsyncGenerator<Command> {
    const stream = this.ahead?.state === session.state ? this.ahead : this.start(session);
    this.ahead = null;
    try {
      for (;;) {
        while (stream.replies.length === 0) await new Promise<void>((r) => (stream.wake = r));
        stream.wake = null;
        const reply = stream.replies.shift()!;
        if (reply.type === 'commands') yield* reply.commands;
        else if (reply.type === 'done') {
          this.lastPlanMs = reply.ms;
          return;
        } else {
          yield* reply.commands;
          return;
        }
      }
    } finally {
      this.pending.delete(stream.id);
    }
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    // The next battle's worker starts now, while nothing else is happening.
    prestartAiWorker();
    this.sentSetup = null;
    this.ahead = null;
    this.pending.clear();
  }

  private start(session: GameSession): PlanStream {
    const state = session.state;
    const side = state.activeSide;
    const setup = state.setup === this.sentSetup ? null : state.setup;
    const stream: PlanStream = { state, id: ++this.serial, replies: [], wake: null };
    this.pending.set(stream.id, (reply) => {
      stream.replies.push(reply);
      stream.wake?.();
    });
    const request: AiRequest = { id: stream.id, type: 'plan', side, plan: this.planFor(side), difficulty: session.request.difficulty, setup, state: { ...state, setup: null } };
    this.ensureWorker().postMessage(request);
    this.sentSetup = state.setup;
    return stream;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = spareWorker ?? spawnAiWorker();
    spareWorker = null;
    w.onmessage = (e: MessageEvent<AiReply>) => {
      const reply = e.data;
      if (reply.type === 'failed') console.warn(`AI: ${reply.error}`);
      // Replies to an abandoned plan (the page re-planned after a refusal) find no listener and are dropped.
      this.pending.get(reply.id)?.(reply);
    };
    this.worker = w;
    return w;
  }
}
