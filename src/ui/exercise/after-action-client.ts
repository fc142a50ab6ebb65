/**
 * The after-action report of a game, built in a worker of its own (after-action-worker.ts) so the page stays
 * responsive while the record is replayed; where no worker can be started it is built here.
 */
import { buildAfterAction, shortDate, type AfterActionSummary, type GameOutcome } from '../../exercise';
import { clockAt, type Side } from '../../engine';
import type { GameRecord } from '../../replay';
import type { Scenario } from '../../scenario';

export interface AfterActionRequest {
  readonly scenario: Scenario;
  readonly record: GameRecord;
  readonly player: Side | null;
}

export type AfterActionReply =
  | { readonly ok: true; readonly summary: AfterActionSummary; readonly outcome: GameOutcome; readonly dates: readonly string[] }
  | { readonly ok: false; readonly reason: string };

const inline = (req: AfterActionRequest): AfterActionReply => {
  const built = buildAfterAction(req.scenario, req.record, { player: req.player });
  if (!built.ok) return { ok: false, reason: built.reason };
  const dates = Array.from({ length: built.state.setup.clock.turns + 1 }, (_, t) => shortDate(clockAt(built.state.setup, Math.max(1, t)).time));
  return { ok: true, summary: built.summary, outcome: built.outcome, dates };
};

/** The report (the worker is ended when it answers, or when `signal` says the page no longer wants it). */
export const afterActionOf = (req: AfterActionRequest, signal?: AbortSignal): Promise<AfterActionReply> => {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./after-action-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(inline(req));
  }
  return new Promise((resolve) => {
    const done = (reply: AfterActionReply) => {
      worker.terminate();
      resolve(reply);
    };
    signal?.addEventListener('abort', () => done({ ok: false, reason: 'stopped' }));
    worker.onmessage = (e: MessageEvent<AfterActionReply>) => done(e.data);
    worker.onerror = () => done(inline(req));
    worker.postMessage(req);
  });
};
