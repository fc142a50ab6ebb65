import { describe, expect, it } from 'vitest';
import { createInitialState } from '../../src/engine/game';
import { fastDistance } from '../../src/engine/hex';
import { findUnit, updateUnits } from '../../src/engine/state-update';
import type { Command, GameState, Unit } from '../../src/engine/types';
import { viewFor } from '../../src/engine/vision';
import { DIFFICULTY_PROFILES, type Difficulty } from '../../src/ai/difficulty';
import { createMemory, rememberView } from '../../src/ai/memory';
import { chooseMove, moveInput } from '../../src/ai/move-choice';
import { currentOrders } from '../../src/ai/operational';
import type { SidePlan } from '../../src/scenario/ai-plan';
import { testPlan } from '../helpers/ai-plan';
import { createSideTurnPlanner } from '../../src/ai/side-turn';
import { chooseAssault, visibleEnemyHexes } from '../../src/ai/target-choice';
import { buildTurnContext, type TurnContext } from '../../src/ai/turn-context';
import { unitStrength } from '../../src/ai/unit-strength';
import { at, testSetup, testUnit, type TestUnitOptions } from '../helpers/test-setup';
import { tableRules } from './table-rules';

const withMp = (state: GameState, mp: number): GameState =>
  updateUnits(state, new Map(state.units.map((u) => [u.id, { mp } as Partial<Unit>])));

const game = (units: TestUnitOptions[], turns = 10): GameState =>
  withMp(createInitialState(testSetup({ units: units.map(testUnit), turns, start: '1939-07-03T10:00' }), { seed: 5 }), 6);

/** `seenEarlier`: a state whose enemies the side saw on an earlier turn (so it remembers them). */
const contextFor = (state: GameState, side: 'soviet' | 'japanese', plan: SidePlan, difficulty: Difficulty, seenEarlier?: GameState): TurnContext => {
  const view = viewFor(state, side);
  const earlier = seenEarlier ? rememberView(createMemory(side), seenEarlier, new Uint8Array(view.visible.length)) : createMemory(side);
  const memory = rememberView(earlier, view.state, view.visible);
  const orders = currentOrders(plan, view.state, side, memory);
  return buildTurnContext(view.state, side, DIFFICULTY_PROFILES[difficulty], orders);
};

const attackPlan = (units: string[], col: number, row: number, extra: { withInfantry?: string[] } = {}): SidePlan =>
  testPlan({ japanese: { formations: [{ id: 'f', units, task: { kind: 'attack', hexes: [[col, row]], radius: 1, ...extra } }] } }).japanese;

const moveOf = (ctx: TurnContext, id: string) => {
  const u = findUnit(ctx.state, id)!;
  return chooseMove(ctx, tableRules, moveInput(ctx, u as Unit & { hex: NonNullable<Unit['hex']> }, unitStrength(u), ctx.orders.byUnit.get(id)!.task));
};

