import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/engine/apply-command';
import { createInitialState } from '../../src/engine/game';
import { findUnit, updateUnit } from '../../src/engine/state-update';
import type { GameEvent, GameState } from '../../src/engine/types';
import { at, testSetup, testUnit } from '../helpers/test-setup';

const setup = (turns = 4) =>
  testSetup({
    turns,
    start: '1939-07-02T18:00',
    minutesPerTurn: 120,
    firstSide: 'japanese',
    supplySources: [
      { id: 'sov-depot', side: 'soviet', hex: at(0, 5), name: 'Soviet depot' },
      { id: 'jap-depot', side: 'japanese', hex: at(19, 5), name: 'Japanese depot' },
    ],
    units: [
      testUnit({ id: 'jap-inf', side: 'japanese', at: [12, 5] }),
      testUnit({ id: 'jap-tank', side: 'japanese', at: [13, 5], kind: 'tank', equipment: { Type95: 10 } }),
      testUnit({ id: 'sov-inf', side: 'soviet', at: [5, 5] }),
      // Due on turn 2 at a hex the Japanese infantry holds: it must come on next to it instead.
      testUnit({ id: 'sov-late', side: 'soviet', arrives: { turn: 2, hex: at(12, 5) } }),
    ],
  });

const endTurn = (s: GameState): { state: GameState; events: readonly GameEvent[] } => {
  const r = applyCommand(s, { type: 'end-turn' });
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('the turn sequence', () => {
  it('starts with the first side to move, its units given movement points, the other side not yet', () => {
    const s = createInitialState(setup(), { seed: 1 });
    expect(s.turn).toBe(1);
    expect(s.activeSide).toBe('japanese');
    expect(findUnit(s, 'jap-inf')!.mp).toBeGreaterThan(0);
    expect(findUnit(s, 'jap-tank')!.mp).toBeGreaterThan(findUnit(s, 'jap-inf')!.mp);
    expect(findUnit(s, 'sov-inf')!.mp).toBe(0);
  });

  it("hands over to the other side within the turn, then advances the clock after both parts", () => {
    const s0 = createInitialState(setup(), { seed: 1 });
    const a = endTurn(s0);
    expect(a.state.turn).toBe(1);
    expect(a.state.activeSide).toBe('soviet');
    expect(a.events).toEqual([
      { type: 'turn-ended', side: 'japanese', turn: 1 },
      { type: 'turn-started', side: 'soviet', turn: 1, time: '1939-07-02T18:00' },
    ]);
    expect(findUnit(a.state, 'sov-inf')!.mp).toBeGreaterThan(0);
    const b = endTurn(a.state);
    expect(b.state.turn).toBe(2);
    expect(b.state.activeSide).toBe('japanese');
    expect(b.events[0]).toEqual({ type: 'turn-ended', side: 'soviet', turn: 1 });
    expect(b.events.at(-1)).toEqual({ type: 'turn-started', side: 'japanese', turn: 2, time: '1939-07-02T20:00' });
  });

  it('brings reinforcements on at their turn, beside the arrival hex when the enemy holds it', () => {
    const s = endTurn(endTurn(createInitialState(setup(), { seed: 1 })).state);
    const late = findUnit(s.state, 'sov-late')!;
    expect(late.status).toBe('active');
    expect(late.hex).not.toEqual(at(12, 5));
    expect(Math.abs(late.hex!.q - at(12, 5).q) + Math.abs(late.hex!.r - at(12, 5).r)).toBeLessThanOrEqual(2);
    expect(s.events).toContainEqual({ type: 'unit-arrived', unitId: 'sov-late', hex: late.hex });
    // It gets its movement points when the Soviet part begins.
    expect(late.mp).toBe(0);
    expect(findUnit(endTurn(s.state).state, 'sov-late')!.mp).toBeGreaterThan(0);
  });

  it('wears suppression off at the end of the part and tires units that moved', () => {
    let s = createInitialState(setup(), { seed: 1 });
    s = updateUnit(s, 'jap-inf', { suppression: 60, acted: { ...findUnit(s, 'jap-inf')!.acted, moved: true } });
    const after = findUnit(endTurn(s).state, 'jap-inf')!;
    expect(after.suppression).toBe(30);
    expect(after.fatigue).toBeGreaterThan(0);
  });

  it('recovers cohesion out of contact when supplied, and fatigue faster at night', () => {
    let s = createInitialState(setup(), { seed: 1 });
    s = updateUnit(s, 'sov-inf', { cohesion: 60, fatigue: 50 });
    // Turn 1 runs 18:00–20:00 (day); turn 2 20:00–22:00 (middle after sunset + twilight): night.
    const t2 = endTurn(endTurn(s).state).state;
    expect(findUnit(t2, 'sov-inf')!.cohesion).toBe(65);
    expect(findUnit(t2, 'sov-inf')!.fatigue).toBe(40);
    const t3 = endTurn(endTurn(t2).state).state;
    expect(findUnit(t3, 'sov-inf')!.fatigue).toBe(20);
  });

  it('ends the game after the last turn with a game-over event and a result, then refuses commands', () => {
    let s = createInitialState(setup(2), { seed: 1 });
    let last: readonly GameEvent[] = [];
    for (let k = 0; k < 4; k++) {
      const r = endTurn(s);
      s = r.state;
      last = r.events;
    }
    expect(s.result).not.toBeNull();
    expect(s.result!.winner).toBe('draw');
    expect(s.result!.turn).toBe(2);
    expect(last.at(-1)).toEqual({ type: 'game-over', result: s.result });
    expect(applyCommand(s, { type: 'end-turn' }).ok).toBe(false);
  });

  it('restores air sorties every turn', () => {
    const sorties = testSetup({ units: [...setup().units], rules: { soviet: { airSorties: 3 } } });
    let s = createInitialState(sorties, { seed: 1 });
    s = { ...s, airSorties: { soviet: 0, japanese: 0 } };
    const t2 = endTurn(endTurn(s).state).state;
    expect(t2.airSorties).toEqual({ soviet: 3, japanese: 0 });
  });
});
