/** The main thread's side of the AI worker: one message per side-turn, answered with that side-turn's commands. */
import type { SidePlan } from '../../scenario/ai-plan';
import type { Command, GameSetup } from '../../engine/types';
import type { Side } from '../../engine/vocabulary';
import type { AiBrain } from '../controller/ai-turn';
import type { GameSession } from '../controller/game-session';
import type { AiQuestion, AiReply, AiRequest } from './ai-messages';

export class WorkerBrain implements AiBrain {
  private worker: Worker | null = null;
  private serial = 0;
  private pending = new Map<number, (reply: AiReply) => void>();
  /** The setup the worker holds (sent once per game). */
  private sentSetup: GameSetup | null = null;
  /** How long the worker took to plan the last side-turn, in ms (the speed test reads it). */
  lastPlanMs = 0;

  constructor(private readonly planFor: (side: Side) => SidePlan) {}

  async planTurn(session: GameSession): Promise<readonly Command[]> {
    const state = session.state;
    const side = state.activeSide;
    const setup = state.setup === this.sentSetup ? null : state.setup;
    const reply = await this.ask({ type: 'plan', side, plan: this.planFor(side), difficulty: session.request.difficulty, setup, state: { ...state, setup: null } });
    this.sentSetup = state.setup;
    if (reply.type === 'commands') this.lastPlanMs = reply.ms;
    return reply.commands;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.sentSetup = null;
    this.pending.clear();
  }

  private ask(q: AiQuestion): Promise<AiReply> {
    const worker = this.ensureWorker();
    const id = ++this.serial;
    const request: AiRequest = { ...q, id };
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage(request);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./ai-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<AiReply>) => {
      const reply = e.data;
      const done = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.type === 'failed') console.warn(`AI: ${reply.error}`);
      done?.(reply);
    };
    this.worker = w;
    return w;
  }
}