describe('moves', () => {
  it('closes on an attack objective as far as its movement allows', () => {
    const s = game([
      { id: 'j-inf', side: 'japanese', men: 200, at: [2, 5] },
      { id: 's-inf', side: 'soviet', men: 200, at: [18, 12] },
    ]);
    const ctx = contextFor(s, 'japanese', attackPlan(['j-inf'], 12, 5), 'regular');
    const to = moveOf(ctx, 'j-inf')!;
    expect(fastDistance(to, at(12, 5))).toBe(fastDistance(at(2, 5), at(12, 5)) - 6);
  });

  it('keeps tanks out of known anti-tank fire until their infantry catches up, unless it is a recruit', () => {
    const units: TestUnitOptions[] = [
      { id: 'j-tanks', side: 'japanese', kind: 'tank', men: 120, equipment: { Type95: 12 }, at: [3, 5] },
      { id: 'j-inf', side: 'japanese', men: 600, at: [0, 5] },
      { id: 's-at', side: 'soviet', kind: 'anti-tank', men: 60, equipment: { '45mm-M1937': 6 }, at: [10, 5] },
    ];
    const plan = attackPlan(['j-tanks', 'j-inf'], 10, 5);
    // The gun was spotted earlier and is remembered; it is too far to be seen now.
    const regular = contextFor(game(units), 'japanese', plan, 'regular', game(units));
    expect(regular.memory.enemies.map((e) => e.id)).toEqual(['s-at']);
    const cautious = moveOf(regular, 'j-tanks');
    // Anti-tank reach is 3 hexes of fire plus 2 of closing: a regular stops outside it (or does not move).
    if (cautious) expect(fastDistance(cautious, at(10, 5))).toBeGreaterThan(5);
    const rash = moveOf(contextFor(game(units), 'japanese', plan, 'recruit', game(units)), 'j-tanks')!;
    expect(fastDistance(rash, at(10, 5))).toBeLessThanOrEqual(2);
  });

  it('lets tanks go forward where their infantry is', () => {
    const units: TestUnitOptions[] = [
      { id: 'j-tanks', side: 'japanese', kind: 'tank', men: 120, equipment: { Type95: 12 }, at: [3, 5] },
      { id: 'j-inf', side: 'japanese', men: 600, equipment: { LMG: 27, HMG: 8 }, at: [7, 5] },
      { id: 's-at', side: 'soviet', kind: 'anti-tank', men: 60, equipment: { '45mm-M1937': 6 }, at: [10, 5] },
    ];
    const plan = testPlan({
      japanese: {
        formations: [
          { id: 'tanks', units: ['j-tanks'], task: { kind: 'attack', hexes: [[10, 5]], radius: 1, withInfantry: ['inf'] } },
          { id: 'inf', units: ['j-inf'], task: { kind: 'attack', hexes: [[10, 5]], radius: 1 } },
        ],
      },
    }).japanese;
    const to = moveOf(contextFor(game(units), 'japanese', plan, 'veteran', game(units)), 'j-tanks')!;
    expect(fastDistance(to, at(7, 5))).toBeLessThanOrEqual(1);
  });
});

describe('assaults', () => {
  const units: TestUnitOptions[] = [
    { id: 'j-a', side: 'japanese', men: 300, at: [5, 5] },
    { id: 'j-b', side: 'japanese', men: 300, at: [6, 4] },
    { id: 's-weak', side: 'soviet', men: 120, at: [6, 5] },
  ];
  const plan = attackPlan(['j-a', 'j-b'], 6, 5);

  it('combines every adjacent unit into one assault at regular and above', () => {
    const ctx = contextFor(game(units), 'japanese', plan, 'veteran');
    const choice = chooseAssault(ctx, tableRules, visibleEnemyHexes(ctx), new Set())!;
    expect(choice.unitIds).toEqual(['j-a', 'j-b']);
    expect(choice.target).toEqual(at(6, 5));
  });

  it('sends one unit at a time as a recruit', () => {
    const ctx = contextFor(game(units), 'japanese', plan, 'recruit');
    expect(chooseAssault(ctx, tableRules, visibleEnemyHexes(ctx), new Set())!.unitIds).toEqual(['j-a']);
  });

  it('waits for darkness when the task is timed for night', () => {
    const night = testPlan({
      japanese: { formations: [{ id: 'f', units: ['j-a', 'j-b'], task: { kind: 'attack', hexes: [[6, 5]], radius: 1, timing: 'night' } }] },
    }).japanese;
    const day = contextFor(game(units), 'japanese', night, 'veteran');
    expect(day.light).toBe('day');
    expect(chooseAssault(day, tableRules, visibleEnemyHexes(day), new Set())).toBeNull();
  });

  it('refuses an assault at bad odds', () => {
    const strong: TestUnitOptions[] = [
      { id: 'j-a', side: 'japanese', men: 100, at: [5, 5] },
      { id: 's-strong', side: 'soviet', men: 900, equipment: { HMG: 12 }, at: [6, 5] },
    ];
    const ctx = contextFor(game(strong), 'japanese', attackPlan(['j-a'], 6, 5), 'veteran');
    expect(chooseAssault(ctx, tableRules, visibleEnemyHexes(ctx), new Set())).toBeNull();
  });
});

