/**
 * What it costs each mobility class to step from a hex into its neighbour, in movement points (MP; open steppe = 2,
 * see mobility.ts). Exported as tables so the UI can show them as tooltips.
 *
 * Grounded in the fact sheet §A: the east bank's sand hillocks and barkhans badly hamper tanks and armoured cars and
 * make wheeled transport "almost impossible"; the Khalkhin Gol valley is swampy; the descents from the west-bank
 * heights are steep and in many places impassable for vehicles; the river itself has few fords.
 *
 * A step costs: the road or track along the hexside if there is one (it replaces terrain and slope), otherwise the
 * terrain of the hex entered plus a slope charge for the climb or descent; plus the river on the hexside, if any.
 */
import { changedCrossingEdges, crossingAt, parseEdgeKey } from './crossings';
import { opposite, type Direction } from './hex';
import type { MapData } from './map';
import type { GameState, PontoonWork } from './types';
import type { Crossing, MobilityClass, Road, Terrain } from './vocabulary';

type ByClass = Readonly<Record<MobilityClass, number | null>>;

/** MP to enter a hex of each terrain (null: impassable). */
export const TERRAIN_COSTS: Readonly<Record<Terrain, ByClass>> = {
  steppe: { foot: 2, horse: 2, wheeled: 2, tracked: 2 },
  dunes: { foot: 3, horse: 4, wheeled: 12, tracked: 5 },
  hollow: { foot: 3, horse: 3, wheeled: 6, tracked: 4 },
  marsh: { foot: 4, horse: 6, wheeled: 12, tracked: 6 },
  floodplain: { foot: 3, horse: 4, wheeled: 6, tracked: 4 },
  heights: { foot: 3, horse: 3, wheeled: 4, tracked: 3 },
  village: { foot: 2, horse: 2, wheeled: 2, tracked: 2 },
  lake: { foot: null, horse: null, wheeled: null, tracked: null },
};

/** MP for a step along a road or track, whatever the terrain (roads are graded, so no slope charge either). */
export const ROAD_COSTS: Readonly<Record<Exclude<Road, 'none'>, Readonly<Record<MobilityClass, number>>>> = {
  road: { foot: 2, horse: 2, wheeled: 1, tracked: 1 },
  track: { foot: 2, horse: 2, wheeled: 2, tracked: 2 },
};

/** Extra MP to cross a river hexside, by river and crossing (null: cannot cross there). */
export const RIVER_COSTS: Readonly<Record<'minor' | 'major', Readonly<Record<Crossing, ByClass>>>> = {
  // The Holsten: 3–4 m wide, up to 2 m deep, in its own valley.
  minor: {
    none: { foot: 2, horse: 2, wheeled: 6, tracked: 3 },
    ford: { foot: 1, horse: 1, wheeled: 2, tracked: 1 },
    bridge: { foot: 0, horse: 0, wheeled: 0, tracked: 0 },
    pontoon: { foot: 0, horse: 0, wheeled: 0, tracked: 0 },
  },
  // The Khalkhin Gol: 50–130 m wide, 2–3 m deep, a strong current, steep banks. Pontoons take one vehicle at a time.
  major: {
    none: { foot: null, horse: null, wheeled: null, tracked: null },
    ford: { foot: 4, horse: 3, wheeled: null, tracked: 4 },
    bridge: { foot: 0, horse: 0, wheeled: 0, tracked: 0 },
    pontoon: { foot: 1, horse: 1, wheeled: 2, tracked: 2 },
  },
};

/**
 * Slope charges by gradient between hex centres, in per mille (metres of height per km): a moderate slope from 40 ‰,
 * a steep one from 70 ‰. At 500 m hexes that is 20 m and 35 m of height difference between neighbours: a map's
 * elevation is an average over each hex, so the west-bank escarpment (a 40–50 m wall seen from the east) shows as
 * 35–50 m steps, and the steep charge is what makes its descents so costly for vehicles off the roads.
 */
export const SLOPE_THRESHOLDS = { moderate: 40, steep: 70 } as const;
export const SLOPE_COSTS: Readonly<Record<'moderate' | 'steep', Readonly<Record<MobilityClass, number>>>> = {
  moderate: { foot: 0, horse: 1, wheeled: 2, tracked: 1 },
  steep: { foot: 1, horse: 2, wheeled: 6, tracked: 3 },
};

/** The slope charge between hexes whose elevations differ by `rise` metres, `hexMetres` apart. */
export const slopeCost = (mobility: MobilityClass, rise: number, hexMetres: number): number => {
  const gradient = Math.floor((Math.abs(rise) * 1000) / Math.max(hexMetres, 1));
  if (gradient >= SLOPE_THRESHOLDS.steep) return SLOPE_COSTS.steep[mobility];
  if (gradient >= SLOPE_THRESHOLDS.moderate) return SLOPE_COSTS.moderate[mobility];
  return 0;
};

