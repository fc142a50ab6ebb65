/**
 * The engine keeps no state between calls but caches and scratch space keyed on the objects they describe (the map,
 * the units array, the setup), so two games played side by side — as a batch, a what-if lab or an AI thinking about
 * one game while the UI shows another would — answer exactly as each game played alone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/engine/apply-command';
import { previewAttack } from '../../src/engine/combat';
import { hashState } from '../../src/engine/hash';
import { legalCommands } from '../../src/engine/legal-commands';
import { reachable } from '../../src/engine/movement';
import type { Command, GameState } from '../../src/engine/types';
import { visibleHexes } from '../../src/engine/vision';
import { zoneOfControl } from '../../src/engine/zone-of-control';
import { createGame } from '../../src/scenario/create-game';
import { parseScenario } from '../../src/scenario/parse';
import { smallBattle } from '../helpers/small-battle';

/** A fresh game of a bundled scenario: a new parse each time, so no object is shared with another call's game. */
const scenarioGame = (id: string): GameState => {
  const parsed = parseScenario(readFileSync(`scenarios/${id}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`${id}: ${parsed.errors[0]?.message}`);
  return createGame(parsed.scenario, { seed: 3 });
};

type Step = () => unknown;

/** The questions asked of one game at one moment, each a thunk so two games' questions can be interleaved. */
const questions = (state: GameState): Step[] => {
  const side = state.activeSide;
  const movers = state.units.filter((u) => u.side === side && u.hex !== null).slice(0, 4);
  const attacks = legalCommands(state, side).filter((c): c is Extract<Command, { type: 'attack' | 'fire' | 'bombard' }> =>
    c.type === 'attack' || c.type === 'fire' || c.type === 'bombard',
  );
  return [
    ...movers.map((u) => () => reachable(state, u.id)?.hexes.map((h) => `${h.index}:${h.cost}`) ?? null),
    ...attacks.slice(0, 3).map((c) => () => {
      const ids = c.type === 'attack' ? c.unitIds : [c.unitId];
      const kind = c.type === 'attack' ? 'assault' : c.type;
      return previewAttack(state, ids, c.target, kind);
    }),
    () => hashState(state),
    () => [...visibleHexes(state, side)],
    () => [...zoneOfControl(state, side)],
  ];
};

/** One deterministic step through the game: a legal command of the side to move chosen by `k`. */
const play = (state: GameState, k: number): GameState => {
  const legal = legalCommands(state, state.activeSide);
  const command = legal[(k * 7) % legal.length] ?? { type: 'end-turn' };
  const r = applyCommand(state, command);
  if (r.ok) return r.state;
  const end = applyCommand(state, { type: 'end-turn' });
  return end.ok ? end.state : state;
};

describe('two games side by side', () => {
  it('answer reachable, previewAttack, hash, sight and zones as each game alone', () => {
    const alone = (make: () => GameState): unknown[][] => {
      let s = make();
      const out: unknown[][] = [];
      for (let k = 0; k < 8; k++) {
        out.push(questions(s).map((q) => q()));
        s = play(s, k);
      }
      return out;
    };
    const aAlone = alone(() => smallBattle(1));
    const bAlone = alone(() => scenarioGame('azuma-encirclement'));

    let a = smallBattle(1);
    let b = scenarioGame('azuma-encirclement');
    const aMixed: unknown[][] = [];
    const bMixed: unknown[][] = [];
    for (let k = 0; k < 8; k++) {
      const qa = questions(a);
      const qb = questions(b);
      const ra: unknown[] = [];
      const rb: unknown[] = [];
      // A, then B, then A again: each answer must not depend on what was asked of the other game in between.
      for (let i = 0; i < Math.max(qa.length, qb.length); i++) {
        if (i < qa.length) ra.push(qa[i]!());
        if (i < qb.length) rb.push(qb[i]!());
      }
      for (let i = 0; i < qa.length; i++) expect(qa[i]!()).toEqual(ra[i]);
      aMixed.push(ra);
      bMixed.push(rb);
      a = play(a, k);
      b = play(b, k);
    }
    expect(aMixed).toEqual(aAlone);
    expect(bMixed).toEqual(bAlone);
  });
});
