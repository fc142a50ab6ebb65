/**
 * Hex geometry. State holds axial `{q, r}` (pointy-top hexes); authors write offset `{col, row}` ("odd-r": odd rows
 * are shifted half a hex east, row 0 is the north edge). Conversions and distances come from honeycomb-grid; the
 * direction table and hot-path helpers are plain integer arithmetic so movement and sight never build Hex objects.
 */
import { distance as honeycombDistance, hexToOffset, offsetToCube, Orientation } from 'honeycomb-grid';

export interface Axial {
  readonly q: number;
  readonly r: number;
}
export interface Offset {
  readonly col: number;
  readonly row: number;
}

/** Odd rows shifted right (honeycomb-grid's offset -1 with pointy hexes). */
const SETTINGS = { offset: -1, orientation: Orientation.POINTY } as const;

/**
 * The six directions of a pointy-top hex, clockwise from east. A hexside is named by a hex and one of these.
 * 0 E, 1 SE, 2 SW, 3 W, 4 NW, 5 NE (north is row - 1, up the screen).
 */
export const DIRECTIONS = ['E', 'SE', 'SW', 'W', 'NW', 'NE'] as const;
export type DirectionName = (typeof DIRECTIONS)[number];
export type Direction = 0 | 1 | 2 | 3 | 4 | 5;
export const DIRECTION_VECTORS: readonly Axial[] = [
  { q: 1, r: 0 },
  { q: 0, r: 1 },
  { q: -1, r: 1 },
  { q: -1, r: 0 },
  { q: 0, r: -1 },
  { q: 1, r: -1 },
];
export const opposite = (d: Direction): Direction => ((d + 3) % 6) as Direction;

export const offsetToAxial = ({ col, row }: Offset): Axial => {
  const { q, r } = offsetToCube(SETTINGS, { col, row });
  return { q: q + 0, r: r + 0 }; // `+ 0` turns honeycomb's -0 into 0 so JSON and hashes are canonical
};

export const axialToOffset = ({ q, r }: Axial): Offset => {
  const { col, row } = hexToOffset({ q, r, offset: SETTINGS.offset, isPointy: true });
  return { col: col + 0, row: row + 0 };
};

export const neighbour = (h: Axial, d: Direction): Axial => {
  const v = DIRECTION_VECTORS[d]!;
  return { q: h.q + v.q, r: h.r + v.r };
};

export const neighbours = (h: Axial): Axial[] => DIRECTION_VECTORS.map((v) => ({ q: h.q + v.q, r: h.r + v.r }));

/** Hex distance in hexes (honeycomb-grid's, checked against the cube formula in tests). */
export const distance = (a: Axial, b: Axial): number => honeycombDistance(SETTINGS, a, b);

/** The same distance without honeycomb's argument normalisation: for hot paths. */
export const fastDistance = (a: Axial, b: Axial): number => {
  const dq = a.q - b.q;
  const dr = a.r - b.r;
  return (Math.abs(dq) + Math.abs(dr) + Math.abs(dq + dr)) / 2;
};

/** The direction from `a` to an adjacent `b`, or -1 when they are not neighbours. */
export const directionTo = (a: Axial, b: Axial): Direction | -1 => {
  const dq = b.q - a.q;
  const dr = b.r - a.r;
  for (let d = 0; d < 6; d++) {
    const v = DIRECTION_VECTORS[d]!;
    if (v.q === dq && v.r === dr) return d as Direction;
  }
  return -1;
};

export const sameHex = (a: Axial, b: Axial): boolean => a.q === b.q && a.r === b.r;

/** A stable string key for maps and records: "q,r". */
export const hexKey = (h: Axial): string => `${h.q},${h.r}`;

/**
 * The hexes on a straight line from `a` to `b`, both included, for line of sight. Integer-only: cube coordinates are
 * scaled by 2N and nudged by a fixed epsilon (1 in 2N·1e6 terms) so rounding never lands exactly on a hex corner, the
 * same trick as Red Blob Games' float version but exact in every JavaScript engine.
 */
export const hexLine = (a: Axial, b: Axial): Axial[] => {
  const n = fastDistance(a, b);
  if (n === 0) return [{ q: a.q, r: a.r }];
  const out: Axial[] = [];
  // Work in cube coordinates (x = q, z = r, y = -q - r) scaled by n, with a tiny bias to break ties consistently.
  const ax = a.q * 1_000_000 + 1;
  const az = a.r * 1_000_000 + 2;
  const ay = (-a.q - a.r) * 1_000_000 - 3;
  const bx = b.q * 1_000_000 + 1;
  const bz = b.r * 1_000_000 + 2;
  const by = (-b.q - b.r) * 1_000_000 - 3;
  for (let i = 0; i <= n; i++) {
    // Point i/n of the way, in units of 1e-6 hex, times n (exact integers well inside 2^53 for maps ≤ 200 hexes).
    const x = ax * (n - i) + bx * i;
    const y = ay * (n - i) + by * i;
    const z = az * (n - i) + bz * i;
    out.push(roundCube(x, y, z, n * 1_000_000));
  }
  return out;
};

/** Round scaled cube coordinates (x, y, z all divided by `scale`) to the nearest hex, integers only. */
const roundCube = (x: number, y: number, z: number, scale: number): Axial => {
  let rx = Math.round(x / scale);
  let ry = Math.round(y / scale);
  let rz = Math.round(z / scale);
  const dx = Math.abs(rx * scale - x);
  const dy = Math.abs(ry * scale - y);
  const dz = Math.abs(rz * scale - z);
  if (dx > dy && dx > dz) rx = -ry - rz;
  else if (dy > dz) ry = -rx - rz;
  else rz = -rx - ry;
  return { q: rx + 0, r: rz + 0 };
};
