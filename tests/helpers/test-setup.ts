/**
 * Hand-built setups for rule tests: a rectangular map drawn with a terrain picture (one character per hex, odd-r rows)
 * and units placed by offset coordinates. Real scenario files are tested separately under tests/scenario.
 */
import { offsetToAxial, type Axial, type Direction } from '../../src/engine/hex';
import { buildMap, type HexsideSpec, type Place, type RoadSpec } from '../../src/engine/map';
import { DEFAULT_SIDE_RULES } from '../../src/engine/rules-defaults';
import type { GameSetup, Objective, SideRules, UnitSetup } from '../../src/engine/types';
import type { Side, Terrain } from '../../src/engine/vocabulary';

export const LEGEND: Readonly<Record<string, Terrain>> = {
  '.': 'steppe',
  d: 'dunes',
  h: 'hollow',
  m: 'marsh',
  f: 'floodplain',
  H: 'heights',
  '~': 'lake',
  v: 'village',
};

export const at = (col: number, row: number): Axial => offsetToAxial({ col, row });

export interface TestMapOptions {
  /** Terrain rows, top (north) first; all the same length. Defaults to open steppe of `width` × `height`. */
  rows?: string[];
  width?: number;
  height?: number;
  hexMetres?: number;
  /** Elevation per hex in metres; defaults to 600 everywhere (heights +40). */
  elevation?: (col: number, row: number, terrain: Terrain) => number;
  hexsides?: Array<{ col: number; row: number; direction: Direction; river?: HexsideSpec['river']; crossing?: HexsideSpec['crossing'] }>;
  roads?: Array<{ kind: RoadSpec['kind']; path: Array<[number, number]> }>;
  places?: Place[];
}

export const testMap = (o: TestMapOptions = {}) => {
  const width = o.rows ? o.rows[0]!.length : (o.width ?? 20);
  const height = o.rows ? o.rows.length : (o.height ?? 15);
  const terrain: Terrain[] = [];
  const elevation: number[] = [];
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const ch = o.rows ? o.rows[row]![col]! : '.';
      const t = LEGEND[ch];
      if (!t) throw new Error(`test map: unknown terrain '${ch}' at ${col},${row}`);
      terrain.push(t);
      elevation.push(o.elevation ? o.elevation(col, row, t) : t === 'heights' ? 640 : 600);
    }
  }
  return buildMap({
    width,
    height,
    hexMetres: o.hexMetres ?? 500,
    terrain,
    elevation,
    hexsides: (o.hexsides ?? []).map((s) => ({
      hex: at(s.col, s.row),
      direction: s.direction,
      ...(s.river ? { river: s.river } : {}),
      ...(s.crossing ? { crossing: s.crossing } : {}),
    })),
    roads: (o.roads ?? []).map((r) => ({ kind: r.kind, path: r.path.map(([c, w]) => at(c, w)) })),
    places: o.places ?? [],
  });
};

export interface TestUnitOptions extends Partial<Omit<UnitSetup, 'hex'>> {
  id: string;
  side: Side;
  /** Offset position [col, row]. */
  at?: [number, number];
}

export const testUnit = (o: TestUnitOptions): UnitSetup => {
  const { at: pos, ...rest } = o;
  return {
    name: o.id,
    label: o.id,
    formation: 'test',
    kind: 'infantry',
    size: 'company',
    men: 150,
    equipment: { LMG: 9 },
    source: 'test',
    ...rest,
    ...(pos ? { hex: at(pos[0], pos[1]) } : {}),
  } as UnitSetup;
};

export interface TestSetupOptions {
  map?: TestMapOptions;
  units: UnitSetup[];
  turns?: number;
  start?: string;
  minutesPerTurn?: number;
  firstSide?: Side;
  rules?: Partial<Record<Side, Partial<SideRules>>>;
  objectives?: Objective[];
  supplySources?: GameSetup['supplySources'];
}

export const testSetup = (o: TestSetupOptions): GameSetup => ({
  scenarioId: 'test',
  contentHash: 'test',
  title: 'Test',
  levers: {},
  map: testMap(o.map),
  clock: {
    start: o.start ?? '1939-07-03T08:00',
    minutesPerTurn: o.minutesPerTurn ?? 60,
    turns: o.turns ?? 10,
    sunrise: '04:30',
    sunset: '20:00',
    weather: [],
    firstSide: o.firstSide ?? 'soviet',
  },
  units: o.units,
  supplySources: o.supplySources ?? [],
  rules: {
    soviet: { ...DEFAULT_SIDE_RULES, ...o.rules?.soviet },
    japanese: { ...DEFAULT_SIDE_RULES, ...o.rules?.japanese },
  },
  objectives: o.objectives ?? [],
  milestones: [],
  victory: { decisiveMargin: 20, marginalMargin: 5 },
});
