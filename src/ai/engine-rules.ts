/**
 * The AI's questions answered by the real engine: reachable hexes from `reachable`, odds from `previewAttack`, and
 * for headless games the engine's `viewFor` and `applyCommand`. The AI passes the side's view state to every call.
 */
import { applyCommand, hexAt, previewAttack, reachable, viewFor, type AttackPreview } from '../engine';
import type { AiRules, AttackOdds, GameDriver, ReachableHex } from './engine-port';

/** A knocked-out tank, car or gun counts as this many men lost when the AI weighs odds. */
export const VEHICLE_WORTH_MEN = 12;
/** A broken attacking unit counts as this many men lost (cohesion and the turns it takes to rally). */
export const BREAK_WORTH_MEN = 40;

const oddsOf = (p: AttackPreview): AttackOdds => ({
  enemyLoss: Math.round(p.expected.defender.men + VEHICLE_WORTH_MEN * p.expected.defender.vehicles),
  ownLoss: Math.round(p.expected.attacker.men + VEHICLE_WORTH_MEN * p.expected.attacker.vehicles + BREAK_WORTH_MEN * p.attackerBreakProbability),
  takePercent: Math.round(p.hexTakenProbability * 100),
});

export const engineRules: AiRules = {
  reachableHexes(state, unitId) {
    const reach = reachable(state, unitId);
    if (!reach) return [];
    const map = state.setup.map;
    const out: ReachableHex[] = [];
    for (const index of reach.destinations) out.push({ index, hex: hexAt(map, index), cost: reach.costAt(index) });
    return out;
  },
  assaultOdds(state, attackerIds, target) {
    const p = previewAttack(state, attackerIds, target, 'assault');
    return p.ok ? oddsOf(p) : null;
  },
  // Fire missions are many and simple (no ground changes hands): the quick walk of the dice prices them well enough.
  fireOdds(state, unitId, target, kind) {
    const p = previewAttack(state, [unitId], target, kind, 'quick');
    return p.ok ? oddsOf(p) : null;
  },
  airStrikeOdds(state, target) {
    const p = previewAttack(state, [], target, 'air-strike', 'quick');
    return p.ok ? oddsOf(p) : null;
  },
};

export const engineDriver: GameDriver = { viewFor, applyCommand };