/** Plays the planner against a state with a minimal stand-in for applyCommand (moves and action flags only). */
const planTurn = (state: GameState, side: 'soviet' | 'japanese', plan: SidePlan, difficulty: Difficulty): Command[] => {
  const planner = createSideTurnPlanner(side, plan, createMemory(side), { difficulty, rules: tableRules });
  const commands: Command[] = [];
  let s = state;
  for (let i = 0; i < 200; i++) {
    const cmd = planner.next(viewFor(s, side));
    commands.push(cmd);
    if (cmd.type === 'end-turn') break;
    const ids = cmd.type === 'attack' ? cmd.unitIds : 'unitId' in cmd ? [cmd.unitId] : [];
    const patches = new Map<string, Partial<Unit>>();
    for (const id of ids) {
      const u = findUnit(s, id)!;
      const acted = {
        ...u.acted,
        ...(cmd.type === 'move' ? { moved: true } : {}),
        ...(cmd.type === 'attack' ? { attacked: true } : {}),
        ...(cmd.type === 'bombard' || cmd.type === 'fire' ? { fired: true } : {}),
        ...(cmd.type === 'entrench' ? { dug: true } : {}),
        ...(cmd.type === 'rally' ? { rallied: true } : {}),
      };
      patches.set(id, { acted, ...(cmd.type === 'move' ? { hex: cmd.to, mp: 0 } : {}) });
    }
    s = updateUnits(s, patches);
  }
  return commands;
};

describe('a side-turn', () => {
  const units: TestUnitOptions[] = [
    { id: 'j-a', side: 'japanese', men: 300, at: [3, 5] },
    { id: 'j-b', side: 'japanese', men: 300, at: [3, 6] },
    { id: 'j-guns', side: 'japanese', kind: 'artillery', men: 120, equipment: { '75mm-Type90': 4 }, at: [1, 5] },
    { id: 'j-shaken', side: 'japanese', men: 80, cohesion: 20, at: [0, 9] },
    { id: 's-1', side: 'soviet', men: 150, at: [7, 5] },
  ];
  const plan = attackPlan(['j-a', 'j-b', 'j-guns'], 7, 5);

  it('rallies, moves, bombards before assaulting, and ends the turn', () => {
    const cmds = planTurn(game(units), 'japanese', plan, 'veteran');
    const types = cmds.map((c) => c.type);
    expect(types[0]).toBe('rally');
    expect(types.at(-1)).toBe('end-turn');
    expect(types.filter((t) => t === 'move').length).toBeGreaterThanOrEqual(2);
    const bombard = types.indexOf('bombard');
    const attack = types.indexOf('attack');
    expect(bombard).toBeGreaterThan(0);
    if (attack >= 0) expect(bombard).toBeLessThan(attack);
  });

  it('is deterministic', () => {
    expect(planTurn(game(units), 'japanese', plan, 'regular')).toEqual(planTurn(game(units), 'japanese', plan, 'regular'));
  });

  it('decides the same whether or not the enemy has units it cannot see', () => {
    const hidden: TestUnitOptions[] = [
      ...units,
      { id: 's-hidden-1', side: 'soviet', kind: 'anti-tank', men: 60, equipment: { '45mm-M1937': 12 }, at: [19, 14] },
      { id: 's-hidden-2', side: 'soviet', men: 900, at: [18, 14] },
    ];
    const a = game(units);
    const b = game(hidden);
    expect(viewFor(b, 'japanese').seen).not.toContain('s-hidden-1');
    expect(viewFor(b, 'japanese').seen).not.toContain('s-hidden-2');
    for (const d of ['recruit', 'regular', 'veteran'] as const) expect(planTurn(b, 'japanese', plan, d)).toEqual(planTurn(a, 'japanese', plan, d));
  });
});

