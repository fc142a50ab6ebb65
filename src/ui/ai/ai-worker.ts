/**
 * The computer opponent's thinking, off the main thread. It keeps one side-turn planner per side and that side's
 * memory of enemy sightings across turns, and it only ever receives that side's fog-of-war view, never the real game:
 * the main thread applies each command it returns and sends the fresh view for the next question.
 *
 * The view's setup (map, clock, the side's own order of battle) does not change during a game, so it comes once with
 * `begin` and each `next` carries only the changing part of the state. Besides saving the copy, this keeps the map
 * the same object from one question to the next, so the engine's per-map caches (costs, sight, zones) stay warm.
 */
import { isDifficulty } from '../../ai/difficulty';
import { createMemory, type AiMemory } from '../../ai/memory';
import { sidePlanFromInput, type AiPlanInput } from '../../ai/plan';
import { createSideTurnPlanner, type SideTurnPlanner } from '../../ai/side-turn';
import type { SideView } from '../../engine/vision';
import type { Command, GameState } from '../../engine/types';
import type { Side } from '../../engine/vocabulary';
import { workerAiRules } from './ai-rules';

export type AiRequest =
  | { readonly id: number; readonly type: 'begin'; readonly side: Side; readonly plan: unknown; readonly difficulty: string; readonly setup: unknown }
  /** `view.state.setup` is left out (null): the worker puts back the setup it was given with `begin`. */
  | { readonly id: number; readonly type: 'next'; readonly side: Side; readonly view: unknown };

export interface AiReply {
  readonly id: number;
  readonly command: Command | null;
  readonly error?: string;
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<AiRequest>) => void) | null; postMessage(m: AiReply): void };

const memories = new Map<Side, AiMemory>();
const planners = new Map<Side, SideTurnPlanner>();
const setups = new Map<Side, GameState['setup']>();

const answer = (msg: AiRequest): Command | null => {
  if (msg.type === 'begin') {
    const difficulty = isDifficulty(msg.difficulty) ? msg.difficulty : 'regular';
    const plan = sidePlanFromInput(msg.plan as AiPlanInput | undefined);
    // Keep the setup object we already hold when the new one is the same game's (the caches hang on it).
    const given = msg.setup as GameState['setup'];
    const held = setups.get(msg.side);
    if (!held || held.contentHash !== given.contentHash || held.scenarioId !== given.scenarioId || JSON.stringify(held.levers) !== JSON.stringify(given.levers)) setups.set(msg.side, given);
    planners.set(msg.side, createSideTurnPlanner(msg.side, plan, memories.get(msg.side) ?? createMemory(msg.side), { difficulty, rules: workerAiRules }));
    return null;
  }
  const planner = planners.get(msg.side);
  if (!planner) return { type: 'end-turn' };
  const view = msg.view as SideView;
  const setup = setups.get(msg.side);
  if (!setup) return { type: 'end-turn' };
  const command = planner.next({ state: { ...view.state, setup }, visible: view.visible });
  if (command.type === 'end-turn') {
    memories.set(msg.side, planner.memory());
    planners.delete(msg.side);
  }
  return command;
};

scope.onmessage = (e: MessageEvent<AiRequest>) => {
  const msg = e.data;
  try {
    scope.postMessage({ id: msg.id, command: answer(msg) });
  } catch (err) {
    // A planner bug must not stall the game: the side ends its turn and the error is reported.
    planners.delete(msg.side);
    scope.postMessage({ id: msg.id, command: { type: 'end-turn' }, error: String(err instanceof Error ? err.stack ?? err.message : err) });
  }
};
