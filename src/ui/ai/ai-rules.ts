/**
 * The AI's questions (src/ai/engine-port.ts) answered by the engine inside the worker: reachable hexes from
 * `reachable`, and attack odds from `previewAttack` once combat is wired in (until then the AI is told no attack is
 * possible, so it manoeuvres and digs in). Asked of the AI side's fogged view only.
 */
import type { AiRules, ReachableHex } from '../../ai/engine-port';
import { hexAt } from '../../engine/map';
import { reachable } from '../../engine/movement';

export const workerAiRules: AiRules = {
  reachableHexes(state, unitId): readonly ReachableHex[] {
    const r = reachable(state, unitId);
    if (!r) return [];
    return r.destinations
      .slice()
      .sort((a, b) => a - b)
      .map((index) => ({ index, hex: hexAt(state.setup.map, index), cost: r.costAt(index) }));
  },
  assaultOdds: () => null,
  fireOdds: () => null,
};
