/**
 * Movement on the bundled scenarios' real maps: `reachable` agrees with the naive reference implementation for a
 * sample of units of both sides, and the Khalkhin Gol is only crossed where a crossing exists.
 */
import { describe, expect, it } from 'vitest';
import { hexKey, type Direction } from '../../src/engine/hex';
import { indexOf } from '../../src/engine/map';
import { movementAllowance } from '../../src/engine/mobility';
import { pathTo, reachable } from '../../src/engine/movement';
import { crossingAt } from '../../src/engine/crossings';
import type { GameState } from '../../src/engine/types';
import { createGame } from '../../src/scenario/create-game';
import { parseScenario } from '../../src/scenario/parse';
import { referenceReachable } from '../helpers/reference-reachable';
import { SCENARIO_IDS, scenarioText } from './bundled-scenarios';

/** The scenario's opening position with `side` to move and its units given their full allowance. */
const opening = (id: string, side: 'soviet' | 'japanese'): GameState => {
  const parsed = parseScenario(scenarioText(id));
  if (!parsed.ok) throw new Error(`${id}: ${parsed.errors[0]?.message}`);
  const game = createGame(parsed.scenario, { seed: 1 });
  const state = { ...game, activeSide: side };
  return { ...state, units: state.units.map((u) => (u.side === side ? { ...u, mp: movementAllowance(state, u) } : u)) };
};

describe.each(SCENARIO_IDS)('movement on the %s map', (id) => {
  it.each(['soviet', 'japanese'] as const)('%s units reach what the naive reference reaches, crossing the river only at crossings', (side) => {
    const state = opening(id, side);
    const map = state.setup.map;
    const movers = state.units.filter((u) => u.side === side && u.hex !== null && u.mp > 0);
    expect(movers.length).toBeGreaterThan(0);
    // Four units spread through the list, so the slow reference stays quick on the August map.
    const step = Math.max(1, Math.floor(movers.length / 4));
    const sample = movers.filter((_, k) => k % step === 0).slice(0, 4);
    for (const u of sample) {
      const reach = reachable(state, u.id)!;
      const mine = new Map(reach.hexes.map((h) => [hexKey(h.hex), h.cost]));
      expect(mine).toEqual(referenceReachable(state, u.id));
      for (const { hex } of reach.hexes) {
        const path = pathTo(reach, hex)!;
        for (let k = 1; k < path.length; k++) {
          const i = indexOf(map, path[k - 1]!);
          const d = map.neighbours.slice(i * 6, i * 6 + 6).indexOf(indexOf(map, path[k]!)) as Direction;
          if (map.river[i * 6 + d] === 'major') expect(crossingAt(state, i, d)).not.toBe('none');
        }
      }
    }
  });
});
