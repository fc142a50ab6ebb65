/**
 * A deliberately naive reimplementation of the movement rules for cross-checking `reachable`: Bellman–Ford relaxation
 * over "q,r" string keys, rules read straight from the units list with no caches or typed arrays.
 */
import { crossingAt } from '../../src/engine/crossings';
import { DIRECTION_VECTORS, hexKey, sameHex, type Axial, type Direction } from '../../src/engine/hex';
import { indexOf } from '../../src/engine/map';
import { unitMobility } from '../../src/engine/mobility';
import { IMPASSABLE, stepCost } from '../../src/engine/movement-costs';
import { MAX_UNITS_PER_HEX, STACK_POINTS, stackLimitPoints } from '../../src/engine/stacking';
import type { GameState, Unit } from '../../src/engine/types';

const onBoard = (u: Unit) => u.hex !== null && (u.status === 'active' || u.status === 'routed');

const inEnemyZone = (state: GameState, side: Unit['side'], h: Axial): boolean =>
  state.units.some((e) => {
    if (e.side === side || e.status !== 'active' || e.hex === null || e.men <= 0 || e.cohesion <= 0 || e.kind === 'headquarters') return false;
    if (sameHex(e.hex, h)) return true;
    for (let d = 0; d < 6; d++) {
      const v = DIRECTION_VECTORS[d]!;
      if (e.hex.q + v.q !== h.q || e.hex.r + v.r !== h.r) continue;
      const i = indexOf(state.setup.map, e.hex);
      if (state.setup.map.river[i * 6 + d] === 'major' && crossingAt(state, i, d as Direction) === 'none') return false;
      return true;
    }
    return false;
  });

/** Map from "q,r" to MP cost for every hex the unit may end in. */
export const referenceReachable = (state: GameState, unitId: string): Map<string, number> => {
  const unit = state.units.find((u) => u.id === unitId)!;
  const map = state.setup.map;
  const mobility = unitMobility(unit);
  const start = unit.hex!;
  const best = new Map<string, { hex: Axial; cost: number }>([[hexKey(start), { hex: start, cost: 0 }]]);
  const enemyAt = (h: Axial) => state.units.some((e) => e.side !== unit.side && onBoard(e) && sameHex(e.hex!, h));
  const friends = (h: Axial) => state.units.filter((f) => f.side === unit.side && f.id !== unit.id && onBoard(f) && sameHex(f.hex!, h));
  const room = (h: Axial) => {
    const here = friends(h);
    const points = here.reduce((s, f) => s + STACK_POINTS[f.size], 0);
    return here.length + 1 <= MAX_UNITS_PER_HEX && points + STACK_POINTS[unit.size] <= stackLimitPoints(map);
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const { hex, cost } of Array.from(best.values())) {
      const isStart = sameHex(hex, start);
      const hereZone = inEnemyZone(state, unit.side, hex);
      if (!isStart && hereZone) continue;
      for (let d = 0; d < 6; d++) {
        const v = DIRECTION_VECTORS[d]!;
        const next = { q: hex.q + v.q, r: hex.r + v.r };
        const j = indexOf(map, next);
        if (j < 0 || enemyAt(next)) continue;
        const i = indexOf(map, hex);
        const step = stepCost(map, mobility, i, d as Direction, crossingAt(state, i, d as Direction));
        if (step === IMPASSABLE || cost + step > unit.mp) continue;
        if (inEnemyZone(state, unit.side, next) && (unit.status === 'routed' || (isStart && hereZone) || !room(next))) continue;
        const known = best.get(hexKey(next));
        if (!known || known.cost > cost + step) {
          best.set(hexKey(next), { hex: next, cost: cost + step });
          changed = true;
        }
      }
    }
  }
  const out = new Map<string, number>();
  for (const [k, { hex, cost }] of best) if (!sameHex(hex, start) && room(hex)) out.set(k, cost);
  return out;
};
