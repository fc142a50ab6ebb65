/**
 * A small hand-built battle for whole-game tests: a 14×9 map with the Khalkhin Gol (one bridge, one ford), dunes and
 * a height, a handful of units a side with real equipment, supply sources, a reinforcement, objectives and
 * milestones. Small enough to play thousands of random games in a test, rich enough to touch every rule.
 */
import { createInitialState } from '../../src/engine/game';
import type { GameSetup, GameState } from '../../src/engine/types';
import { at, testSetup, testUnit } from './test-setup';

// Columns 0–4 west bank (heights at the river), 5–13 east bank with dunes and hollows.
const ROWS = [
  '...HH.dd......',
  '...HH..d.h....',
  '..HHH...dd....',
  '...HH.........',
  '...HH..h..dd..',
  '..HHH.....d...',
  '...HH...h.....',
  '...HH..dd.....',
  '..HHH.........',
];

/** The Khalkhin Gol between columns 4 and 5: E sides, and NE/SE sides on odd rows. */
const river = Array.from({ length: ROWS.length }, (_, row) =>
  (row % 2 === 1 ? ([0, 5, 1] as const) : ([0] as const)).map((direction) => ({
    col: 4,
    row,
    direction,
    river: 'major' as const,
    ...(row === 4 && direction === 0 ? { crossing: 'bridge' as const } : {}),
    ...(row === 8 && direction === 0 ? { crossing: 'ford' as const } : {}),
  })),
).flat();

export const BRIDGE_EAST = at(5, 4);

export const smallBattleSetup = (turns = 6): GameSetup => ({
  ...testSetup({
    turns,
    start: '1939-05-28T16:00',
    minutesPerTurn: 120,
    firstSide: 'japanese',
    map: {
      rows: ROWS,
      hexsides: river,
      roads: [{ kind: 'track', path: [[1, 4], [2, 4], [3, 4], [4, 4], [5, 4], [6, 4], [7, 4], [8, 4], [9, 4], [10, 4], [11, 4], [12, 4], [13, 4]] }],
    },
    supplySources: [
      { id: 'sov-depot', side: 'soviet', hex: at(0, 4), name: 'West-bank depot' },
      { id: 'jap-depot', side: 'japanese', hex: at(13, 4), name: 'Nomonhan depot' },
    ],
    rules: { soviet: { trucks: 20, airSorties: 1 }, japanese: { trucks: 6 } },
    units: [
      testUnit({ id: 'sov-rifle-1', side: 'soviet', at: [6, 4], kind: 'motorised-infantry', men: 180, equipment: { LMG: 9, HMG: 2, truck: 12 } }),
      testUnit({ id: 'sov-rifle-2', side: 'soviet', at: [6, 6], kind: 'motorised-infantry', men: 180, equipment: { LMG: 9, HMG: 2, truck: 12 } }),
      testUnit({ id: 'sov-ba6', side: 'soviet', at: [7, 3], kind: 'armoured-car', size: 'company', men: 60, equipment: { 'BA-6': 12 } }),
      testUnit({ id: 'sov-guns', side: 'soviet', at: [3, 3], kind: 'artillery', size: 'battalion', men: 200, equipment: { '76mm-M1902': 8, truck: 10 } }),
      testUnit({ id: 'sov-149', side: 'soviet', kind: 'infantry', size: 'battalion', men: 600, equipment: { LMG: 27, HMG: 12, '45mm-M1937': 4, truck: 20 }, arrives: { turn: 3, hex: at(1, 4) } }),
      testUnit({ id: 'jap-azuma', side: 'japanese', at: [9, 4], kind: 'reconnaissance', men: 220, equipment: { LMG: 6, HMG: 2, truck: 8 } }),
      testUnit({ id: 'jap-64-1', side: 'japanese', at: [10, 2], kind: 'infantry', size: 'battalion', men: 500, equipment: { LMG: 27, HMG: 8, '70mm-Type92': 2, '37mm-Type94': 2 } }),
      testUnit({ id: 'jap-64-2', side: 'japanese', at: [10, 6], kind: 'infantry', size: 'battalion', men: 500, equipment: { LMG: 27, HMG: 8, '70mm-Type92': 2 } }),
      testUnit({ id: 'jap-eng', side: 'japanese', at: [11, 5], kind: 'engineer', men: 150, equipment: { LMG: 6 } }),
      testUnit({ id: 'jap-tanks', side: 'japanese', at: [12, 3], kind: 'tank', men: 90, equipment: { Type89: 10, Type95: 8 } }),
    ],
    objectives: [
      { id: 'jp-take-bridge', side: 'japanese', kind: 'take-hex', name: 'Seize the bridge', description: 'Take the bridge over the Khalkhin Gol.', points: 20, hexes: [BRIDGE_EAST] },
      { id: 'sv-hold-bridge', side: 'soviet', kind: 'hold-hex', name: 'Hold the bridgehead', description: 'Keep the bridge.', points: 20, hexes: [BRIDGE_EAST] },
      { id: 'sv-destroy-azuma', side: 'soviet', kind: 'destroy-unit', name: 'Destroy Azuma', description: 'Destroy the reconnaissance group.', points: 10, units: ['jap-azuma'] },
      { id: 'jp-bleed', side: 'japanese', kind: 'loss-threshold', name: 'Bleed the bridgehead', description: '', points: 5, percent: 30 },
    ],
  }),
  milestones: [
    { id: 'bridge-taken', name: 'Bridge taken', when: { kind: 'hex-taken', side: 'japanese', hexes: [BRIDGE_EAST] } },
    { id: 'azuma-destroyed', name: 'Azuma destroyed', when: { kind: 'units-broken', units: ['jap-azuma'], percent: 60 } },
    { id: 'tanks-half-lost', name: 'Half the tanks lost', when: { kind: 'equipment-lost', units: ['jap-tanks'], classes: ['tank', 'tankette'], percent: 50 } },
  ],
});

export const smallBattle = (seed: number | string = 1, turns = 6): GameState => createInitialState(smallBattleSetup(turns), { seed });
