/**
 * The computer opponent's thinking, off the main thread. It keeps one side-turn planner per side and that side's
 * memory of enemy sightings across turns, and it only ever receives that side's fog-of-war view, never the real game:
 * the main thread applies each command it returns and sends the fresh view for the next question.
 *
 * The view's setup (map, clock, the side's own order of battle) does not change during a game, so it comes once with
 * `begin` and each `next` carries only the changing part of the state. Besides saving the copy, this keeps the map
 * the same object from one question to the next, so the engine's per-map caches (costs, sight, zones) stay warm.
 */
import { createMemory, createSideTurnPlanner, type AiMemory, type SideTurnPlanner } from '../../ai';
import type { Command, GameSetup, Side } from '../../engine';
import type { AiReply, AiRequest } from './ai-messages';
import { workerAiRules } from './ai-rules';

const scope = self as unknown as { onmessage: ((e: MessageEvent<AiRequest>) => void) | null; postMessage(m: AiReply): void };

const memories = new Map<Side, AiMemory>();
const planners = new Map<Side, SideTurnPlanner>();
const setups = new Map<Side, GameSetup>();

const begin = (msg: Extract<AiRequest, { type: 'begin' }>): void => {
  // Keep the setup object we already hold when the new one is the same game's (the caches hang on it).
  const given = msg.setup;
  const held = setups.get(msg.side);
  if (!held || held.contentHash !== given.contentHash || held.scenarioId !== given.scenarioId || JSON.stringify(held.levers) !== JSON.stringify(given.levers)) setups.set(msg.side, given);
  planners.set(msg.side, createSideTurnPlanner(msg.side, msg.plan, memories.get(msg.side) ?? createMemory(msg.side), { difficulty: msg.difficulty, rules: workerAiRules }));
};

const next = (msg: Extract<AiRequest, { type: 'next' }>): Command => {
  const planner = planners.get(msg.side);
  const setup = setups.get(msg.side);
  if (!planner || !setup) return { type: 'end-turn' };
  const command = planner.next({ state: { ...msg.view.state, setup }, visible: msg.view.visible });
  if (command.type === 'end-turn') {
    memories.set(msg.side, planner.memory());
    planners.delete(msg.side);
  }
  return command;
};

const answer = (msg: AiRequest): AiReply => {
  switch (msg.type) {
    case 'begin':
      begin(msg);
      return { id: msg.id, type: 'ready' };
    case 'next':
      return { id: msg.id, type: 'command', command: next(msg) };
  }
};

scope.onmessage = (e: MessageEvent<AiRequest>) => {
  const msg = e.data;
  try {
    scope.postMessage(answer(msg));
  } catch (err) {
    // A planner bug must not stall the game: the side ends its turn and the error is reported.
    planners.delete(msg.side);
    scope.postMessage({ id: msg.id, type: 'failed', command: { type: 'end-turn' }, error: String(err instanceof Error ? err.stack ?? err.message : err) });
  }
};
