/** The tutorial can be played to its end: a player who marches on the village crosses the bridge and can attack. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/engine/apply-command';
import { axialToOffset, distance, offsetToAxial } from '../../src/engine/hex';
import { legalCommands } from '../../src/engine/legal-commands';
import { reachable } from '../../src/engine/movement';
import type { Command } from '../../src/engine/types';
import { createGame } from '../../src/scenario/create-game';
import { parseScenario } from '../../src/scenario/parse';

const parsed = parseScenario(readFileSync('scenarios/tutorial.json', 'utf8'), { fileName: 'tutorial.json' });

describe('tutorial played to its end', () => {
  it('a Soviet player who marches on the village crosses the bridge, attacks, takes the village, and the game ends', () => {
    if (!parsed.ok) throw new Error('tutorial must parse');
    const scenario = parsed.scenario;
    let state = createGame(scenario, { seed: 3 });
    const village = offsetToAxial({ col: 12, row: 6 });
    const apply = (c: Command): void => {
      const r = applyCommand(state, c);
      if (!r.ok) throw new Error(`${JSON.stringify(c)} refused: ${r.reason}`);
      state = r.state;
    };
    let attacks = 0;
    let crossedOnTurn: number | null = null;
    // The river runs between offset columns 7 and 8: a Soviet unit in column 8 or beyond has crossed it.
    const eastOfRiver = () => state.units.some((u) => u.side === 'soviet' && u.hex && axialToOffset(u.hex).col >= 8);
    for (let guard = 0; guard < 40 && !state.result; guard++) {
      if (state.activeSide === 'soviet') {
        for (const id of ['sov-tut-1rc', 'sov-tut-2rc', 'sov-tut-tanks', 'sov-tut-3rc']) {
          const u = state.units.find((x) => x.id === id)!;
          if (!u.hex || u.status !== 'active') continue;
          const assault = legalCommands(state, 'soviet').find((c) => c.type === 'attack' && c.unitIds.includes(id) && c.unitIds.length === 1 && distance(c.target, village) === 0);
          if (assault) {
            apply(assault);
            attacks++;
            continue;
          }
          const reach = reachable(state, id);
          const best = reach?.hexes
            .filter((h) => h.cost > 0)
            .sort((a, b) => distance(a.hex, village) - distance(b.hex, village) || a.cost - b.cost)[0];
          if (best && distance(best.hex, village) < distance(u.hex, village)) apply({ type: 'move', unitId: id, to: best.hex });
        }
      }
      if (state.activeSide === 'soviet' && eastOfRiver() && crossedOnTurn === null) crossedOnTurn = state.turn;
      if (!state.result) apply({ type: 'end-turn' });
    }
    expect(crossedOnTurn).toBe(1);
    expect(attacks).toBeGreaterThan(0);
    expect(state.milestones['tut-village-taken']).toBeGreaterThanOrEqual(2);
    expect(state.result).not.toBeNull();
    expect(state.result!.turn).toBeLessThanOrEqual(scenario.clock.turns);
  });
});
