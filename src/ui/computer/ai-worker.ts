/**
 * The computer opponent's thinking, off the main thread. Asked for a side-turn, it plays the whole of it at once on
 * its own copy of the game, exactly as headless games do (`playSideTurn` in src/ai/play-side-turn.ts, the same rules
 * and driver as `sim`): the planner only ever reads `viewFor(state, side)`, the side's fog-of-war view, and each of its
 * commands is applied to the copy so the next one is chosen from what really happened. Each command is sent to the
 * page as soon as it is chosen; the page applies it to its own game (the engine is deterministic, so it plays out the
 * same) and animates it while the planner works on the next (commands travel in small batches: see BATCH_MS).
 *
 * The worker keeps each side's memory of enemy sightings across turns, and the setup (map, clock, order of battle),
 * which comes once per game: keeping the same object keeps the engine's per-map caches (costs, sight, zones) warm.
 */
import { createMemory, engineDriver, playSideTurn, type AiMemory } from '../../ai';
import type { Command, GameSetup, Side } from '../../engine';
import type { AiReply, AiRequest } from './ai-messages';
import { workerAiRules } from './ai-rules';

const scope = self as unknown as { onmessage: ((e: MessageEvent<AiRequest>) => void) | null; postMessage(m: AiReply): void };

const memories = new Map<Side, AiMemory>();
let setup: GameSetup | null = null;

/**
 * Commands go to the page in batches, one message per BATCH_MS of planning (the first at once, the rest at the end).
 * Each message is a task of the page's main thread, and the browser may draw a frame between two tasks: sent one by
 * one, a big side's 128 commands waited for about 25 frames of a busy map when the player skipped the turn (0.4 s).
 */
const BATCH_MS = 25;

const plan = (msg: AiRequest): AiReply => {
  let batch: Command[] = [];
  let sentAt = Number.NEGATIVE_INFINITY;
  const flush = (): void => {
    if (batch.length > 0) scope.postMessage({ id: msg.id, type: 'commands', commands: batch });
    batch = [];
    sentAt = performance.now();
  };
  const send = (command: Command): void => {
    batch.push(command);
    if (performance.now() - sentAt >= BATCH_MS) flush();
  };
  const started = performance.now();
  if (msg.setup) {
    // A new game: forget what the sides saw in the last one.
    setup = msg.setup;
    memories.clear();
  }
  if (!setup) return { id: msg.id, type: 'failed', commands: [{ type: 'end-turn' }], error: 'no game setup was sent' };
  const played = playSideTurn({ ...msg.state, setup }, msg.side, {
    plan: msg.plan,
    memory: memories.get(msg.side) ?? createMemory(msg.side),
    difficulty: msg.difficulty,
    rules: workerAiRules,
    driver: engineDriver,
    onCommand: (command) => send(command),
  });
  memories.set(msg.side, played.memory);
  flush();
  return { id: msg.id, type: 'done', ms: performance.now() - started };
};

scope.onmessage = (e: MessageEvent<AiRequest>) => {
  const msg = e.data;
  try {
    scope.postMessage(plan(msg));
  } catch (err) {
    // A planner bug must not stall the game: the side ends its turn and the error is reported.
    scope.postMessage({ id: msg.id, type: 'failed', commands: [{ type: 'end-turn' }], error: String(err instanceof Error ? (err.stack ?? err.message) : err) });
  }
};
