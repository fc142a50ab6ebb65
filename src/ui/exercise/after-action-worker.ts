/**
 * Builds an after-action report off the page's thread: replaying a whole game is seconds of work for August (about 3 s
 * for its 6,000 commands on a laptop core), which must not freeze the end screen or the exercise page. One request,
 * one answer: the report, the outcome and each turn's date for the timeline.
 */
import { buildAfterAction, shortDate } from '../../exercise';
import { clockAt } from '../../engine';
import type { AfterActionRequest, AfterActionReply } from './after-action-client';

const scope = self as unknown as { onmessage: ((e: MessageEvent<AfterActionRequest>) => void) | null; postMessage(m: AfterActionReply): void };

scope.onmessage = (e) => {
  try {
    const built = buildAfterAction(e.data.scenario, e.data.record, { player: e.data.player });
    if (!built.ok) return scope.postMessage({ ok: false, reason: built.reason });
    const turns = built.state.setup.clock.turns;
    const dates = Array.from({ length: turns + 1 }, (_, t) => shortDate(clockAt(built.state.setup, Math.max(1, t)).time));
    scope.postMessage({ ok: true, summary: built.summary, outcome: built.outcome, dates });
  } catch (err) {
    scope.postMessage({ ok: false, reason: err instanceof Error ? err.message : String(err) });
  }
};
