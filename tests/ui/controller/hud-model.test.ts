import { describe, expect, it } from 'vitest';
import { createInitialState } from '../../../src/engine/game';
import { COMMAND_TYPES } from '../../../src/engine/command-shape';
import type { Command } from '../../../src/engine/types';
import { hudModel, type HudInputs } from '../../../src/ui/controller/hud-model';
import { orderButton } from '../../../src/ui/controller/order-labels';
import { EMPTY_SELECTION } from '../../../src/ui/controller/selection';
import { testSetup, testUnit } from '../../helpers/test-setup';

const setup = testSetup({ units: [testUnit({ id: 'a', side: 'soviet', at: [2, 2] }), testUnit({ id: 'x', side: 'japanese', at: [8, 8] })] });
const state = createInitialState(setup, { seed: 1 });
const dig: Command = { type: 'entrench', unitId: 'a' };
const base: HudInputs = {
  title: 'Test',
  state,
  seen: state,
  reader: 'soviet',
  selection: { ...EMPTY_SELECTION, selectedId: 'a' },
  canOrder: true,
  aiRunning: false,
  status: null,
  log: [{ turn: 1, text: 'hello', readers: ['soviet'] }],
  offeredOrders: [dig],
  canUndo: false,
};

describe('the battle panels’ model', () => {
  it('reads the clock and turn of N from the true state and the unit from what the side sees', () => {
    const m = hudModel(base);
    expect(m.turnText).toBe(`Turn 1 of ${setup.clock.turns}`);
    expect(m.sideToMove).toBe('soviet');
    expect(m.unit?.own).toBe(true);
    expect(m.orders.map((o) => o.label)).toEqual(['Dig in']);
    expect(m.log).toHaveLength(1);
  });

  it('offers no orders when the player may not give them, and no log while the hand-over hides the map', () => {
    expect(hudModel({ ...base, canOrder: false }).orders).toEqual([]);
    const hidden = hudModel({ ...base, reader: null });
    expect(hidden.log).toEqual([]);
    expect(hidden.perspective).toBe('soviet');
  });

  it('shows an enemy unit as not the player’s own', () => {
    expect(hudModel({ ...base, selection: { ...EMPTY_SELECTION, selectedId: 'x' } }).unit?.own).toBe(false);
  });
});

describe('order button words', () => {
  it('every command kind has words, none of them a raw command id', () => {
    const examples: Record<string, Command> = {
      move: { type: 'move', unitId: 'a', to: { q: 0, r: 0 } },
      attack: { type: 'attack', unitIds: ['a'], target: { q: 0, r: 0 } },
      fire: { type: 'fire', unitId: 'a', target: { q: 0, r: 0 } },
      bombard: { type: 'bombard', unitId: 'a', target: { q: 0, r: 0 } },
      'air-strike': { type: 'air-strike', side: 'soviet', target: { q: 0, r: 0 } },
      entrench: dig,
      rally: { type: 'rally', unitId: 'a' },
      'build-bridge': { type: 'build-bridge', unitId: 'a', direction: 3 },
      exit: { type: 'exit', unitId: 'a' },
      'end-turn': { type: 'end-turn' },
    };
    for (const type of COMMAND_TYPES) {
      const b = orderButton(examples[type]!);
      expect(b.label).not.toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(b.title.length).toBeGreaterThan(5);
    }
    expect(orderButton(examples['build-bridge']!).label).toBe('Bridge west');
  });
});