describe('a refused command', () => {
  const units: TestUnitOptions[] = [
    { id: 'j-a', side: 'japanese', men: 300, at: [3, 5] },
    { id: 's-1', side: 'soviet', men: 150, at: [7, 5] },
  ];
  const plan = attackPlan(['j-a'], 7, 5);
  const refusedAfterFirstCommand = (code: 'enemy-in-hex' | 'unreachable') => {
    const planner = createSideTurnPlanner('japanese', plan, createMemory('japanese'), { difficulty: 'regular', rules: tableRules });
    planner.next(viewFor(game(units), 'japanese'));
    planner.refused({ type: 'move', unitId: 'j-a', to: at(5, 9) }, code);
    return planner.memory().enemies.map((e) => e.hex);
  };

  it('teaches the planner of a hidden enemy when the code says an enemy holds the hex', () => {
    expect(refusedAfterFirstCommand('enemy-in-hex')).toContainEqual(at(5, 9));
  });

  it('teaches it nothing on any other code', () => {
    expect(refusedAfterFirstCommand('unreachable')).not.toContainEqual(at(5, 9));
  });
});

describe('holding to the last (noRetreat)', () => {
  // A Japanese rifle battalion whose only support weapons are knee mortars, dug in on its own hex with Soviet
  // infantry next to it: the kind of unit the August strongpoints were held by.
  const units: TestUnitOptions[] = [
    { id: 'j-bn', side: 'japanese', men: 800, equipment: { '50mm-Type89': 24, LMG: 24 }, entrenchment: 2, at: [6, 5] },
    { id: 's-1', side: 'soviet', men: 900, equipment: { '82mm-mortar': 6, LMG: 27, HMG: 12 }, at: [7, 5] },
    { id: 's-2', side: 'soviet', men: 900, equipment: { '82mm-mortar': 6, LMG: 27, HMG: 12 }, at: [7, 6] },
  ];
  const holdPlan = (noRetreat: boolean): SidePlan =>
    testPlan({ japanese: { formations: [{ id: 'f', units: ['j-bn'], task: { kind: 'hold', hexes: [[6, 5], [3, 5]], radius: 0, ...(noRetreat ? { noRetreat: true } : {}) } }] } }).japanese;

  it('keeps a mortar-armed rifle battalion in its trench with the enemy next to it', () => {
    expect(moveOf(contextFor(game(units), 'japanese', holdPlan(true), 'regular'), 'j-bn')).toBeNull();
  });

  it('without the order, the same battalion pulls back out of reach like a battery', () => {
    const to = moveOf(contextFor(game(units), 'japanese', holdPlan(false), 'regular'), 'j-bn');
    expect(to).not.toBeNull();
    expect(fastDistance(to!, at(7, 5))).toBeGreaterThan(1);
  });
});

describe('pressing the assault', () => {
  // Soviet rifle battalions (mortars and their two 45 mm guns, as in August) next to a Japanese position.
  const units: TestUnitOptions[] = [
    { id: 'j-pos', side: 'japanese', men: 200, at: [6, 5] },
    { id: 's-1', side: 'soviet', men: 900, equipment: { '82mm-mortar': 6, '45mm-M1937': 2, LMG: 27 }, at: [7, 5] },
    { id: 's-2', side: 'soviet', men: 900, equipment: { '82mm-mortar': 6, '45mm-M1937': 2, LMG: 27 }, at: [7, 6] },
  ];
  const plan = (press: boolean): SidePlan =>
    testPlan({ soviet: { formations: [{ id: 'f', units: ['s-1', 's-2'], task: { kind: 'attack', hexes: [[6, 5]], radius: 1, ...(press ? { assaultOddsPercent: 40 } : {}) } }] } }).soviet;

  it('ordered to press on, the battalions next to the enemy keep their mortars for the assault and go in', () => {
    const cmds = planTurn(game(units), 'soviet', plan(true), 'regular');
    const attack = cmds.find((c) => c.type === 'attack');
    expect(attack).toBeDefined();
    expect(attack!.type === 'attack' && [...attack!.unitIds].sort()).toEqual(['s-1', 's-2']);
    const firstAttack = cmds.findIndex((c) => c.type === 'attack');
    expect(cmds.slice(0, firstAttack).some((c) => c.type === 'bombard')).toBe(false);
  });

  it('under an ordinary attack order they shell the position first, as before', () => {
    const cmds = planTurn(game(units), 'soviet', plan(false), 'regular');
    expect(cmds.some((c) => c.type === 'bombard' && (c.unitId === 's-1' || c.unitId === 's-2'))).toBe(true);
  });
});
