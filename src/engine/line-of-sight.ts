/**
 * Line of sight over the ground. A sight line runs from a point a few metres above one hex centre to the same height
 * above the other, along the hexes of `hexLine`. An intermediate hex blocks it when its ground plus what stands on it
 * (dune crests, village buildings, the brush on heights) rises above the straight line between the two ends. Hollows
 * are dead ground: a unit in one stands below the surrounding ground and the hollow's rim, half a hex out, must also
 * be cleared, so it is seen only from next door or from well above; the same rim hides the view out of a hollow.
 *
 * All integer cross-multiplication: the line's height at step k of n is `from + (to - from) * k / n`, compared after
 * multiplying through by n. The line is always traced from the lower hex index to the higher, so sight is symmetric.
 * Per-map tables (coordinates, ground heights) are built once and cached by map object.
 */
import type { Axial } from './hex';
import { indexOf, type MapData } from './map';
import type { Terrain } from './vocabulary';

/** Height of what looks and what is looked at above its ground: a man standing, a tank's turret. */
export const SIGHT_HEIGHT_METRES = 3;

/** How far what stands on a hex rises above its ground and screens sight across it. */
export const TERRAIN_SCREEN_METRES: Readonly<Record<Terrain, number>> = {
  steppe: 0,
  dunes: 4, // crests and hillocks above the dune valleys; the dunes' larger relief is in the elevation itself
  hollow: 0,
  marsh: 0,
  floodplain: 2, // reeds and willow scrub along the river
  heights: 2, // crest scrub; below eye height, so a flat tableland does not blind the units standing on it
  lake: 0,
  village: 6, // buildings, yurts, walls
};

/** How far a unit in a hollow stands below the hex's mapped elevation (the surrounding ground). */
export const HOLLOW_DEPTH_METRES = 10;

/** Per-map tables for sight, built once. */
export interface SightTables {
  /** Axial coordinates per index. */
  readonly q: Int32Array;
  readonly r: Int32Array;
  /** Height that screens sight across the hex: elevation + terrain screen. */
  readonly screen: Int32Array;
  /** Height of a looker or a target standing in the hex: elevation (− hollow depth) + sight height. */
  readonly eye: Int32Array;
  /** 1 for hollows (dead ground with a rim). */
  readonly hollow: Uint8Array;
}

const tablesCache = new WeakMap<MapData, SightTables>();

/** The sight tables of a map (cached per map object). */
export const sightTables = (map: MapData): SightTables => {
  let t = tablesCache.get(map);
  if (t) return t;
  const n = map.width * map.height;
  const q = new Int32Array(n);
  const r = new Int32Array(n);
  const screen = new Int32Array(n);
  const eye = new Int32Array(n);
  const hollow = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const row = Math.floor(i / map.width);
    const col = i - row * map.width;
    r[i] = row;
    q[i] = col - ((row - (row & 1)) >> 1);
    const terrain = map.terrain[i]!;
    const elevation = map.elevation[i]!;
    screen[i] = elevation + TERRAIN_SCREEN_METRES[terrain];
    const isHollow = terrain === 'hollow';
    hollow[i] = isHollow ? 1 : 0;
    eye[i] = elevation - (isHollow ? HOLLOW_DEPTH_METRES : 0) + SIGHT_HEIGHT_METRES;
  }
  t = { q, r, screen, eye, hollow };
  tablesCache.set(map, t);
  return t;
};

/**
 * Step k of n on the line from the origin to (dq, dr), as hexLine rounds it: cube coordinates scaled by n·10^6 with a
 * fixed nudge so no point lands on a hex corner. The nudge is the same for every start hex and the start only shifts
 * the scaled values by whole multiples of the scale, so a line from any hex is that hex plus these steps.
 */
const lineStep = (dq: number, dr: number, n: number, k: number): Axial => {
  const scale = n * 1_000_000;
  const x = dq * 1_000_000 * k + n;
  const z = dr * 1_000_000 * k + 2 * n;
  const y = (-dq - dr) * 1_000_000 * k - 3 * n;
  let rx = Math.round(x / scale);
  let ry = Math.round(y / scale);
  let rz = Math.round(z / scale);
  const ex = Math.abs(rx * scale - x);
  const ey = Math.abs(ry * scale - y);
  const ez = Math.abs(rz * scale - z);
  if (ex > ey && ex > ez) rx = -ry - rz;
  else if (ey > ez) ry = -rx - rz;
  else rz = -rx - ry;
  return { q: rx + 0, r: rz + 0 };
};

/** Lines up to this many hexes long come from a table; spotting ranges rarely go beyond. */
const LINE_RADIUS = 20;
const LINE_SPAN = 2 * LINE_RADIUS + 1;

/**
 * For every "forward" offset (dr > 0, or dr = 0 and dq > 0: the direction from a lower map index to a higher one) up
 * to LINE_RADIUS: where its intermediate steps start in the step arrays, and each step's row offset and column offset
 * (which depends on whether the start row is even or odd in the odd-r layout).
 */
