/**
 * The sourced places stand where the fact sheet's layout grid puts them, on every generated map that shows them
 * (issue 14: a student checking the map against an atlas). The grid (facts.md §A5) has its origin at the Wikipedia
 * battle marker taken as the Khalkhin Gol–Holsten junction, x km east and y km north. Its positions are written out
 * here from the fact sheet, not read from geography.ts, so a change to the authoring model that moves a sourced place
 * fails this test. Each map's hexes are found with the authoring's own km → hex helper and the scenario's frame, and
 * the hexes compared are the ones in the bundled JSON the game reads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distance, offsetToAxial } from '../../../src/engine/hex';
import { hexCentre, kmToHex, onFrame, sideHexes, type Frame, type Offset, type Side } from '../../../tools/scenario-authoring/draw-map';
import { MODULES } from '../../../tools/scenario-authoring/write-scenarios';

/** Positions on the layout grid, km, with their source. */
const JUNCTION = { x: 0, y: 0 }; // the grid's origin: the battle marker taken as the junction and the Kawatama bridge
const NOMONHAN = { x: 12.5, y: 4.8 }; // en.wikipedia "Nomonhan Burd Obo" coordinate: 13.3 km at 069° (§A5)
const RIVER_POINT = { x: -2.1, y: 11.8 }; // zh.wikipedia 哈拉哈河 coordinate on the Khalkhin Gol (§A5)

/** The front lines of May and July, as distances from the bridge in km [GOLDMAN p.15; DREA-RU]. */
const FRONT_LINES: readonly { id: string; what: string; km: readonly [number, number] }[] = [
  { id: 'bykov-line', what: "Bykov's May line, 1–2 miles east of the junction [GOLDMAN p.15]", km: [1.6, 3.2] },
  { id: 'azuma-halt', what: "Azuma's halt on 28 May, about 2 km short of the bridge [DREA-RU]", km: [2, 2] },
  { id: 'furthest-2-28', what: "the 2/28th's furthest advance in July, about 1,800 m from the bridge [DREA-RU]", km: [1.8, 1.8] },
];

interface Bundled {
  map: {
    hexMetres: number;
    rivers: { kind: string; sides: Side[] }[];
    crossings: { id: string; side: Side }[];
    places: { id: string; at: [number, number] }[];
  };
}
const load = (id: string): Bundled => JSON.parse(readFileSync(new URL(`../../../scenarios/${id}.json`, import.meta.url), 'utf8')) as Bundled;

const hexesApart = (a: Offset, b: Offset): number => distance(offsetToAxial({ col: a[0], row: a[1] }), offsetToAxial({ col: b[0], row: b[1] }));
const kmApart = (f: Frame, a: Offset, b: Offset): number => {
  const p = hexCentre(f, a[0], a[1]);
  const q = hexCentre(f, b[0], b[1]);
  return Math.hypot(p.x - q.x, p.y - q.y);
};
describe.each(MODULES.map((m) => [m.id, m] as const))('%s: sourced places on the layout grid (facts §A5)', (id, m) => {
  const s = load(id);
  const f = m.frame;
  const place = (p: string): Offset | undefined => s.map.places.find((q) => q.id === p)?.at;

  it('is drawn at the scale its frame declares', () => {
    expect(s.map.hexMetres).toBe(f.hexMetres);
  });

  it('has the Kawatama bridge within one hex of the junction', () => {
    const target = kmToHex(f, JUNCTION);
    expect(onFrame(f, target[0], target[1])).toBe(true);
    const bridge = s.map.crossings.find((c) => c.id === 'kawatama-bridge')!;
    expect(Math.min(...sideHexes(bridge.side).map((h) => hexesApart(h, target)))).toBeLessThanOrEqual(1);
    expect(hexesApart(place('kawatama-bridge')!, target)).toBeLessThanOrEqual(1);
  });

  it('has Nomonhan within one hex of (12.5, 4.8) km', () => {
    const target = kmToHex(f, NOMONHAN);
    expect(onFrame(f, target[0], target[1]), 'every battle map shows Nomonhan').toBe(true);
    expect(hexesApart(place('nomonhan')!, target)).toBeLessThanOrEqual(1);
  });

  it('runs the Khalkhin Gol within one hex of (−2.1, 11.8) km where the map reaches that far north', () => {
    const target = kmToHex(f, RIVER_POINT);
    if (!onFrame(f, target[0], target[1])) {
      // Only the May map stops short of it (it reaches 6.5 km north of the junction).
      expect(id).toBe('azuma-encirclement');
      return;
    }
    const major = s.map.rivers.filter((r) => r.kind === 'major').flatMap((r) => r.sides);
    const nearest = Math.min(...major.flatMap((side) => sideHexes(side).map((h) => hexesApart(h, target))));
    // A river runs between hexes: the point's hex is on one of its banks (0) or the next hex out (1).
    expect(nearest).toBeLessThanOrEqual(1);
  });

  it.each(FRONT_LINES)('puts $id at its sourced distance from the bridge, within one hex ($what)', ({ id: p, km }) => {
    const at = place(p);
    if (!at) return; // not this battle's line: the scenario leaves it off its map
    const bridge = kmToHex(f, JUNCTION);
    const d = kmApart(f, at, bridge);
    const hex = f.hexMetres / 1000;
    expect(d).toBeGreaterThanOrEqual(km[0] - hex);
    expect(d).toBeLessThanOrEqual(km[1] + hex);
    // East of the river: all three lines were on the east-bank bridgehead.
    expect(hexCentre(f, at[0], at[1]).x).toBeGreaterThan(0);
  });

  it('shows the front lines of its own battle', () => {
    const lines = FRONT_LINES.map((l) => l.id).filter((p) => place(p) !== undefined);
    const expected: Record<string, string[]> = {
      'azuma-encirclement': ['bykov-line', 'azuma-halt'],
      'yasuoka-night-attack': ['furthest-2-28'],
      'august-offensive': [],
    };
    expect(lines).toEqual(expected[id]);
  });
});
