/**
 * Every refusal carries a code from the closed REFUSAL_CODES (programs branch on it; the reason is for people).
 * Representative refusals from each stage of `applyCommand`: game over, shape, actors, the rule, a rule's bug.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/engine/apply-command';
import { previewAttack } from '../../src/engine/combat';
import { COMMANDS } from '../../src/engine/command-table';
import { createInitialState } from '../../src/engine/game';
import type { GameState } from '../../src/engine/types';
import { REFUSAL_CODES, type RefusalCode } from '../../src/engine/vocabulary';
import { at, testSetup, testUnit } from '../helpers/test-setup';

const game = (): GameState =>
  createInitialState(
    testSetup({
      units: [
        testUnit({ id: 'sov-a', side: 'soviet', at: [2, 2] }),
        testUnit({ id: 'sov-b', side: 'soviet', at: [2, 3] }),
        testUnit({ id: 'jap-a', side: 'japanese', at: [3, 2] }),
      ],
    }),
    { seed: 7 },
  );

const codeOf = (state: GameState, command: unknown): RefusalCode | 'accepted' => {
  const r = applyCommand(state, command);
  if (r.ok) return 'accepted';
  expect(r.reason.length).toBeGreaterThan(5);
  return r.code;
};

describe('refusal codes', () => {
  it('are a closed list without repeats', () => {
    expect(new Set(REFUSAL_CODES).size).toBe(REFUSAL_CODES.length);
  });

  it.each<[string, (s: GameState) => GameState, unknown, RefusalCode]>([
    ['moving into an enemy hex', (s) => s, { type: 'move', unitId: 'sov-a', to: at(3, 2) }, 'enemy-in-hex'],
    ["ordering the other side's unit", (s) => s, { type: 'entrench', unitId: 'jap-a' }, 'not-your-turn'],
    ["flying the other side's air force", (s) => s, { type: 'air-strike', side: 'japanese', target: at(2, 2) }, 'not-your-turn'],
    ['a unit that does not exist', (s) => s, { type: 'rally', unitId: 'nobody' }, 'unknown-unit'],
    ['a command that is not an object', (s) => s, 'move', 'bad-shape'],
    ['a command of an unknown type', (s) => s, { type: 'teleport', unitId: 'sov-a' }, 'bad-shape'],
    ['a move with no destination', (s) => s, { type: 'move', unitId: 'sov-a' }, 'bad-shape'],
    ['anything once the game is over', (s) => ({ ...s, result: { winner: 'draw', level: 'draw', points: { soviet: 0, japanese: 0 }, turn: 1, reason: 'Over.' } }), { type: 'end-turn' }, 'game-over'],
    ['moving where the unit stands', (s) => s, { type: 'move', unitId: 'sov-a', to: at(2, 2) }, 'already-there'],
    ['moving off the map', (s) => s, { type: 'move', unitId: 'sov-a', to: { q: -40, r: 2 } }, 'off-map'],
    ['attacking an empty hex', (s) => s, { type: 'attack', unitIds: ['sov-a'], target: at(1, 2) }, 'no-target'],
    ['attacking a friendly hex', (s) => s, { type: 'attack', unitIds: ['sov-a'], target: at(2, 3) }, 'friendly-in-hex'],
    ['rallying a unit in good order', (s) => s, { type: 'rally', unitId: 'sov-b' }, 'not-needed'],
    ['bridging with infantry', (s) => s, { type: 'build-bridge', unitId: 'sov-a', direction: 0 }, 'wrong-unit'],
  ])('%s', (_what, prepare, command, code) => {
    expect(codeOf(prepare(game()), command)).toBe(code);
  });

  it('a move refused for lack of movement points after digging in', () => {
    const dug = applyCommand(game(), { type: 'entrench', unitId: 'sov-a' });
    if (!dug.ok) throw new Error(dug.reason);
    expect(codeOf(dug.state, { type: 'move', unitId: 'sov-a', to: at(1, 2) })).toBe('already-acted');
    expect(codeOf(dug.state, { type: 'entrench', unitId: 'sov-a' })).toBe('already-acted');
  });

  it('an attack preview refuses with the same codes as the command', () => {
    const p = previewAttack(game(), ['sov-a'], at(1, 2));
    expect(p.ok === false && p.code).toBe('no-target');
    expect(codeOf(game(), { type: 'attack', unitIds: ['sov-a'], target: at(1, 2) })).toBe('no-target');
  });

  describe('a rule that throws', () => {
    const spec = COMMANDS.rally as { apply: (typeof COMMANDS)['rally']['apply'] };
    const original = spec.apply;
    afterEach(() => {
      spec.apply = original;
    });
    it('is refused with internal-error, not thrown', () => {
      spec.apply = () => {
        throw new Error('planted bug');
      };
      const r = applyCommand(game(), { type: 'rally', unitId: 'sov-a' });
      expect(r.ok === false && r.code).toBe('internal-error');
      expect(r.ok === false && r.reason).toMatch(/planted bug/);
    });
  });
});
