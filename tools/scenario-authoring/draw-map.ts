/**
 * Draws the geographic model (`geography.ts`) into a scenario's hand-editable map block at a declared scale: terrain
 * strings, elevation digits, river hexsides, crossings, roads and named places, in the odd-r offset layout of
 * docs/scenario-format.md (row 0 north; odd rows shifted half a hex east; rows 0.866 × hex spacing apart).
 */
import { axialToOffset, DIRECTIONS, hexLine, neighbour, offsetToAxial, type Direction, type DirectionName } from '../../src/engine';
import {
  elevationAt,
  HOLSTEN_STREAM_END_X,
  holstenOffset,
  PLACES,
  place,
  riverX,
  ROADS,
  terrainAt,
  type Km,
  type TerrainName,
} from './geography';

/** Which ground a map shows: the scale and the km position of the centre of hex [0, 0]. */
export interface Frame {
  readonly hexMetres: 500 | 1000;
  readonly width: number;
  readonly height: number;
  /** km east of the bridge of column 0's centre (even rows). */
  readonly west: number;
  /** km north of the bridge of row 0's centre. */
  readonly north: number;
  /** Named places of other battles to leave off this map (e.g. May's landmarks on the August map). */
  readonly omitPlaces?: readonly string[];
}

export type Offset = readonly [number, number];
export type Side = readonly [number, number, DirectionName];

const ROW_FACTOR = 0.8660254;
const spacing = (f: Frame): number => f.hexMetres / 1000;

export const hexCentre = (f: Frame, col: number, row: number): Km => ({
  x: f.west + (col + (row & 1) * 0.5) * spacing(f),
  y: f.north - row * spacing(f) * ROW_FACTOR,
});

export const onFrame = (f: Frame, col: number, row: number): boolean => col >= 0 && row >= 0 && col < f.width && row < f.height;

/** The hex whose centre is nearest to a km point (may be off the frame). */
export const kmToHex = (f: Frame, p: Km): Offset => {
  const s = spacing(f);
  const row0 = Math.round((f.north - p.y) / (s * ROW_FACTOR));
  let best: Offset = [0, 0];
  let bestD = Infinity;
  for (let row = row0 - 1; row <= row0 + 1; row++) {
    const col0 = Math.round((p.x - f.west) / s - (row & 1) * 0.5);
    for (let col = col0 - 1; col <= col0 + 1; col++) {
      const c = hexCentre(f, col, row);
      const d = Math.hypot(c.x - p.x, c.y - p.y);
      if (d < bestD) {
        bestD = d;
        best = [col, row];
      }
    }
  }
  return best;
};

/** The offset neighbour of a hex in a direction. */
export const neighbourOffset = (col: number, row: number, d: Direction): Offset => {
  const o = axialToOffset(neighbour(offsetToAxial({ col, row }), d));
  return [o.col, o.row];
};

export type Bank = 'west' | 'east';
export const bankOf = (f: Frame, col: number, row: number): Bank => {
  const c = hexCentre(f, col, row);
  return c.x < riverX(c.y) ? 'west' : 'east';
};

/** Every hexside (written once, from the hex on its E, SE or SW) where `split` differs between the two hexes. */
const boundarySides = (f: Frame, split: (col: number, row: number, other: Offset) => boolean): Side[] => {
  const out: Side[] = [];
  for (let row = 0; row < f.height; row++) {
    for (let col = 0; col < f.width; col++) {
      for (const d of [0, 1, 2] as const) {
        const n = neighbourOffset(col, row, d);
        if (!onFrame(f, n[0], n[1])) continue;
        if (split(col, row, n)) out.push([col, row, DIRECTIONS[d]]);
      }
    }
  }
  return out;
};

const sideMidpoint = (f: Frame, s: Side): Km => {
  const d = DIRECTIONS.indexOf(s[2]) as Direction;
  const n = neighbourOffset(s[0], s[1], d);
  const a = hexCentre(f, s[0], s[1]);
  const b = hexCentre(f, n[0], n[1]);
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
};

/** The two hexes of a side, west (or first) then east (or second). */
export const sideHexes = (s: Side): [Offset, Offset] => {
  const n = neighbourOffset(s[0], s[1], DIRECTIONS.indexOf(s[2]) as Direction);
  return [[s[0], s[1]], n];
};

