/**
 * The bundled historical scenario files as the tests read them: raw JSON (what an author wrote), the engine's map
 * built from it, and per-side sums of men, tanks, armoured cars and guns by the catalogue's classes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DIRECTIONS, offsetToAxial, type Direction } from '../../src/engine/hex';
import { buildMap, indexOf, type MapData } from '../../src/engine/map';
import { EQUIPMENT, GUN_CLASSES, TANK_CLASSES } from '../../src/engine/equipment';
import type { Terrain } from '../../src/engine/vocabulary';

export const SCENARIO_IDS = ['azuma-encirclement', 'yasuoka-night-attack', 'august-offensive'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export type Offset = [number, number];
export type Hexside = [number, number, (typeof DIRECTIONS)[number]];

/** The parts of a scenario file these tests read (the full shape is src/scenario's zod schema). */
export interface RawUnit {
  id: string;
  side: 'soviet' | 'japanese';
  name: string;
  formation: string;
  men: number;
  equipment: Record<string, number>;
  at?: Offset;
  arrives?: { turn: number; at: Offset };
  source: string;
}
export interface RawScenario {
  id: string;
  map: {
    width: number;
    height: number;
    hexMetres: number;
    legend: Record<string, Terrain>;
    terrain: string[];
    elevation: { base: number; step: number; rows: string[] };
    rivers: { name: string; kind: 'major' | 'minor'; sides: Hexside[] }[];
    crossings: { id: string; name: string; kind: 'bridge' | 'pontoon' | 'ford'; side: Hexside }[];
    roads: { name: string; kind: 'road' | 'track'; path: Offset[] }[];
    places: { id: string; name: string; kind: string; at: Offset }[];
  };
  clock: { start: string; minutesPerTurn: number; turns: number; sunrise: string; sunset: string; weather: { id: string; fromTurn: number; toTurn: number; visibilityMetres: number }[] };
  sides: Record<'soviet' | 'japanese', { rules: Record<string, number | boolean>; supplySources: { id: string; at: Offset }[] }>;
  units: RawUnit[];
  objectives: { id: string; side: string; kind: string; units?: string[]; hexes?: Offset[]; groups?: string[][] }[];
  milestones: { id: string; when: { kind: string; units?: string[]; hexes?: Offset[]; groups?: string[][] } }[];
  levers: { id: string; default: number; min: number; max: number; step: number; description: string; source: string; effects: { kind: string; units?: string[]; side?: string; rule?: string }[] }[];
  aiPlan: Record<'soviet' | 'japanese', { formations: { id: string; units: string[]; task: { kind: string; hexes: Offset[] } }[] }>;
  historical: {
    winner: string;
    strength: Record<'soviet' | 'japanese', { men: number; tanks: number; armouredCars: number; guns: number; aircraft?: number; source: string }>;
    losses: Record<'soviet' | 'japanese', Record<string, number | null>>;
    milestones: Record<string, { date: string; turn?: number }>;
  };
}

export const scenarioPath = (id: string): string => fileURLToPath(new URL(`../../scenarios/${id}.json`, import.meta.url));
export const scenarioText = (id: string): string => readFileSync(scenarioPath(id), 'utf8');
export const loadScenario = (id: string): RawScenario => JSON.parse(scenarioText(id)) as RawScenario;

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
export const dirIndex = (d: string): Direction => DIRECTIONS.indexOf(d as (typeof DIRECTIONS)[number]) as Direction;

/** The engine's map from the file's map block (the same reading the scenario parser does). */
export const engineMap = (s: RawScenario): MapData => {
  const m = s.map;
  const terrain: Terrain[] = [];
  const elevation: number[] = [];
  for (let row = 0; row < m.height; row++) {
    for (let col = 0; col < m.width; col++) {
      terrain.push(m.legend[m.terrain[row]![col]!]!);
      elevation.push(m.elevation.base + m.elevation.step * DIGITS.indexOf(m.elevation.rows[row]![col]!));
    }
  }
  const hexsides = [
    ...m.rivers.flatMap((r) => r.sides.map(([c, w, d]) => ({ hex: offsetToAxial({ col: c, row: w }), direction: dirIndex(d), river: r.kind }))),
    ...m.crossings.map((x) => ({ hex: offsetToAxial({ col: x.side[0], row: x.side[1] }), direction: dirIndex(x.side[2]), crossing: x.kind })),
  ];
  return buildMap({
    width: m.width,
    height: m.height,
    hexMetres: m.hexMetres,
    terrain,
    elevation,
    hexsides,
    roads: m.roads.map((r) => ({ kind: r.kind, path: r.path.map(([c, w]) => offsetToAxial({ col: c, row: w })), name: r.name })),
    places: m.places.map((p) => ({ id: p.id, name: p.name, kind: p.kind as 'village', hex: offsetToAxial({ col: p.at[0], row: p.at[1] }) })),
  });
};

export const indexOfOffset = (map: MapData, [col, row]: Offset | Hexside): number => indexOf(map, offsetToAxial({ col, row }));

export interface Strength {
  men: number;
  tanks: number;
  armouredCars: number;
  guns: number;
}

/** Sum a side's men and equipment by class: tanks and tankettes, armoured cars, guns (not mortars). */
export const sideStrength = (units: readonly RawUnit[], side: 'soviet' | 'japanese'): Strength => {
  const out: Strength = { men: 0, tanks: 0, armouredCars: 0, guns: 0 };
  for (const u of units) {
    if (u.side !== side) continue;
    out.men += u.men;
    for (const [id, n] of Object.entries(u.equipment)) {
      const e = EQUIPMENT[id];
      if (!e) throw new Error(`unknown equipment ${id} in ${u.id}`);
      if (TANK_CLASSES.includes(e.class)) out.tanks += n;
      else if (e.class === 'armoured-car') out.armouredCars += n;
      else if (GUN_CLASSES.includes(e.class)) out.guns += n;
    }
  }
  return out;
};

/** Equipment counts of a set of units by catalogue id. */
export const equipmentOf = (units: readonly RawUnit[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const u of units) for (const [id, n] of Object.entries(u.equipment)) out[id] = (out[id] ?? 0) + n;
  return out;
};
