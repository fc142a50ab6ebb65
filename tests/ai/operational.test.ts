import { describe, expect, it } from 'vitest';
import { createInitialState } from '../../src/engine/game';
import { offsetToAxial } from '../../src/engine/hex';
import { updateUnit } from '../../src/engine/state-update';
import { createMemory, rememberView } from '../../src/ai/memory';
import { currentOrders, FALLBACK_FORMATION, fallbackTask } from '../../src/ai/operational';
import type { SidePlan } from '../../src/scenario/ai-plan';
import { testPlan } from '../helpers/ai-plan';
import { at, testSetup, testUnit } from '../helpers/test-setup';

const setup = testSetup({
  units: [
    testUnit({ id: 'j-1', side: 'japanese', men: 200, at: [2, 5] }),
    testUnit({ id: 'j-2', side: 'japanese', men: 200, at: [2, 6] }),
    testUnit({ id: 'j-3', side: 'japanese', men: 100, at: [1, 1] }),
    testUnit({ id: 's-1', side: 'soviet', men: 200, at: [12, 5] }),
  ],
  objectives: [
    { id: 'jp-bridge', side: 'japanese', kind: 'take-hex', name: 'Bridge', description: '', points: 10, hexes: [at(14, 7)] },
    { id: 'sv-hold', side: 'soviet', kind: 'hold-hex', name: 'Hold', description: '', points: 10, hexes: [at(14, 7)] },
  ],
});

const plan: SidePlan = testPlan({
  japanese: {
    formations: [
      {
        id: 'yasuoka',
        name: 'Yasuoka',
        units: ['j-1', 'j-2'],
        task: { kind: 'advance', hexes: [[10, 5]], radius: 1 },
        triggers: [
          { when: { kind: 'enemy-seen', hexes: [[12, 5]], radius: 2 }, task: { kind: 'attack', hexes: [[12, 5]], radius: 1 } },
          { when: { kind: 'losses', percent: 30 }, task: { kind: 'withdraw', hexes: [[0, 5]], radius: 2 } },
          { when: { kind: 'turn', turn: 9 }, task: { kind: 'hold', hexes: [[5, 5]], radius: 2, timing: 'night' } },
        ],
      },
    ],
  },
}).japanese;

describe('plan conversion', () => {
  it('turns offset [col, row] pairs into axial hexes and fills defaults', () => {
    const f = plan.formations[0]!;
    expect(f.task.hexes).toEqual([offsetToAxial({ col: 10, row: 5 })]);
    expect(f.triggers[0]!.when).toEqual({ kind: 'enemy-seen', hexes: [at(12, 5)], radius: 2 });
    expect(f.triggers[2]!.task.timing).toBe('night');
    expect(testPlan({}).soviet.formations).toEqual([]);
  });
});

describe('currentOrders', () => {
  const state = createInitialState(setup, { seed: 1 });

  it('gives the formation its starting task and plan-less units the objectives task', () => {
    const o = currentOrders(plan, state, 'japanese', createMemory('japanese'));
    expect(o.byUnit.get('j-1')!.task.kind).toBe('advance');
    expect(o.byUnit.get('j-3')!.formationId).toBe(FALLBACK_FORMATION);
    expect(o.byUnit.get('j-3')!.task).toEqual({ kind: 'attack', hexes: [at(14, 7)], radius: 1 });
    expect(o.byUnit.has('s-1')).toBe(false);
    expect(o.memory.firedTriggers).toEqual([]);
  });

  it('switches on an enemy sighting and keeps the trigger fired after the enemy is lost from sight', () => {
    const visible = new Uint8Array(setup.map.width * setup.map.height).fill(0);
    const mem = rememberView(createMemory('japanese'), state, visible);
    expect(mem.enemies.map((e) => e.id)).toEqual(['s-1']);
    const o = currentOrders(plan, state, 'japanese', mem);
    expect(o.byUnit.get('j-2')!.task.kind).toBe('attack');
    expect(o.memory.firedTriggers).toEqual(['yasuoka#0']);
    const later = currentOrders(plan, { ...state, units: state.units.filter((u) => u.side === 'japanese') }, 'japanese', { ...o.memory, enemies: [] });
    expect(later.byUnit.get('j-2')!.task.kind).toBe('attack');
  });

  it('pulls back on losses and obeys a turn trigger, the last fired trigger winning', () => {
    const hurt = updateUnit(updateUnit(state, 'j-1', { men: 100 }), 'j-2', { men: 170 });
    const o = currentOrders(plan, hurt, 'japanese', createMemory('japanese'));
    expect(o.byUnit.get('j-1')!.task.kind).toBe('withdraw');
    const late = currentOrders(plan, { ...hurt, turn: 9 }, 'japanese', o.memory);
    expect(late.byUnit.get('j-1')!.task.kind).toBe('hold');
  });

  it('falls back to holding the hexes the enemy wants when the side has nothing to take', () => {
    expect(fallbackTask(state, 'soviet')).toEqual({ kind: 'hold', hexes: [at(14, 7)], radius: 2 });
  });
});

describe('memory', () => {
  const state = createInitialState(setup, { seed: 1 });
  const n = setup.map.width * setup.map.height;

  it('forgets an enemy when its remembered hex is in view and empty, or when the sighting is old', () => {
    const none = new Uint8Array(n);
    const mem = rememberView(createMemory('japanese'), state, none);
    const withoutEnemy = { ...state, units: state.units.filter((u) => u.side === 'japanese') };
    expect(rememberView(mem, withoutEnemy, none).enemies).toHaveLength(1);
    const all = new Uint8Array(n).fill(1);
    expect(rememberView(mem, withoutEnemy, all).enemies).toHaveLength(0);
    expect(rememberView(mem, { ...withoutEnemy, turn: 20 }, none).enemies).toHaveLength(0);
  });

  it('records what the enemy looked like', () => {
    const mem = rememberView(createMemory('japanese'), state, new Uint8Array(n));
    expect(mem.enemies[0]).toMatchObject({ id: 's-1', hex: at(12, 5), turn: 1, kind: 'infantry', men: 200 });
    expect(mem.enemies[0]!.strength.firepower).toBeGreaterThan(200);
  });
});
