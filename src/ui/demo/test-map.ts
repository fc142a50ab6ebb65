/**
 * A hand-drawn test map of the Khalkhin Gol ground, for the map page before (and besides) the scenario files: the
 * river running north with the high west bank, the Holsten joining from the east at the Kawatama bridge, dunes and
 * hollows on the east bank, Nomonhan to the east. Layout only, not a historical survey; the scenarios carry the real maps.
 */
import { buildMap, hexLine, indexOf, offsetToAxial, type Axial, type Direction, type HexsideSpec, type MapData, type Place, type RoadSpec, type Terrain } from '../../engine';

const W = 40;
const H = 30;
/** The Khalkhin Gol: hexes west of this column (per row) are on the west bank. */
const riverCol = (row: number): number => 13 + Math.round(1.5 * Math.sin(row / 4));
/** The Holsten: east-bank hexes north of this row (per column) are on its north side. */
const holstenRow = (col: number): number => 16 + Math.round(2 * Math.sin(col / 5));

/** A small deterministic hash so the terrain looks varied but is the same on every load. */
const noise = (col: number, row: number): number => {
  let h = (col * 374761393 + row * 668265263) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
};

const terrainAt = (col: number, row: number): Terrain => {
  const rc = riverCol(row);
  if (col === rc - 1 || col === rc) return noise(col, row) < 0.35 ? 'marsh' : 'floodplain';
  if (col < rc) return col >= rc - 3 && noise(col, row) < 0.6 ? 'heights' : noise(col, row) < 0.03 ? 'lake' : 'steppe';
  if (col === 35 && row === 12) return 'village';
  const n = noise(col, row);
  if (col < 30) return n < 0.45 ? 'dunes' : n < 0.6 ? 'hollow' : 'steppe';
  return n < 0.1 ? 'marsh' : n < 0.25 ? 'dunes' : 'steppe';
};

const elevationAt = (col: number, row: number, t: Terrain): number => {
  const rc = riverCol(row);
  if (t === 'lake') return 620;
  if (col < rc - 1) return t === 'heights' ? 700 + Math.round(noise(row, col) * 20) : 690;
  if (col <= rc) return 600;
  const rise = Math.min(60, (col - rc) * 4);
  return 610 + rise + (t === 'dunes' ? 15 : t === 'hollow' ? -20 : 0);
};

const path = (cells: readonly [number, number][]): Axial[] => {
  const out: Axial[] = [];
  for (let k = 0; k + 1 < cells.length; k++) {
    const a = offsetToAxial({ col: cells[k]![0], row: cells[k]![1] });
    const b = offsetToAxial({ col: cells[k + 1]![0], row: cells[k + 1]![1] });
    const line = hexLine(a, b);
    out.push(...(k === 0 ? line : line.slice(1)));
  }
  return out;
};

export const buildTestMap = (): MapData => {
  const terrain: Terrain[] = [];
  const elevation: number[] = [];
  for (let row = 0; row < H; row++) {
    for (let col = 0; col < W; col++) {
      const t = terrainAt(col, row);
      terrain.push(t);
      elevation.push(elevationAt(col, row, t));
    }
  }
  // Rivers are region boundaries, so their hexsides always join up.
  const bank = (col: number, row: number): 'west' | 'north' | 'south' =>
    col < riverCol(row) ? 'west' : row < holstenRow(col) ? 'north' : 'south';
  const hexsides: HexsideSpec[] = [];
  const probe = { width: W, height: H };
  for (let row = 0; row < H; row++) {
    for (let col = 0; col < W; col++) {
      const here = offsetToAxial({ col, row });
      for (const d of [0, 1, 2] as Direction[]) {
        const v = [{ q: 1, r: 0 }, { q: 0, r: 1 }, { q: -1, r: 1 }][d]!;
        const there = { q: here.q + v.q, r: here.r + v.r };
        const j = indexOf(probe, there);
        if (j < 0) continue;
        const a = bank(col, row);
        const b = bank(j % W, Math.floor(j / W));
        if (a === b) continue;
        hexsides.push({ hex: here, direction: d, river: a === 'west' || b === 'west' ? 'major' : 'minor' });
      }
    }
  }
  const junctionRow = holstenRow(riverCol(16));
  const mark = (col: number, row: number, d: Direction, crossing: HexsideSpec['crossing']): void => {
    const i = hexsides.findIndex((s) => s.hex.q === offsetToAxial({ col, row }).q && s.hex.r === row && s.direction === d);
    if (i >= 0) hexsides[i] = { ...hexsides[i]!, ...(crossing ? { crossing } : {}) };
  };
  mark(riverCol(junctionRow) - 1, junctionRow, 0, 'bridge');
  mark(riverCol(5) - 1, 5, 0, 'ford');
  mark(riverCol(25) - 1, 25, 0, 'pontoon');
  const bridgeWest = riverCol(junctionRow) - 1;
  const roads: RoadSpec[] = [
    { kind: 'road', name: 'Tamsag-Bulak road', path: path([[0, junctionRow], [bridgeWest, junctionRow]]) },
    { kind: 'track', name: 'Nomonhan track', path: path([[bridgeWest, junctionRow], [bridgeWest + 1, junctionRow], [25, 14], [35, 12]]) },
    { kind: 'track', name: 'West-bank track', path: path([[bridgeWest - 2, 1], [bridgeWest - 1, junctionRow], [bridgeWest - 2, 28]]) },
  ];
  const place = (id: string, name: string, kind: Place['kind'], col: number, row: number): Place => ({
    id,
    name,
    kind,
    hex: offsetToAxial({ col, row }),
  });
  const places: Place[] = [
    place('nomonhan', 'Nomonhan', 'village', 35, 12),
    place('kawatama', 'Kawatama bridge', 'bridge', bridgeWest + 1, junctionRow),
    place('khamar-daba', 'Khamar-Daba', 'height', riverCol(20) - 3, 20),
    place('baintsagan', 'Baintsagan', 'height', riverCol(7) - 2, 7),
    place('fui', 'Fui Heights', 'height', 24, 4),
    place('hill-742', 'Hill 742', 'height', 22, 22),
  ];
  return buildMap({ width: W, height: H, hexMetres: 500, terrain, elevation, hexsides, roads, places });
};
