/**
 * What every semantic check shares: the error list, and the map geometry in offset coordinates (the form authors write),
 * so a message can quote a hex exactly as the file has it: `units[3].at: [88, 4] is off the 60×40 map`.
 */
import { DIRECTIONS, indexOf, neighbour, offsetToAxial, type Direction } from '../engine';
import type { FileError } from '../format';
import type { MapDraft } from './draft';
import type { HexsideTuple, OffsetTuple } from './schema';

export class CheckContext {
  readonly errors: FileError[] = [];

  constructor(readonly map: MapDraft | undefined) {}

  add(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** True when the hex is on the map (or there is no valid map to check against); reports it otherwise. */
  onMap(path: string, hex: OffsetTuple): boolean {
    const m = this.map;
    if (!m) return true;
    const [col, row] = hex;
    if (col >= 0 && col < m.width && row >= 0 && row < m.height) return true;
    this.add(path, `${showHex(hex)} is off the ${m.width}×${m.height} map`);
    return false;
  }

  /** The undirected edge key of a hexside whose two hexes are both on the map, else undefined (and reported). */
  edgeKey(path: string, side: HexsideTuple): string | undefined {
    const m = this.map;
    if (!m) return undefined;
    if (!this.onMap(path, [side[0], side[1]])) return undefined;
    const d = DIRECTIONS.indexOf(side[2]) as Direction;
    const a = offsetToAxial({ col: side[0], row: side[1] });
    const i = indexOf(m, a);
    const j = indexOf(m, neighbour(a, d));
    if (j < 0) {
      this.add(path, `${showHexside(side)} is on the edge of the map; a hexside feature needs a hex on both sides`);
      return undefined;
    }
    return i < j ? `${i}:${d}` : `${j}:${(d + 3) % 6}`;
  }
}

export const showHex = (h: OffsetTuple): string => `[${h[0]}, ${h[1]}]`;
export const showHexside = (s: HexsideTuple): string => `[${s[0]}, ${s[1]}, ${s[2]}]`;