interface LineTable {
  readonly start: Int32Array;
  readonly row: Int8Array;
  readonly colEven: Int8Array;
  readonly colOdd: Int8Array;
}

const buildLineTable = (): LineTable => {
  const start = new Int32Array((LINE_RADIUS + 1) * LINE_SPAN).fill(-1);
  const rows: number[] = [];
  const even: number[] = [];
  const odd: number[] = [];
  const shift = (r: number): number => (r - (r & 1)) >> 1;
  for (let dr = 0; dr <= LINE_RADIUS; dr++) {
    for (let dq = -LINE_RADIUS; dq <= LINE_RADIUS; dq++) {
      if (dr === 0 && dq <= 0) continue;
      const n = (Math.abs(dq) + Math.abs(dr) + Math.abs(dq + dr)) / 2;
      if (n > LINE_RADIUS) continue;
      start[dr * LINE_SPAN + dq + LINE_RADIUS] = rows.length;
      for (let k = 1; k < n; k++) {
        const step = lineStep(dq, dr, n, k);
        rows.push(step.r);
        even.push(step.q + shift(step.r) - shift(0));
        odd.push(step.q + shift(1 + step.r) - shift(1));
      }
    }
  }
  return { start, row: Int8Array.from(rows), colEven: Int8Array.from(even), colOdd: Int8Array.from(odd) };
};

/** Built once when the module loads (a constant of the geometry, never changed after). */
const LINE_TABLE: LineTable = buildLineTable();

const toIndex = (map: MapData, h: number | Axial): number => (typeof h === 'number' ? h : indexOf(map, h));

/**
 * What blocks sight between two hexes, for the UI to show why a hex is hidden: the index of the first blocking hex
 * (counted from the lower-index end), a hollow end whose rim blocks, or -1 when the line is clear. Null when either
 * end is off the map.
 */
export const sightBlocker = (map: MapData, from: number | Axial, to: number | Axial): number | null => {
  const i = toIndex(map, from);
  const j = toIndex(map, to);
  if (i < 0 || j < 0) return null;
  return blockerBetween(map, sightTables(map), i, j);
};

/**
 * The core of `sightBlocker` on indices, with the tables passed in so spotting loops do not look them up per target.
 * Both indices must be on the map.
 */
export const blockerBetween = (map: MapData, t: SightTables, i: number, j: number): number => {
  if (i === j) return -1;
  const a = i < j ? i : j;
  const b = i < j ? j : i;
  const aq = t.q[a]!;
  const ar = t.r[a]!;
  const bq = t.q[b]!;
  const br = t.r[b]!;
  const dq = aq - bq;
  const dr = ar - br;
  const n = (Math.abs(dq) + Math.abs(dr) + Math.abs(dq + dr)) / 2;
  if (n <= 1) return -1; // neighbours always see each other
  const pa = t.eye[a]!;
  const rise = t.eye[b]! - pa;
  // A hollow's rim half a hex out: the line's height there, times 2n, must clear the rim (the hex's own elevation).
  if (t.hollow[a] === 1 && 2 * n * map.elevation[a]! > 2 * n * pa + rise) return a;
  const width = map.width;
  const height = map.height;
  if (n <= LINE_RADIUS) {
    // The common case: read the line's steps from the precomputed table (same hexes as hexLine, see below).
    const table = LINE_TABLE;
    const first = table.start[(br - ar) * LINE_SPAN + (bq - aq + LINE_RADIUS)]!;
    const cols = (ar & 1) === 1 ? table.colOdd : table.colEven;
    const acol = a - ar * width;
    for (let k = 1; k < n; k++) {
      const s = first + k - 1;
      const row = ar + table.row[s]!;
      const col = acol + cols[s]!;
      if (row < 0 || row >= height || col < 0 || col >= width) continue; // grazing past the map's zigzag edge
      const idx = row * width + col;
      if (n * t.screen[idx]! > n * pa + rise * k) return idx;
    }
  } else {
    for (let k = 1; k < n; k++) {
      const step = lineStep(bq - aq, br - ar, n, k);
      const row = ar + step.r;
      if (row < 0 || row >= height) continue; // the line grazes past the map's zigzag edge: nothing known blocks there
      const col = aq + step.q + ((row - (row & 1)) >> 1);
      if (col < 0 || col >= width) continue;
      const idx = row * width + col;
      if (n * t.screen[idx]! > n * pa + rise * k) return idx;
    }
  }
  if (t.hollow[b] === 1 && 2 * n * map.elevation[b]! > 2 * n * pa + rise * (2 * n - 1)) return b;
  return -1;
};

/**
 * Whether a unit standing in `from` can see one standing in `to` (and so the other way round) over the ground.
 * Hexes are array indices or axial coordinates; anything off the map is never seen.
 */
export const hasLineOfSight = (map: MapData, from: number | Axial, to: number | Axial): boolean => {
  const i = toIndex(map, from);
  const j = toIndex(map, to);
  if (i < 0 || j < 0) return false;
  return blockerBetween(map, sightTables(map), i, j) < 0;
};
