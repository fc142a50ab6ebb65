/**
 * The authoring generator: km ↔ hex conversion, the river drawn on hexsides between the two banks, the bridge at
 * the junction, roads of adjacent hexes, counters placed on free hexes of the requested bank, and JSON formatting
 * that changes nothing but whitespace.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIRECTIONS, type Direction } from '../../../src/engine/hex';
import { bankOf, drawMap, hexCentre, kmToHex, neighbourOffset, sideHexes, type Frame } from '../../../tools/scenario-authoring/draw-map';
import { formatJson } from '../../../tools/scenario-authoring/format-json';
import { riverX } from '../../../tools/scenario-authoring/geography';
import { makePlacer } from '../../../tools/scenario-authoring/placement';

const SMALL: Frame = { hexMetres: 500, width: 24, height: 20, west: -4, north: 4 };

describe('km and hexes', () => {
  it.each([500, 1000] as const)('kmToHex finds the hex whose centre it is given (%i m hexes)', (hexMetres) => {
    const f: Frame = { ...SMALL, hexMetres };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: f.width - 1 }), fc.integer({ min: 0, max: f.height - 1 }), (col, row) => {
        expect(kmToHex(f, hexCentre(f, col, row))).toEqual([col, row]);
      }),
    );
  });
  it('rows are 0.866 hex spacings apart and odd rows are shifted half a hex east', () => {
    const a = hexCentre(SMALL, 0, 0);
    const b = hexCentre(SMALL, 0, 1);
    expect(b.x - a.x).toBeCloseTo(0.25, 6);
    expect(a.y - b.y).toBeCloseTo(0.433, 3);
  });
});

describe('drawMap', () => {
  const m = drawMap(SMALL);
  it('draws the Khalkhin Gol exactly on the sides between west-bank and east-bank hexes', () => {
    const major = m.json.rivers.find((r) => r.kind === 'major')!.sides;
    const keys = new Set(major.map((s) => s.join()));
    for (let row = 0; row < SMALL.height; row++) {
      for (let col = 0; col < SMALL.width; col++) {
        for (const d of [0, 1, 2] as Direction[]) {
          const n = neighbourOffset(col, row, d);
          if (n[0] < 0 || n[1] < 0 || n[0] >= SMALL.width || n[1] >= SMALL.height) continue;
          const differs = bankOf(SMALL, col, row) !== bankOf(SMALL, n[0], n[1]);
          expect(keys.has([col, row, DIRECTIONS[d]].join()), `${col},${row} ${DIRECTIONS[d]}`).toBe(differs);
        }
      }
    }
  });
  it('follows the model river: west-bank hex centres lie west of its centre line', () => {
    for (let row = 0; row < SMALL.height; row++) {
      for (let col = 0; col < SMALL.width; col++) {
        const c = hexCentre(SMALL, col, row);
        expect(bankOf(SMALL, col, row)).toBe(c.x < riverX(c.y) ? 'west' : 'east');
      }
    }
  });
  it('puts the Kawatama bridge on a river side with one end on each bank', () => {
    const bridge = m.json.crossings.find((c) => c.id === 'kawatama-bridge')!;
    const [a, b] = sideHexes(bridge.side);
    expect(new Set([bankOf(SMALL, a[0], a[1]), bankOf(SMALL, b[0], b[1])])).toEqual(new Set(['west', 'east']));
    expect(m.bridge.west).toEqual(bankOf(SMALL, a[0], a[1]) === 'west' ? a : b);
  });
  it('draws roads as chains of neighbouring hexes', () => {
    for (const r of m.json.roads) {
      for (let k = 0; k + 1 < r.path.length; k++) {
        const [c, w] = r.path[k]!;
        const next = r.path[k + 1]!;
        const adjacent = ([0, 1, 2, 3, 4, 5] as Direction[]).some((d) => neighbourOffset(c, w, d).join() === next.join());
        expect(adjacent, `${r.name} ${k}`).toBe(true);
      }
    }
  });
  it('writes width × height terrain characters and elevation digits', () => {
    expect(m.json.terrain).toHaveLength(SMALL.height);
    expect(m.json.elevation.rows).toHaveLength(SMALL.height);
    for (const row of [...m.json.terrain, ...m.json.elevation.rows]) expect(row).toHaveLength(SMALL.width);
  });
});

describe('placement', () => {
  it('gives each counter its own free hex on the bank it asked for', () => {
    const m = drawMap(SMALL);
    const placer = makePlacer(SMALL, m);
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const spot = { x: i % 2 === 0 ? -1.5 : 2.5, y: 0.2 };
      const h = placer.put(spot);
      expect(seen.has(h.join())).toBe(false);
      seen.add(h.join());
      expect(bankOf(SMALL, h[0], h[1])).toBe(i % 2 === 0 ? 'west' : 'east');
    }
  });
});

describe('formatJson', () => {
  it('changes only whitespace', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(JSON.parse(formatJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });
  it('keeps short arrays on one line and breaks long ones', () => {
    const text = formatJson({ hex: [3, 4], rows: Array.from({ length: 30 }, (_, i) => `row ${i} of the map`) });
    expect(text).toContain('"hex": [3,4]');
    expect(text.split('\n').length).toBeGreaterThan(30);
  });
});