const nearestSide = (f: Frame, sides: readonly Side[], p: Km, accept: (s: Side) => boolean = () => true): Side => {
  let best: Side | undefined;
  let bestD = Infinity;
  for (const s of sides) {
    if (!accept(s)) continue;
    const m = sideMidpoint(f, s);
    const d = Math.hypot(m.x - p.x, m.y - p.y);
    if (d < bestD) {
      bestD = d;
      best = s;
    }
  }
  if (!best) throw new Error('draw-map: no side found');
  return best;
};

const LEGEND: Readonly<Record<TerrainName, string>> = {
  steppe: '.',
  dunes: 'd',
  hollow: 'h',
  marsh: 'm',
  floodplain: 'f',
  heights: 'H',
  lake: '~',
  village: 'v',
};
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
export const ELEVATION_BASE = 650;
export const ELEVATION_STEP = 5;

/** The map block of a scenario, plus the facts the unit placement needs. */
export interface DrawnMap {
  readonly json: {
    width: number;
    height: number;
    hexMetres: 500 | 1000;
    legend: Record<string, TerrainName>;
    terrain: string[];
    elevation: { base: number; step: number; rows: string[] };
    rivers: { name: string; kind: 'major' | 'minor'; sides: Side[] }[];
    crossings: { id: string; name: string; kind: 'bridge' | 'pontoon' | 'ford'; side: Side }[];
    roads: { name: string; kind: 'road' | 'track'; path: Offset[] }[];
    places: { id: string; name: string; kind: string; at: Offset }[];
  };
  readonly terrain: TerrainName[][];
  /** The hexes either side of the Kawatama bridge. */
  readonly bridge: { readonly west: Offset; readonly east: Offset };
  readonly placeHex: (id: string) => Offset;
  /** The Khalkhin Gol hexside nearest a km point (for crossings a scenario adds, such as pontoons). */
  readonly riverSideNear: (p: Km) => Side;
}

/**
 * Turn a km polyline into runs of adjacent on-map hexes that never cross the major river: each control point goes to
 * its hex and consecutive ones are joined by a straight hex line (dense sampling would zig-zag between rows).
 */
const roadRuns = (f: Frame, points: readonly Km[], crossesRiver: (a: Offset, b: Offset) => boolean): Offset[][] => {
  const hexes: Offset[] = [];
  const anchors = points.map((p) => kmToHex(f, p));
  for (let i = 0; i < anchors.length; i++) {
    const h = anchors[i]!;
    const last = hexes[hexes.length - 1];
    if (last && last[0] === h[0] && last[1] === h[1]) continue;
    if (last) {
      const line = hexLine(offsetToAxial({ col: last[0], row: last[1] }), offsetToAxial({ col: h[0], row: h[1] }));
      for (const ax of line.slice(1, -1)) {
        const o = axialToOffset(ax);
        hexes.push([o.col, o.row]);
      }
    }
    hexes.push(h);
  }
  const runs: Offset[][] = [];
  let run: Offset[] = [];
  for (const h of hexes) {
    const prev = run[run.length - 1];
    if (!onFrame(f, h[0], h[1]) || (prev && crossesRiver(prev, h))) {
      if (run.length >= 2) runs.push(run);
      run = onFrame(f, h[0], h[1]) ? [h] : [];
      continue;
    }
    run.push(h);
  }
  if (run.length >= 2) runs.push(run);
  return runs;
};

