/**
 * A lab worker: told the scenario (and the position, when the lab plays on from one) once, then plays one whole
 * AI-against-AI game per task and answers with its summary — or, asked for a game to watch, plays it again and
 * answers with its record. Games are deterministic, so the record is the game the summary described.
 */
import type { LoadedScenario } from '../../game';
import type { LabInit, LabOrigin, LabReply, LabTask } from './lab-messages';
import { playLabGame, prepareLab } from './lab-game';

const scope = self as unknown as { onmessage: ((e: MessageEvent<LabInit | LabTask>) => void) | null; postMessage(m: LabReply): void };

let loaded: LoadedScenario | null = null;
let origin: LabOrigin | null = null;

scope.onmessage = (e) => {
  const msg = e.data;
  if ('kind' in msg) {
    loaded = prepareLab(msg.scenario);
    origin = msg.origin;
    return;
  }
  const started = performance.now();
  try {
    if (!loaded) throw new Error('the worker was given no scenario');
    const played = playLabGame(loaded, origin, msg);
    if (!played.ok) {
      scope.postMessage({ taskId: msg.taskId, ok: false, error: played.error });
      return;
    }
    scope.postMessage({ taskId: msg.taskId, ok: true, summary: played.output.summary, record: msg.want === 'record' ? played.record() : null, ms: performance.now() - started });
  } catch (err) {
    scope.postMessage({ taskId: msg.taskId, ok: false, error: String(err instanceof Error ? (err.stack ?? err.message) : err) });
  }
};
