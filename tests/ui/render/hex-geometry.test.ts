import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIRECTION_VECTORS, offsetToAxial } from '../../../src/engine/hex';
import { indexOf } from '../../../src/engine/map';
import { axialAtPixel, buildGeometry, corner, fittingRadius, indexAtPixel, pixelOfAxial, sideEnds, SQRT3 } from '../../../src/ui/render/hex-geometry';

const map = { width: 40, height: 30 };
const g = buildGeometry(map, 20);

describe('hex pixel geometry', () => {
  it('places odd rows half a hex east and rows 1.5 radii apart', () => {
    expect(g.cx[0]).toBeCloseTo((SQRT3 * 20) / 2);
    expect(g.cy[0]).toBeCloseTo(20);
    expect(g.cx[40]! - g.cx[0]!).toBeCloseTo((SQRT3 * 20) / 2);
    expect(g.cy[40]! - g.cy[0]!).toBeCloseTo(30);
    expect(g.pixelWidth).toBe(Math.ceil(SQRT3 * 20 * 40.5));
  });

  it('finds every hex centre, and points near it, back to the same hex', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 39 }), fc.integer({ min: 0, max: 29 }), fc.double({ min: -0.8, max: 0.8, noNaN: true }), fc.double({ min: -0.8, max: 0.8, noNaN: true }), (col, row, fx, fy) => {
        const i = row * 40 + col;
        // Inside the inscribed circle (radius × √3/2) every point belongs to this hex.
        const len = Math.hypot(fx, fy) || 1;
        const k = Math.min(1, 0.8 / len);
        const x = g.cx[i]! + fx * k * 20 * 0.85;
        const y = g.cy[i]! + fy * k * 20 * 0.85;
        expect(indexAtPixel(g, map, x, y)).toBe(i);
      }),
    );
  });

  it('agrees with the axial pixel formula used for off-map points', () => {
    for (const [col, row] of [[0, 0], [5, 3], [39, 29], [12, 17]] as const) {
      const p = pixelOfAxial(g, offsetToAxial({ col, row }));
      const i = indexOf(map, offsetToAxial({ col, row }));
      expect(p.x).toBeCloseTo(g.cx[i]!);
      expect(p.y).toBeCloseTo(g.cy[i]!);
    }
    expect(indexAtPixel(g, map, -50, -50)).toBe(-1);
    expect(axialAtPixel(g, g.cx[0]!, g.cy[0]!)).toEqual({ q: 0, r: 0 });
  });

  it('puts each hexside between the two hexes it separates', () => {
    const i = 10 * 40 + 10;
    const h = offsetToAxial({ col: 10, row: 10 });
    for (let d = 0; d < 6; d++) {
      const [a, b] = sideEnds(g, i, d);
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      const v = DIRECTION_VECTORS[d]!;
      const j = indexOf(map, { q: h.q + v.q, r: h.r + v.r });
      // The side's midpoint is halfway between the two centres.
      expect(mid.x).toBeCloseTo((g.cx[i]! + g.cx[j]!) / 2);
      expect(mid.y).toBeCloseTo((g.cy[i]! + g.cy[j]!) / 2);
    }
    expect(corner(g, i, 5).y).toBeCloseTo(g.cy[i]! - 20);
  });

  it('shrinks the radius so a big map fits a texture', () => {
    expect(fittingRadius({ width: 200, height: 200 }, 30, 4096)).toBeLessThan(12);
    expect(fittingRadius({ width: 20, height: 20 }, 30, 4096)).toBe(30);
  });
});
