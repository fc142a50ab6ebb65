/**
 * The battlefield: a rectangle of pointy-top hexes in odd-r offset layout, `width` columns by `height` rows, with
 * terrain and elevation per hex and features on hexsides (rivers, crossings, roads). `buildMap` turns the plain
 * authoring form (`MapSpec`) into flat arrays indexed by `index = row * width + col` and `edge = index * 6 + direction`
 * with a precomputed neighbour table, so movement and sight never build coordinate objects in their loops.
 * MapData is plain JSON data, built once per game and shared (never copied) by every later state.
 */
import { axialToOffset, DIRECTION_VECTORS, type Axial, type Direction, offsetToAxial, opposite } from './hex';
import type { Crossing, River, Road, Terrain } from './vocabulary';

export interface HexsideSpec {
  /** The hex on one side; the feature belongs to both hexes that share the side. */
  readonly hex: Axial;
  readonly direction: Direction;
  readonly river?: River;
  readonly crossing?: Crossing;
}

export interface RoadSpec {
  readonly kind: Exclude<Road, 'none'>;
  /** Consecutive adjacent hexes; a road connects each to the next. */
  readonly path: readonly Axial[];
  readonly name?: string;
}

export const PLACE_KINDS = ['village', 'height', 'bridge', 'landmark', 'base'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface Place {
  readonly id: string;
  readonly name: string;
  readonly kind: PlaceKind;
  readonly hex: Axial;
}

export interface MapSpec {
  readonly width: number;
  readonly height: number;
  /** Metres from one hex centre to the next (500 or 1000). */
  readonly hexMetres: number;
  /** Row-major terrain, length width × height. */
  readonly terrain: readonly Terrain[];
  /** Row-major elevation above sea level in metres, length width × height. */
  readonly elevation: readonly number[];
  readonly hexsides: readonly HexsideSpec[];
  readonly roads: readonly RoadSpec[];
  readonly places: readonly Place[];
}

export interface MapData {
  readonly width: number;
  readonly height: number;
  readonly hexMetres: number;
  readonly terrain: readonly Terrain[];
  readonly elevation: readonly number[];
  /** neighbours[index * 6 + d]: index of the neighbour in direction d, or -1 off the map. */
  readonly neighbours: readonly number[];
  /** Per edge (index * 6 + d), symmetric: river on that side. */
  readonly river: readonly River[];
  /** Per edge, symmetric: the crossing over that side's river (or 'none'). Pontoons built in play live in the state. */
  readonly crossing: readonly Crossing[];
  /** Per edge, symmetric: the best road joining the two hexes. */
  readonly road: readonly Road[];
  readonly places: readonly Place[];
}

export const hexCount = (map: Pick<MapData, 'width' | 'height'>): number => map.width * map.height;

/** The array index of an axial hex, or -1 when it is off the map. */
export const indexOf = (map: Pick<MapData, 'width' | 'height'>, h: Axial): number => {
  const row = h.r;
  if (row < 0 || row >= map.height) return -1;
  const col = h.q + ((row - (row & 1)) >> 1);
  if (col < 0 || col >= map.width) return -1;
  return row * map.width + col;
};

export const hexAt = (map: Pick<MapData, 'width'>, index: number): Axial => {
  const row = Math.floor(index / map.width);
  const col = index - row * map.width;
  return offsetToAxial({ col, row });
};

export const onMap = (map: Pick<MapData, 'width' | 'height'>, h: Axial): boolean => indexOf(map, h) >= 0;

export const buildMap = (spec: MapSpec): MapData => {
  const { width, height } = spec;
  const n = width * height;
  const neighbours = Array.from({ length: n * 6 }, () => -1);
  for (let i = 0; i < n; i++) {
    const h = hexAt(spec, i);
    for (let d = 0; d < 6; d++) {
      const v = DIRECTION_VECTORS[d]!;
      neighbours[i * 6 + d] = indexOf(spec, { q: h.q + v.q, r: h.r + v.r });
    }
  }
  const river = Array.from<River>({ length: n * 6 }).fill('none');
  const crossing = Array.from<Crossing>({ length: n * 6 }).fill('none');
  const road = Array.from<Road>({ length: n * 6 }).fill('none');
  const setEdge = <T>(arr: T[], i: number, d: Direction, value: T): void => {
    arr[i * 6 + d] = value;
    const j = neighbours[i * 6 + d]!;
    if (j >= 0) arr[j * 6 + opposite(d)] = value;
  };
  for (const side of spec.hexsides) {
    const i = indexOf(spec, side.hex);
    if (i < 0) continue; // the scenario parser reports off-map hexsides; the builder only skips them
    if (side.river) setEdge(river, i, side.direction, side.river);
    if (side.crossing) setEdge(crossing, i, side.direction, side.crossing);
  }
  const rank: Record<Road, number> = { none: 0, track: 1, road: 2 };
  for (const r of spec.roads) {
    for (let k = 0; k + 1 < r.path.length; k++) {
      const a = r.path[k]!;
      const b = r.path[k + 1]!;
      const i = indexOf(spec, a);
      if (i < 0) continue;
      for (let d = 0; d < 6; d++) {
        if (neighbours[i * 6 + d] === indexOf(spec, b) && rank[r.kind] > rank[road[i * 6 + d]!]) {
          setEdge(road, i, d as Direction, r.kind);
        }
      }
    }
  }
  return {
    width,
    height,
    hexMetres: spec.hexMetres,
    terrain: spec.terrain.slice(),
    elevation: spec.elevation.slice(),
    neighbours,
    river,
    crossing,
    road,
    places: spec.places.slice(),
  };
};

/** Offset column/row of an index: for authoring tools and the UI. */
export const offsetOfIndex = (map: Pick<MapData, 'width'>, index: number) => axialToOffset(hexAt(map, index));
