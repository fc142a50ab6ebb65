/**
 * The computer bridges the river where its plan needs a crossing: on a small map with a major river and one bridge far
 * to the north, riflemen ordered across it in the south get a pontoon from their engineers near them (three turns of
 * work), and cross it; with the bridge next to them, or with no engineers, nobody bridges.
 */
import { describe, expect, it } from 'vitest';
import { engineDriver, engineRules } from '../../src/ai/engine-rules';
import { banksOf } from '../../src/ai/bridge-sites';
import { createMemory, type AiMemory } from '../../src/ai/memory';
import { playSideTurn } from '../../src/ai/play-side-turn';
import { createInitialState } from '../../src/engine/game';
import { crossingAt } from '../../src/engine/crossings';
import { indexOf } from '../../src/engine/map';
import type { Command, Direction, GameState } from '../../src/engine';
import type { SidePlan } from '../../src/scenario/ai-plan';
import { testPlan } from '../helpers/ai-plan';
import { at, testSetup, testUnit, type TestUnitOptions } from '../helpers/test-setup';

const WIDTH = 14;
const HEIGHT = 12;
/** A major river along the east side of column 6, the way the scenario files draw one on odd-r rows. */
const river = (bridgeRow: number | null) =>
  Array.from({ length: HEIGHT }, (_, row) => [
    { col: 6, row, direction: 0 as Direction, river: 'major' as const, ...(row === bridgeRow ? { crossing: 'bridge' as const } : {}) },
    ...(row % 2 === 1
      ? [
          { col: 6, row, direction: 5 as Direction, river: 'major' as const },
          { col: 6, row, direction: 1 as Direction, river: 'major' as const },
        ]
      : []),
  ]).flat();

const game = (units: TestUnitOptions[], bridgeRow: number | null): GameState =>
  createInitialState(
    testSetup({
      map: { width: WIDTH, height: HEIGHT, hexsides: river(bridgeRow) },
      units: units.map(testUnit),
      turns: 12,
      firstSide: 'soviet',
      supplySources: [{ id: 'sov-src', side: 'soviet', hex: at(0, 9), name: 'Rear' }],
    }),
    { seed: 3 },
  );

const riflemen: TestUnitOptions[] = [
  { id: 's-r1', side: 'soviet', men: 200, equipment: { LMG: 9 }, at: [4, 9] },
  { id: 's-r2', side: 'soviet', men: 200, equipment: { LMG: 9 }, at: [4, 10] },
  { id: 's-r3', side: 'soviet', men: 200, equipment: { LMG: 9 }, at: [3, 9] },
  { id: 'j-far', side: 'japanese', men: 100, equipment: { LMG: 3 }, at: [13, 0] },
];
const engineers: TestUnitOptions[] = [{ id: 's-eng', side: 'soviet', kind: 'engineer', men: 300, equipment: { LMG: 6 }, at: [2, 9] }];

const plan: SidePlan = testPlan({
  soviet: {
    formations: [
      { id: 'rifles', units: ['s-r1', 's-r2', 's-r3'], task: { kind: 'advance', hexes: [[11, 9]], radius: 1 } },
      { id: 'sappers', units: ['s-eng'], task: { kind: 'advance', hexes: [[11, 9]], radius: 1 } },
    ],
  },
}).soviet;

/** Plays `turns` Soviet side-turns (the Japanese pass), returning every Soviet command and the last state. */
const play = (start: GameState, turns: number): { commands: Command[]; state: GameState } => {
  let state = start;
  let memory: AiMemory = createMemory('soviet');
  const commands: Command[] = [];
  for (let t = 0; t < turns && !state.result; t++) {
    const r = playSideTurn(state, 'soviet', { plan, memory, difficulty: 'regular', rules: engineRules, driver: engineDriver });
    commands.push(...r.commands);
    memory = r.memory;
    const j = engineDriver.applyCommand(r.state, { type: 'end-turn' });
    if (!j.ok) throw new Error(j.reason);
    state = j.state;
  }
  return { commands, state };
};

const eastBank = (state: GameState, id: string): boolean => {
  const u = state.units.find((x) => x.id === id)!;
  const bank = banksOf(state.setup.map);
  return u.hex !== null && bank[indexOf(state.setup.map, u.hex)] === bank[indexOf(state.setup.map, at(11, 9))];
};

describe('the computer bridges the river', () => {
  it('builds a pontoon near the riflemen when the only bridge is far away, and they cross it', () => {
    const start = game([...riflemen, ...engineers], 0);
    const { commands, state } = play(start, 8);
    const builds = commands.filter((c): c is Extract<Command, { type: 'build-bridge' }> => c.type === 'build-bridge');
    expect(builds.length).toBeGreaterThanOrEqual(3);
    // One finished pontoon, in the south, far from the northern bridge.
    const finished = state.pontoons.filter((p) => p.progress >= p.needed);
    expect(finished).toHaveLength(1);
    const [i, d] = finished[0]!.edge.split(':').map(Number) as [number, Direction];
    expect(crossingAt(state, i, d)).toBe('pontoon');
    expect(Math.floor(i / WIDTH)).toBeGreaterThanOrEqual(6);
    // The riflemen used it.
    expect(riflemen.filter((r) => r.side === 'soviet' && eastBank(state, r.id)).length).toBeGreaterThanOrEqual(2);
  });

  it('does not bridge next to a bridge, nor without engineers', () => {
    const near = game([...riflemen, ...engineers], 9);
    expect(play(near, 3).commands.some((c) => c.type === 'build-bridge')).toBe(false);
    const none = game(riflemen, 0);
    expect(play(none, 3).commands.some((c) => c.type === 'build-bridge')).toBe(false);
  });

  it('chooses the same site from the same view (deterministic)', () => {
    const s = game([...riflemen, ...engineers], 0);
    const a = play(s, 2);
    const b = play(s, 2);
    expect(a.commands).toEqual(b.commands);
    expect(a.commands.some((c) => c.type === 'build-bridge')).toBe(true);
  });
});
