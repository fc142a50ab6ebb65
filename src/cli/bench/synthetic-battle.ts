/**
 * A synthetic but realistically sized battle for benchmarks: a 60×40 map of mixed steppe, dunes, hollows and marsh
 * with a major river (three crossings), a minor river, roads and tracks, and 300 battalion- and company-sized units
 * (150 a side) with real equipment mixes, supply sources, objectives and milestones. Deterministic: the same call
 * gives the same state.
 */
import { buildMap, createInitialState, DEFAULT_SIDE_RULES, offsetToAxial, type Axial, type Direction, type GameSetup, type GameState, type HexsideSpec, type RoadSpec, type Side, type Terrain, type UnitKind, type UnitSetup } from '../../engine';

const at = (col: number, row: number): Axial => offsetToAxial({ col, row });

/** A small integer hash for scattering terrain. */
const scatter = (col: number, row: number): number => {
  let h = Math.imul(col + 1, 0x9e3779b1) ^ Math.imul(row + 7, 0x85ebca6b);
  h ^= h >>> 13;
  return (Math.imul(h, 0xc2b2ae35) >>> 0) % 100;
};

const terrainAt = (col: number, row: number): Terrain => {
  const s = scatter(col, row);
  if (col === 20 || col === 21) return s < 60 ? 'floodplain' : 'marsh';
  if (col < 20) return s < 30 ? 'heights' : 'steppe';
  if (s < 30) return 'dunes';
  if (s < 40) return 'hollow';
  if (s < 44) return 'marsh';
  if (s < 45) return 'lake';
  return 'steppe';
};

const MIXES: ReadonlyArray<{ kind: UnitKind; men: number; equipment: Record<string, number> }> = [
  { kind: 'infantry', men: 600, equipment: { LMG: 27, HMG: 12, '82mm-mortar': 6, truck: 10 } },
  { kind: 'tank', men: 150, equipment: { 'BT-7': 30, truck: 12 } },
  { kind: 'artillery', men: 300, equipment: { '122mm-M1910': 12, truck: 20 } },
  { kind: 'anti-tank', men: 120, equipment: { '45mm-M1937': 12, truck: 12 } },
  { kind: 'armoured-car', men: 120, equipment: { 'BA-10': 25, truck: 8 } },
  { kind: 'cavalry', men: 400, equipment: { LMG: 16, HMG: 4 } },
];

const unitsFor = (side: Side, count: number): UnitSetup[] => {
  const out: UnitSetup[] = [];
  for (let k = 0; k < count; k++) {
    const mix = MIXES[k % MIXES.length]!;
    // Soviets west and centre, Japanese east; a grid with a gap so the fronts touch in the middle.
    const col = side === 'soviet' ? 6 + (k % 15) * 2 + (k % 2) : 32 + (k % 13) * 2;
    const row = 2 + Math.floor(k / 15) * 3 + (side === 'soviet' ? 0 : 1);
    const equipment = side === 'soviet' ? mix.equipment : { LMG: 24, HMG: 8, '70mm-Type92': 2, truck: 6 };
    out.push({
      id: `${side === 'soviet' ? 'sov' : 'jap'}-${String(k).padStart(3, '0')}`,
      side,
      name: `${side} unit ${k}`,
      label: `${k}`,
      formation: `${side} group ${Math.floor(k / 10)}`,
      kind: side === 'soviet' ? mix.kind : 'infantry',
      size: 'battalion',
      men: mix.men,
      equipment,
      ...(k % 25 === 24 ? { arrives: { turn: 3, hex: at(side === 'soviet' ? 2 : 58, 20) } } : { hex: at(col, Math.min(39, row)) }),
      source: 'synthetic',
    });
  }
  return out;
};

/** The benchmark battle's setup. */
export const syntheticSetup = (): GameSetup => {
  const width = 60;
  const height = 40;
  const terrain: Terrain[] = [];
  const elevation: number[] = [];
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const t = terrainAt(col, row);
      terrain.push(t);
      elevation.push(t === 'heights' ? 650 : col < 20 ? 620 : 600 + (scatter(row, col) % 10));
    }
  }
  const hexsides: HexsideSpec[] = [];
  for (let row = 0; row < height; row++) {
    const crossing = row === 8 ? 'bridge' : row === 20 ? 'ford' : row === 30 ? 'pontoon' : undefined;
    hexsides.push({ hex: at(21, row), direction: 0 as Direction, river: 'major', ...(crossing ? { crossing } : {}) });
  }
  for (let col = 22; col < width; col++) hexsides.push({ hex: at(col, 20), direction: 1 as Direction, river: 'minor' });
  const roads: RoadSpec[] = [
    { kind: 'road', path: Array.from({ length: width }, (_, c) => at(c, 8)) },
    { kind: 'track', path: Array.from({ length: height }, (_, r) => at(10, r)) },
    { kind: 'track', path: Array.from({ length: height }, (_, r) => at(40, r)) },
  ];
  return {
    scenarioId: 'synthetic-battle',
    contentHash: 'synthetic-1',
    title: 'Synthetic benchmark battle',
    levers: { 'japanese-trucks': 100 },
    map: buildMap({ width, height, hexMetres: 500, terrain, elevation, hexsides, roads, places: [] }),
    clock: { start: '1939-08-20T05:45', minutesPerTurn: 180, turns: 30, sunrise: '04:50', sunset: '20:10', weather: [], firstSide: 'soviet' },
    units: [...unitsFor('soviet', 150), ...unitsFor('japanese', 150)],
    supplySources: [
      { id: 'sov-depot', side: 'soviet', hex: at(1, 8), name: 'Soviet depot' },
      { id: 'jap-depot', side: 'japanese', hex: at(59, 8), name: 'Japanese depot' },
    ],
    rules: { soviet: { ...DEFAULT_SIDE_RULES, trucks: 800 }, japanese: { ...DEFAULT_SIDE_RULES, trucks: 300, airSorties: 4 } },
    objectives: [
      { id: 'sov-take-bridge', side: 'soviet', kind: 'take-hex', name: 'Take the bridge', description: '', points: 20, hexes: [at(22, 8)] },
      { id: 'jap-hold-bridge', side: 'japanese', kind: 'hold-hex', name: 'Hold the bridge', description: '', points: 20, hexes: [at(22, 8)] },
      { id: 'jap-losses', side: 'japanese', kind: 'loss-threshold', name: 'Bleed them', description: '', points: 10, percent: 30 },
    ],
    milestones: [
      { id: 'bridge-taken', name: 'Bridge taken', when: { kind: 'hex-taken', side: 'soviet', hexes: [at(22, 8)] } },
      { id: 'jap-broken', name: 'Japanese broken', when: { kind: 'units-broken', units: ['jap-000', 'jap-001', 'jap-002'], percent: 50 } },
    ],
    victory: { decisiveMargin: 30, marginalMargin: 10 },
  };
};

/** The benchmark battle at its start (seed 1). */
export const syntheticState = (): GameState => createInitialState(syntheticSetup(), { seed: 1 });
