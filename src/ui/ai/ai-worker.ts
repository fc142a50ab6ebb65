/**
 * The computer opponent's thinking, off the main thread. It keeps one planner per side and its memory of enemy
 * sightings across turns; it only ever receives that side's fog-of-war view, never the real game.
 */
import type { Command } from '../../engine/types';
import type { Side } from '../../engine/vocabulary';

export type AiRequest =
  | { readonly id: number; readonly type: 'begin'; readonly side: Side; readonly plan: unknown; readonly difficulty: string }
  | { readonly id: number; readonly type: 'next'; readonly side: Side; readonly view: unknown };

export interface AiReply {
  readonly id: number;
  readonly command: Command | null;
  readonly error?: string;
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<AiRequest>) => void) | null; postMessage(m: AiReply): void };

scope.onmessage = (e: MessageEvent<AiRequest>) => {
  const msg = e.data;
  try {
    if (msg.type === 'begin') {
      scope.postMessage({ id: msg.id, command: null });
      return;
    }
    // Until the AI (src/ai) is wired in, the computer side only ends its turn.
    scope.postMessage({ id: msg.id, command: { type: 'end-turn' } });
  } catch (err) {
    scope.postMessage({ id: msg.id, command: { type: 'end-turn' }, error: String(err) });
  }
};