/** Marks an impassable step in the cost arrays. */
export const IMPASSABLE = -1;

/**
 * MP for `mobility` to step from hex `from` across its side `direction`, given the crossing in force there
 * (see crossingAt in crossings.ts), or IMPASSABLE. Ignores units: zones of control, stacking and enemy hexes are
 * movement.ts's business.
 */
export const stepCost = (map: MapData, mobility: MobilityClass, from: number, direction: Direction, crossing: Crossing): number => {
  const edge = from * 6 + direction;
  const to = map.neighbours[edge] ?? -1;
  if (to < 0) return IMPASSABLE;
  const terrain = map.terrain[to]!;
  const enter = TERRAIN_COSTS[terrain][mobility];
  if (enter === null) return IMPASSABLE; // a road does not run across a lake
  const road = map.road[edge] ?? 'none';
  let cost =
    road === 'none'
      ? enter + slopeCost(mobility, map.elevation[to]! - map.elevation[from]!, map.hexMetres)
      : ROAD_COSTS[road][mobility];
  const river = map.river[edge] ?? 'none';
  if (river !== 'none') {
    const extra = RIVER_COSTS[river][crossing][mobility];
    if (extra === null) return IMPASSABLE;
    cost += extra;
  }
  return cost;
};

/** The greatest finite step cost the tables allow (worst terrain, steep slope, worst passable river side). */
export const MAX_STEP_COST = 12 + 6 + 6;

const CLASS_SLOT: Readonly<Record<MobilityClass, number>> = { foot: 0, horse: 1, wheeled: 2, tracked: 3 };

/** Per map, per class: the cost of every step (index * 6 + direction) with the map's own crossings. */
const mapTables = new WeakMap<MapData, (Int16Array | undefined)[]>();

const buildTable = (map: MapData, mobility: MobilityClass): Int16Array => {
  const n = map.width * map.height;
  const table = new Int16Array(n * 6);
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < 6; d++) {
      table[i * 6 + d] = stepCost(map, mobility, i, d as Direction, map.crossing[i * 6 + d] ?? 'none');
    }
  }
  return table;
};

/**
 * The step-cost table for `mobility` on this map with its own crossings: built once per map and class, then shared.
 * Treat it as read-only.
 */
export const mapStepCosts = (map: MapData, mobility: MobilityClass): Int16Array => {
  let tables = mapTables.get(map);
  if (!tables) {
    tables = [];
    mapTables.set(map, tables);
  }
  const slot = CLASS_SLOT[mobility];
  let table = tables[slot];
  if (!table) {
    table = buildTable(map, mobility);
    tables[slot] = table;
  }
  return table;
};

interface PatchedTables {
  readonly map: MapData;
  readonly destroyed: readonly string[];
  readonly tables: (Int16Array | undefined)[];
}
/** Tables patched for crossings changed in play, keyed by the state's pontoons array (a new array on every change). */
const patchedTables = new WeakMap<readonly PontoonWork[], PatchedTables>();

/**
 * The step-cost table for `mobility` in this state: the map's table, patched on the few hexsides whose crossing has
 * changed in play (finished pontoons, destroyed bridges). Cached per pontoons/destroyed-crossings arrays, so every
 * state that shares them shares the table. Treat it as read-only.
 */
export const stateStepCosts = (state: Pick<GameState, 'setup' | 'pontoons' | 'destroyedCrossings'>, mobility: MobilityClass): Int16Array => {
  const map = state.setup.map;
  const base = mapStepCosts(map, mobility);
  if (state.destroyedCrossings.length === 0 && !state.pontoons.some((p) => p.progress >= p.needed)) return base;
  let entry = patchedTables.get(state.pontoons);
  if (!entry || entry.map !== map || entry.destroyed !== state.destroyedCrossings) {
    entry = { map, destroyed: state.destroyedCrossings, tables: [] };
    patchedTables.set(state.pontoons, entry);
  }
  const slot = CLASS_SLOT[mobility];
  let table = entry.tables[slot];
  if (!table) {
    table = base.slice();
    for (const key of changedCrossingEdges(state)) {
      const edge = parseEdgeKey(key);
      if (!edge) continue;
      const { index, direction } = edge;
      const other = map.neighbours[index * 6 + direction] ?? -1;
      const crossing = crossingAt(state, index, direction);
      table[index * 6 + direction] = stepCost(map, mobility, index, direction, crossing);
      if (other >= 0) table[other * 6 + opposite(direction)] = stepCost(map, mobility, other, opposite(direction), crossing);
    }
    entry.tables[slot] = table;
  }
  return table;
};
