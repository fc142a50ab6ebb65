/**
 * A small hand-built battle played to its end: the Japanese drive on the bridge, assaulting and firing whenever an
 * enemy is next to them; the Soviets bombard with their guns, fire and counter-attack from the bridgehead, and dig in
 * otherwise. Commands come from a fixed script over `legalCommands` (so every one is legal) and the game must end
 * with a `game-over` event, a result that matches the objectives, and the same outcome from the same seed.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/engine/apply-command';
import { hashState } from '../../src/engine/hash';
import { fastDistance } from '../../src/engine/hex';
import { legalCommands } from '../../src/engine/legal-commands';
import { findUnit } from '../../src/engine/state-update';
import type { Command, GameEvent, GameState } from '../../src/engine/types';
import { finalResult } from '../../src/engine/victory';
import { BRIDGE_EAST, smallBattle } from '../helpers/small-battle';

const PREFERENCE: Readonly<Record<Command['type'], number>> = {
  attack: 0,
  bombard: 1,
  fire: 2,
  'air-strike': 3,
  move: 4,
  entrench: 5,
  rally: 6,
  'build-bridge': 7,
  exit: 8,
  'end-turn': 9,
};

/** The script: the first unit (by id) that can still do something does its most aggressive legal thing. */
const nextCommand = (state: GameState): Command => {
  const legal = legalCommands(state, state.activeSide);
  const byUnit = new Map<string, Command[]>();
  for (const c of legal) {
    const id = c.type === 'attack' ? c.unitIds[0]! : 'unitId' in c ? c.unitId : '';
    if (!id) continue;
    byUnit.set(id, [...(byUnit.get(id) ?? []), c]);
  }
  for (const [id, options] of [...byUnit].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const u = findUnit(state, id)!;
    const useful = options.filter((c) => c.type !== 'exit' && c.type !== 'build-bridge' && !(c.type === 'move' && u.acted.moved));
    const moves = useful.filter((c): c is Extract<Command, { type: 'move' }> => c.type === 'move');
    const strikes = useful.filter((c) => c.type !== 'move' && c.type !== 'entrench' && c.type !== 'rally');
    if (strikes.length > 0) return strikes.sort((a, b) => PREFERENCE[a.type] - PREFERENCE[b.type])[0]!;
    // Japanese advance on the bridge; Soviets hold and dig.
    if (u.side === 'japanese' && moves.length > 0) {
      const best = moves.sort((a, b) => fastDistance(a.to, BRIDGE_EAST) - fastDistance(b.to, BRIDGE_EAST))[0]!;
      if (fastDistance(best.to, BRIDGE_EAST) < fastDistance(u.hex!, BRIDGE_EAST)) return best;
    }
    const dig = useful.find((c) => c.type === 'entrench' || c.type === 'rally');
    if (dig) return dig;
  }
  return { type: 'end-turn' };
};

const playToEnd = (seed: number): { state: GameState; events: GameEvent[]; commands: number } => {
  let state = smallBattle(seed, 6);
  const events: GameEvent[] = [];
  let commands = 0;
  while (!state.result) {
    if (++commands > 2000) throw new Error('the battle did not end');
    const c = nextCommand(state);
    const r = applyCommand(state, c);
    if (!r.ok) throw new Error(`scripted command refused: ${JSON.stringify(c)}: ${r.reason}`);
    state = r.state;
    events.push(...r.events);
  }
  return { state, events, commands };
};

describe('a small battle played to its end', () => {
  it('ends with a game-over event and a result that follows from the objectives', () => {
    const { state, events } = playToEnd(11);
    const last = events.at(-1)!;
    expect(last.type).toBe('game-over');
    expect(state.result).not.toBeNull();
    expect(last).toEqual({ type: 'game-over', result: state.result });
    expect(state.result).toEqual(finalResult(state));
    expect(state.result!.turn).toBeLessThanOrEqual(6);
    // There was fighting, with losses in real numbers, and the clock ran turn by turn.
    const combats = events.filter((e) => e.type === 'combat');
    expect(combats.length).toBeGreaterThan(0);
    const men = state.units.reduce((n, u) => n + u.casualties.killed + u.casualties.wounded + u.casualties.missing, 0);
    expect(men).toBeGreaterThan(0);
    const started = events.filter((e) => e.type === 'turn-started').map((e) => (e.type === 'turn-started' ? `${e.turn}:${e.side}` : ''));
    expect(started.slice(0, 3)).toEqual(['1:soviet', '2:japanese', '2:soviet']);
    // The reinforcement came on at turn 3 (or its arrival hex's nearest free hex).
    expect(events).toContainEqual(expect.objectContaining({ type: 'unit-arrived', unitId: 'sov-149' }));
    // Every objective was settled one way or the other.
    for (const o of state.setup.objectives) {
      const settled = state.milestones[o.id] !== undefined || events.some((e) => e.type === 'objective' && e.id === o.id);
      expect.soft(settled, o.id).toBe(true);
    }
  });

  it('plays out the same from the same seed, and differently from another', () => {
    const a = playToEnd(11);
    const b = playToEnd(11);
    expect(hashState(b.state)).toBe(hashState(a.state));
    expect(b.events).toEqual(a.events);
    const others = [12, 13, 14].map((seed) => hashState(playToEnd(seed).state));
    expect(others.some((h) => h !== hashState(a.state))).toBe(true);
  });
});
