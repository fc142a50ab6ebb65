/**
 * A deliberately simple stand-in for the engine's movement and combat previews, so the AI's decision logic can be
 * tested on its own: every hex costs 1 movement point (lakes impassable, enemy hexes closed), a unit moves up to its
 * `mp`; assault and fire odds are proportional to the men and firepower on each side. Reads only the state it is
 * given — which, in the AI, is always the side's view.
 */
import { fastDistance, type Axial } from '../../src/engine/hex';
import { hexAt, indexOf } from '../../src/engine/map';
import { findUnit } from '../../src/engine/state-update';
import type { GameState } from '../../src/engine/types';
import type { AiRules, AttackOdds, ReachableHex } from '../../src/ai/engine-port';
import { unitStrength } from '../../src/ai/unit-strength';

const occupiedBy = (state: GameState, index: number): string | null => {
  for (const u of state.units) if (u.hex && (u.status === 'active' || u.status === 'routed') && indexOf(state.setup.map, u.hex) === index) return u.side;
  return null;
};

export const tableRules: AiRules = {
  reachableHexes(state, unitId) {
    const u = findUnit(state, unitId);
    if (!u?.hex) return [];
    const map = state.setup.map;
    const start = indexOf(map, u.hex);
    const cost = new Map<number, number>([[start, 0]]);
    let frontier = [start];
    const budget = u.mp > 0 ? u.mp : 0;
    for (let step = 1; step <= budget; step++) {
      const next: number[] = [];
      for (const i of frontier) {
        for (let d = 0; d < 6; d++) {
          const j = map.neighbours[i * 6 + d]!;
          if (j < 0 || cost.has(j) || map.terrain[j] === 'lake') continue;
          const occ = occupiedBy(state, j);
          if (occ !== null && occ !== u.side) continue;
          cost.set(j, step);
          next.push(j);
        }
      }
      frontier = next;
    }
    const out: ReachableHex[] = [];
    for (const [index, c] of [...cost.entries()].sort((a, b) => a[0] - b[0])) if (index !== start) out.push({ index, hex: hexAt(map, index), cost: c });
    return out;
  },
  assaultOdds(state, attackerIds, target: Axial): AttackOdds | null {
    const attackers = attackerIds.map((id) => findUnit(state, id)).filter((u) => u?.hex && fastDistance(u.hex, target) === 1);
    if (attackers.length !== attackerIds.length) return null;
    const defenders = state.units.filter((u) => u.hex && u.side !== attackers[0]!.side && u.hex.q === target.q && u.hex.r === target.r);
    if (defenders.length === 0) return null;
    const a = attackers.reduce((s, u) => s + unitStrength(u!).firepower, 0);
    const d = defenders.reduce((s, u) => s + unitStrength(u).firepower, 0);
    return { enemyLoss: Math.floor(a / 10), ownLoss: Math.floor(d / 10), takePercent: a > 2 * d ? 60 : 10 };
  },
  fireOdds(state, unitId, target, kind) {
    const u = findUnit(state, unitId);
    if (!u?.hex) return null;
    const s = unitStrength(u);
    const reach = Math.floor((kind === 'bombard' ? s.indirectRangeM : s.directRangeM) / state.setup.map.hexMetres);
    if (fastDistance(u.hex, target) > Math.max(1, reach)) return null;
    const defenders = state.units.filter((x) => x.hex && x.side !== u.side && x.hex.q === target.q && x.hex.r === target.r);
    if (defenders.length === 0) return null;
    return { enemyLoss: Math.floor(s.firepower / 20), ownLoss: 0, takePercent: 0 };
  },
  // The decision tests fly no aircraft.
  airStrikeOdds: () => null,
};
