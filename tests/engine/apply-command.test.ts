import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCommand } from '../../src/engine/apply-command';
import { createInitialState } from '../../src/engine/game';
import { hashState } from '../../src/engine/hash';
import type { GameState } from '../../src/engine/types';
import { REFUSAL_CODES } from '../../src/engine/vocabulary';
import { testSetup, testUnit } from '../helpers/test-setup';

const game = (): GameState =>
  createInitialState(
    testSetup({
      units: [
        testUnit({ id: 'sov-a', side: 'soviet', at: [2, 2] }),
        testUnit({ id: 'sov-late', side: 'soviet', arrives: { turn: 4, hex: { q: 0, r: 0 } } }),
        testUnit({ id: 'jap-a', side: 'japanese', at: [10, 2] }),
      ],
    }),
    { seed: 7 },
  );

/** Deep-freezes a value so any mutation throws in strict mode. */
const deepFreeze = <T>(v: T): T => {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
};

describe('applyCommand: shape checks', () => {
  const table: Array<[string, unknown, RegExp]> = [
    ['null', null, /must be an object/],
    ['a number', 42, /must be an object/],
    ['a string', 'end-turn', /must be an object/],
    ['an array', [{ type: 'end-turn' }], /must be an object/],
    ['no type', {}, /needs a "type"/],
    ['a numeric type', { type: 3 }, /needs a "type"/],
    ['an unknown type', { type: 'surrender-all' }, /Unknown command "surrender-all"/],
    ['move without unit', { type: 'move', to: { q: 1, r: 1 } }, /needs the "unitId"/],
    ['move without destination', { type: 'move', unitId: 'sov-a' }, /destination "to"/],
    ['move to a fractional hex', { type: 'move', unitId: 'sov-a', to: { q: 1.5, r: 1 } }, /destination "to"/],
    ['attack with no units', { type: 'attack', unitIds: [], target: { q: 1, r: 1 } }, /one or more attacking units/],
    ['attack with a number id', { type: 'attack', unitIds: [1], target: { q: 1, r: 1 } }, /one or more attacking units/],
    ['attack listing a unit twice', { type: 'attack', unitIds: ['sov-a', 'sov-a'], target: { q: 1, r: 1 } }, /same unit twice/],
    ['attack without target', { type: 'attack', unitIds: ['sov-a'] }, /"target" hex/],
    ['fire without target', { type: 'fire', unitId: 'sov-a' }, /"target" hex/],
    ['air strike with a bad side', { type: 'air-strike', side: 'mongol', target: { q: 1, r: 1 } }, /soviet or japanese/],
    ['bridge with a bad direction', { type: 'build-bridge', unitId: 'sov-a', direction: 6 }, /"direction" from 0/],
    ['entrench with an empty id', { type: 'entrench', unitId: '' }, /needs the "unitId"/],
  ];
  it.each(table)('refuses %s as bad-shape with a readable reason', (_what, command, reason) => {
    const r = applyCommand(game(), command);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('bad-shape');
      expect(r.reason).toMatch(reason);
    }
  });

  it('never throws and never changes the state, whatever it is given', () => {
    const s = deepFreeze(game());
    const before = hashState(s);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ type: fc.constantFrom('move', 'attack', 'fire', 'bombard', 'air-strike', 'entrench', 'rally', 'build-bridge', 'exit', 'end-turn', 'x'), unitId: fc.anything(), unitIds: fc.anything(), to: fc.anything(), target: fc.anything(), side: fc.anything(), direction: fc.anything() }, { requiredKeys: ['type'] }),
        ),
        (command) => {
          const r = applyCommand(s, command);
          if (!r.ok) {
            expect(typeof r.reason).toBe('string');
            expect(REFUSAL_CODES).toContain(r.code);
            expect(r.code).not.toBe('internal-error');
          }
        },
      ),
      { numRuns: 2000 },
    );
    expect(hashState(s)).toBe(before);
  });
});

describe('applyCommand: who may act', () => {
  it('refuses a unit that does not exist', () => {
    const r = applyCommand(game(), { type: 'entrench', unitId: 'nobody' });
    expect(r).toEqual({ ok: false, code: 'unknown-unit', reason: "There is no unit 'nobody'." });
  });
  it("refuses the other side's unit", () => {
    const r = applyCommand(game(), { type: 'entrench', unitId: 'jap-a' });
    expect(r.ok).toBe(false);
    expect(r).toEqual({ ok: false, code: 'not-your-turn', reason: "jap-a is Japanese; it is the Soviet side's turn." });
  });
  it('refuses a reinforcement that has not arrived', () => {
    const r = applyCommand(game(), { type: 'entrench', unitId: 'sov-late' });
    expect(r.ok).toBe(false);
    expect(r).toEqual({ ok: false, code: 'not-arrived', reason: 'sov-late has not arrived on the battlefield yet (due on turn 4).' });
  });
  it("refuses an air strike by the side not moving", () => {
    const r = applyCommand(game(), { type: 'air-strike', side: 'japanese', target: { q: 1, r: 1 } });
    expect(r.ok === false && r.code).toBe('not-your-turn');
  });
  it('counts successful commands only', () => {
    const s = game();
    const bad = applyCommand(s, { type: 'entrench', unitId: 'jap-a' });
    expect(bad.ok).toBe(false);
    const good = applyCommand(s, { type: 'entrench', unitId: 'sov-a' });
    expect(good.ok && good.state.commandCount).toBe(1);
    expect(s.commandCount).toBe(0);
  });
  it('refuses everything once the game is over', () => {
    const s: GameState = { ...game(), result: { winner: 'soviet', level: 'marginal', points: { soviet: 10, japanese: 0 }, turn: 5, reason: 'Test over.' } };
    for (const c of [{ type: 'end-turn' }, { type: 'entrench', unitId: 'sov-a' }, { type: 'nonsense' }]) {
      const r = applyCommand(s, c);
      expect(r).toEqual({ ok: false, code: 'game-over', reason: 'The game is over: Test over.' });
    }
  });
});