export const drawMap = (f: Frame): DrawnMap => {
  const terrain: TerrainName[][] = [];
  const terrainRows: string[] = [];
  const elevationRows: string[] = [];
  for (let row = 0; row < f.height; row++) {
    const tRow: TerrainName[] = [];
    let eRow = '';
    for (let col = 0; col < f.width; col++) {
      const c = hexCentre(f, col, row);
      tRow.push(terrainAt(c));
      const digit = Math.max(0, Math.min(35, Math.round((elevationAt(c) - ELEVATION_BASE) / ELEVATION_STEP)));
      eRow += DIGITS[digit];
    }
    terrain.push(tRow);
    terrainRows.push(tRow.map((t) => LEGEND[t]).join(''));
    elevationRows.push(eRow);
  }
  const placeHex = (id: string): Offset => kmToHex(f, place(id).at);
  // Named summits: the hex is heights and carries the hill's number (to the nearest 5 m the digits can hold).
  for (const p of PLACES) {
    if (p.kind !== 'height' || p.summit === undefined) continue;
    const [col, row] = placeHex(p.id);
    if (!onFrame(f, col, row)) continue;
    const digit = Math.round((p.summit - ELEVATION_BASE) / ELEVATION_STEP);
    const r = elevationRows[row]!;
    elevationRows[row] = r.slice(0, col) + DIGITS[digit] + r.slice(col + 1);
    terrain[row]![col] = 'heights';
    const t = terrainRows[row]!;
    terrainRows[row] = t.slice(0, col) + LEGEND.heights + t.slice(col + 1);
  }

  const major = boundarySides(f, (c, r, n) => bankOf(f, c, r) !== bankOf(f, n[0], n[1]));
  const holstenSide = (c: number, r: number): boolean => holstenOffset(hexCentre(f, c, r)) >= 0;
  const minor = boundarySides(f, (c, r, n) => {
    if (bankOf(f, c, r) !== 'east' || bankOf(f, n[0], n[1]) !== 'east') return false;
    const a = hexCentre(f, c, r);
    const b = hexCentre(f, n[0], n[1]);
    if ((a.x + b.x) / 2 > HOLSTEN_STREAM_END_X) return false;
    return holstenSide(c, r) !== holstenSide(n[0], n[1]);
  });
  // The Kawatama bridge: the river side at the junction whose east end lies on the north bank of the Holsten.
  const bridgeSide = nearestSide(f, major, place('kawatama-bridge').at, (s) => {
    const [a, b] = sideHexes(s);
    const east = bankOf(f, a[0], a[1]) === 'east' ? a : b;
    return holstenSide(east[0], east[1]);
  });
  const [ba, bb] = sideHexes(bridgeSide);
  const bridge = bankOf(f, ba[0], ba[1]) === 'west' ? { west: ba, east: bb } : { west: bb, east: ba };
  const pontoonSide = nearestSide(f, minor, place('holsten-pontoon').at);

  const majorKeys = new Set(
    major.flatMap((s) => {
      const [a, b] = sideHexes(s);
      return [`${a[0]},${a[1]}|${b[0]},${b[1]}`, `${b[0]},${b[1]}|${a[0]},${a[1]}`];
    }),
  );
  const crossesRiver = (a: Offset, b: Offset): boolean => majorKeys.has(`${a[0]},${a[1]}|${b[0]},${b[1]}`);
  const roads: DrawnMap['json']['roads'] = [];
  for (const r of ROADS) {
    for (const path of roadRuns(f, r.points, crossesRiver)) roads.push({ name: r.name, kind: r.kind, path });
  }
  roads.push({ name: 'Kawatama bridge', kind: 'road', path: [bridge.west, bridge.east] });

  const places: DrawnMap['json']['places'] = [];
  for (const p of PLACES) {
    const at = p.id === 'kawatama-bridge' ? bridge.east : placeHex(p.id);
    // The Holsten pontoon is drawn as a crossing; a label beside the bridge's would only crowd it.
    if (f.omitPlaces?.includes(p.id) || p.id === 'holsten-pontoon') continue;
    if (onFrame(f, at[0], at[1])) places.push({ id: p.id, name: p.name, kind: p.kind, at });
  }

  const legend = Object.fromEntries(Object.entries(LEGEND).map(([t, ch]) => [ch, t as TerrainName]));
  const riverSideNear = (p: Km): Side => nearestSide(f, major, p);
  return {
    riverSideNear,
    json: {
      width: f.width,
      height: f.height,
      hexMetres: f.hexMetres,
      legend,
      terrain: terrainRows,
      elevation: { base: ELEVATION_BASE, step: ELEVATION_STEP, rows: elevationRows },
      rivers: [
        { name: 'Khalkhin Gol', kind: 'major', sides: major },
        ...(minor.length > 0 ? [{ name: 'Holsten (Khailastyn-Gol)', kind: 'minor' as const, sides: minor }] : []),
      ],
      crossings: [
        { id: 'kawatama-bridge', name: 'Kawatama bridge', kind: 'bridge', side: bridgeSide },
        { id: 'holsten-pontoon', name: 'Soviet pontoon on the Holsten', kind: 'pontoon', side: pontoonSide },
      ],
      roads,
      places,
    },
    terrain,
    bridge,
    placeHex: (id) => (id === 'kawatama-bridge' ? bridge.east : placeHex(id)),
  };
};
