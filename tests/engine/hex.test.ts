import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { axialToOffset, directionTo, distance, fastDistance, hexLine, neighbour, offsetToAxial, type Direction } from '../../src/engine/hex';

describe('hex geometry', () => {
  it('converts odd-r offset coordinates to axial and back', () => {
    const table: Array<[number, number, number, number]> = [
      // col, row, q, r
      [0, 0, 0, 0],
      [1, 0, 1, 0],
      [0, 1, 0, 1],
      [1, 1, 1, 1],
      [0, 2, -1, 2],
      [3, 3, 2, 3],
      [5, 4, 3, 4],
    ];
    for (const [col, row, q, r] of table) {
      expect(offsetToAxial({ col, row })).toEqual({ q, r });
      expect(axialToOffset({ q, r })).toEqual({ col, row });
    }
  });

  it('round-trips any offset coordinate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 199 }), fc.integer({ min: 0, max: 199 }), (col, row) => {
        expect(axialToOffset(offsetToAxial({ col, row }))).toEqual({ col, row });
      }),
    );
  });

  it('measures distance like the cube formula', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }), (q1, r1, q2, r2) => {
        const a = { q: q1, r: r1 };
        const b = { q: q2, r: r2 };
        expect(distance(a, b)).toBe(fastDistance(a, b));
      }),
    );
  });

  it('finds the direction to each neighbour', () => {
    for (let d = 0; d < 6; d++) expect(directionTo({ q: 2, r: 3 }, neighbour({ q: 2, r: 3 }, d as Direction))).toBe(d);
    expect(directionTo({ q: 0, r: 0 }, { q: 2, r: 0 })).toBe(-1);
  });

  it('draws lines of adjacent hexes of length distance + 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: -60, max: 60 }), fc.integer({ min: -60, max: 60 }), fc.integer({ min: -60, max: 60 }), fc.integer({ min: -60, max: 60 }), (q1, r1, q2, r2) => {
        const a = { q: q1, r: r1 };
        const b = { q: q2, r: r2 };
        const line = hexLine(a, b);
        expect(line.length).toBe(fastDistance(a, b) + 1);
        expect(line[0]).toEqual(a);
        expect(line[line.length - 1]).toEqual(b);
        for (let i = 1; i < line.length; i++) expect(fastDistance(line[i - 1]!, line[i]!)).toBe(1);
      }),
    );
  });

  it('draws a straight east line along a row', () => {
    expect(hexLine({ q: 0, r: 0 }, { q: 3, r: 0 })).toEqual([
      { q: 0, r: 0 },
      { q: 1, r: 0 },
      { q: 2, r: 0 },
      { q: 3, r: 0 },
    ]);
  });
});
