/**
 * The AI's questions (src/ai/engine-port.ts) answered by the engine inside the worker: reachable hexes from
 * `reachable`, and attack odds (expected losses both ways, chance to take the hex) from `previewAttack`. Asked of the
 * AI side's fogged view only.
 */
import type { AiRules, AttackOdds, ReachableHex } from '../../ai/engine-port';
import { previewAttack, type PreviewResult } from '../../engine/combat';
import { hexAt } from '../../engine/map';
import { reachable } from '../../engine/movement';

/** An armoured vehicle or gun lost weighs like this many men when the AI weighs expected losses. */
const VEHICLE_MEN = 20;

const odds = (p: PreviewResult): AttackOdds | null =>
  p.ok
    ? {
        enemyLoss: Math.round(p.expected.defender.men + VEHICLE_MEN * p.expected.defender.vehicles),
        ownLoss: Math.round(p.expected.attacker.men + VEHICLE_MEN * p.expected.attacker.vehicles),
        takePercent: p.kind === 'assault' ? Math.round(100 * p.hexTakenProbability) : 0,
      }
    : null;

export const workerAiRules: AiRules = {
  reachableHexes(state, unitId): readonly ReachableHex[] {
    const r = reachable(state, unitId);
    if (!r) return [];
    return r.destinations
      .slice()
      .sort((a, b) => a - b)
      .map((index) => ({ index, hex: hexAt(state.setup.map, index), cost: r.costAt(index) }));
  },
  assaultOdds: (state, attackerIds, target) => odds(previewAttack(state, attackerIds, target, 'assault')),
  fireOdds: (state, unitId, target, kind) => odds(previewAttack(state, [unitId], target, kind)),
  airStrikeOdds: (state, target) => odds(previewAttack(state, [], target, 'air-strike')),
};
