/** The main thread's side of the AI worker: one message per question, answered in order. */
import type { Command } from '../../engine/types';
import type { SideView } from '../../engine/vision';
import type { Side } from '../../engine/vocabulary';
import type { AiBrain } from '../controller/ai-turn';
import type { GameSession } from '../controller/game-session';
import type { AiReply, AiRequest } from './ai-worker';

type Question = { type: 'begin'; side: Side; plan: unknown; difficulty: string; setup: unknown } | { type: 'next'; side: Side; view: unknown };

export class WorkerBrain implements AiBrain {
  private worker: Worker | null = null;
  private serial = 0;
  private pending = new Map<number, (reply: AiReply) => void>();

  constructor(private readonly planFor: (side: Side) => unknown) {}

  async beginTurn(session: GameSession): Promise<void> {
    const side = session.state.activeSide;
    // The fogged setup once per turn; each question then sends only the state that changes (see ai-worker.ts).
    await this.ask({ type: 'begin', side, plan: this.planFor(side), difficulty: session.request.difficulty, setup: (session.view(side).raw as SideView).state.setup });
  }

  async next(session: GameSession): Promise<Command> {
    const side = session.state.activeSide;
    const raw = session.view(side).raw as SideView;
    const reply = await this.ask({ type: 'next', side, view: { ...raw, state: { ...raw.state, setup: null } } });
    return reply.command ?? { type: 'end-turn' };
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending.clear();
  }

  private ask(q: Question): Promise<AiReply> {
    const worker = this.ensureWorker();
    const id = ++this.serial;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ id, ...q } as AiRequest);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./ai-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<AiReply>) => {
      const done = this.pending.get(e.data.id);
      this.pending.delete(e.data.id);
      if (e.data.error) console.warn(`AI: ${e.data.error}`);
      done?.(e.data);
    };
    this.worker = w;
    return w;
  }
}
