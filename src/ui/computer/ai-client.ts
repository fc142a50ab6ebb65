/** The main thread's side of the AI worker: one message per question, answered in order. */
import type { SidePlan } from '../../scenario';
import type { Command, Side } from '../../engine';
import type { AiBrain } from '../controller/ai-turn';
import type { GameSession } from '../controller/game-session';
import type { AiQuestion, AiReply, AiRequest } from './ai-messages';

export class WorkerBrain implements AiBrain {
  private worker: Worker | null = null;
  private serial = 0;
  private pending = new Map<number, (reply: AiReply) => void>();

  constructor(private readonly planFor: (side: Side) => SidePlan) {}

  async beginTurn(session: GameSession): Promise<void> {
    const side = session.state.activeSide;
    // The fogged setup once per turn; each question then sends only the state that changes (see ai-worker.ts).
    await this.ask({ type: 'begin', side, plan: this.planFor(side), difficulty: session.request.difficulty, setup: session.view(side).state.setup });
  }

  async next(session: GameSession): Promise<Command> {
    const side = session.state.activeSide;
    const view = session.view(side);
    const reply = await this.ask({ type: 'next', side, view: { state: { ...view.state, setup: null }, visible: view.visible } });
    return reply.type === 'ready' ? { type: 'end-turn' } : reply.command;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
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
