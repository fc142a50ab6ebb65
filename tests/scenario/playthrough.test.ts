/**
 * The bundled historical scenarios run in the real engine: at the start every counter is in supply from its side's
 * sources and stands on open ground; played to the end with nothing but end-turn commands, every reinforcement arrives on its turn
 * and the clock ends the game on the last turn.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/engine/apply-command';
import { indexOf } from '../../src/engine/map';
import { checkMilestones } from '../../src/engine/milestones';
import { updateControl } from '../../src/engine/hex-control';
import { arriveReinforcements } from '../../src/engine/reinforcements';
import { computeSupply } from '../../src/engine/supply';
import type { GameState } from '../../src/engine/types';
import { createGame } from '../../src/scenario/create-game';
import { parseScenario } from '../../src/scenario/parse';
import { SCENARIO_IDS, scenarioText } from './bundled-scenarios';

const start = (id: string, levers: Record<string, number> = {}): GameState => {
  const r = parseScenario(scenarioText(id), { fileName: `${id}.json` });
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return createGame(r.scenario, { seed: 1939, levers });
};

describe.each(SCENARIO_IDS)('%s in the engine', (id) => {
  it('starts with every counter on the map in full supply from its own side\'s sources', () => {
    const state = start(id);
    for (const side of ['soviet', 'japanese'] as const) {
      const supply = computeSupply(state, side);
      const notSupplied = [...supply].filter(([, s]) => s !== 'supplied').map(([u, s]) => `${u}: ${s}`);
      expect(notSupplied, side).toEqual([]);
    }
  });

  it('reaches no milestone before anything has happened', () => {
    const state = start(id);
    expect(checkMilestones(updateControl(state)).events.map((e) => (e.type === 'milestone' ? e.id : e.type))).toEqual([]);
  });

  it('puts no counter on a lake or boxed in by water', () => {
    const state = start(id);
    const map = state.setup.map;
    const boxed = state.units
      .filter((u) => u.hex !== null)
      .filter((u) => {
        const i = indexOf(map, u.hex!);
        if (map.terrain[i] === 'lake') return true;
        return [0, 1, 2, 3, 4, 5].every((d) => {
          const j = map.neighbours[i * 6 + d]!;
          return j < 0 || map.terrain[j] === 'lake' || (map.river[i * 6 + d] === 'major' && map.crossing[i * 6 + d] === 'none');
        });
      })
      .map((u) => u.id);
    expect(boxed).toEqual([]);
  });

  it('plays to its last turn with end-turn only, bringing on every reinforcement', () => {
    let state = start(id);
    const arrivals = new Map(state.units.filter((u) => u.arrives).map((u) => [u.id, u.arrives!.turn]));
    const arrivedOn = new Map<string, number>();
    for (let i = 0; i < 4 * state.setup.clock.turns + 4 && state.result === null; i++) {
      const r = applyCommand(state, { type: 'end-turn' });
      expect(r.ok, r.ok ? '' : r.reason).toBe(true);
      if (!r.ok) return;
      for (const e of r.events) if (e.type === 'unit-arrived') arrivedOn.set(e.unitId, r.state.turn);
      state = r.state;
    }
    expect(state.result).not.toBeNull();
    expect(state.turn).toBe(state.setup.clock.turns);
    for (const [unitId, turn] of arrivals) expect(arrivedOn.get(unitId), unitId).toBe(turn);
  });

  it('with the Japanese truck park halved, part of the Japanese force is short of supply once it is all on the map', () => {
    // Every reinforcement brought on (Kobayashi's battalions reach the pontoon over the first night).
    const allIn = (s: GameState): GameState => arriveReinforcements({ ...s, turn: s.setup.clock.turns }).state;
    const full = [...computeSupply(allIn(start(id)), 'japanese').values()];
    const halved = [...computeSupply(allIn(start(id, { 'japanese-trucks': 50 })), 'japanese').values()];
    expect(full.filter((x) => x === 'limited')).toHaveLength(0);
    expect(halved.filter((x) => x === 'limited').length).toBeGreaterThan(0);
  });
});
