import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hexLine } from '../../src/engine/hex';
import { hexAt, indexOf, type MapData } from '../../src/engine/map';
import {
  HOLLOW_DEPTH_METRES,
  SIGHT_HEIGHT_METRES,
  TERRAIN_SCREEN_METRES,
  hasLineOfSight,
  sightBlocker,
} from '../../src/engine/line-of-sight';
import { TERRAINS, type Terrain } from '../../src/engine/vocabulary';
import { at, LEGEND, testMap } from '../helpers/test-setup';

const row = (s: string) => s;

describe('line of sight on hand-built maps', () => {
  it('on flat open steppe everything sees everything', () => {
    const map = testMap({ width: 20, height: 15 });
    expect(hasLineOfSight(map, at(2, 7), at(17, 7))).toBe(true);
    expect(hasLineOfSight(map, at(0, 0), at(19, 14))).toBe(true);
    expect(hasLineOfSight(map, indexOf(map, at(3, 3)), at(12, 11))).toBe(true);
  });

  // One screening hex at column 7 between observer (2,7) and target (12,7), on ground at 600 m.
  const between = (terrain: Terrain, elevation = 600) =>
    testMap({
      rows: Array.from({ length: 15 }, (_, r) => (r === 7 ? row('.......X............') : '....................').replace('X', symbol(terrain))),
      elevation: (c, r) => (c === 7 && r === 7 ? elevation : 600),
    });
  const symbol = (t: Terrain) => Object.entries(LEGEND).find(([, v]) => v === t)![0];

  it.each<[Terrain, boolean]>([
    ['steppe', true],
    ['marsh', true],
    ['lake', true],
    ['hollow', true],
    ['floodplain', true], // 2 m of reeds stay below a 3 m sight line
    ['heights', true], // heights at ground level: only their 2 m of scrub
    ['dunes', false], // dune crests 4 m, above a 3 m sight line
    ['village', false], // buildings 6 m
  ])('a single %s hex between two units on flat ground: sight %s', (terrain, sees) => {
    const map = between(terrain);
    expect(hasLineOfSight(map, at(2, 7), at(12, 7))).toBe(sees);
    // Neighbours always see each other, whatever is in between.
    expect(hasLineOfSight(map, at(6, 7), at(7, 7))).toBe(true);
  });

  it('a ridge between blocks; the ridge itself is seen', () => {
    const map = between('heights', 640);
    expect(hasLineOfSight(map, at(2, 7), at(12, 7))).toBe(false);
    expect(sightBlocker(map, at(2, 7), at(12, 7))).toBe(indexOf(map, at(7, 7)));
    expect(hasLineOfSight(map, at(2, 7), at(7, 7))).toBe(true);
  });

  // A west-bank tableland (columns 0–3 at 650 m) above a plain at 600 m with a dune ridge in column 8.
  const westBank = testMap({
    rows: Array.from({ length: 15 }, () => 'HHHH....d...........'),
    elevation: (c) => (c <= 3 ? 650 : 600),
  });

  it('from the edge of the high west bank one sees over a dune ridge that hides the plain from ground level', () => {
    expect(hasLineOfSight(westBank, at(3, 7), at(10, 7))).toBe(true);
    expect(hasLineOfSight(westBank, at(5, 7), at(10, 7))).toBe(false);
    expect(sightBlocker(westBank, at(5, 7), at(10, 7))).toBe(indexOf(westBank, at(8, 7)));
    // Far behind the ridge the line from the bank comes down to ground level and the dunes hide it again.
    expect(hasLineOfSight(westBank, at(3, 7), at(19, 7))).toBe(true);
  });

  it('standing back from the edge of the tableland, the slope below it is dead ground', () => {
    // From column 0 the edge hex (column 3) hides the foot of the slope but not the far plain.
    expect(hasLineOfSight(westBank, at(0, 7), at(5, 7))).toBe(false);
    expect(hasLineOfSight(westBank, at(0, 7), at(3, 7))).toBe(true);
  });

  describe('hollows are dead ground', () => {
    const map = testMap({
      rows: Array.from({ length: 15 }, (_, r) => (r === 7 ? 'H.........h.........' : '....................')),
      elevation: (c, r) => (c === 0 && r === 7 ? 640 : 600),
    });
    const hollow = at(10, 7);
    it.each([
      [at(9, 7), true, 'adjacent'],
      [at(8, 7), false, 'two hexes off on level ground'],
      [at(4, 7), false, 'six hexes off on level ground'],
      [at(10, 3), false, 'four hexes north'],
    ])('seen from %o: %s (%s)', (from, sees) => {
      expect(hasLineOfSight(map, from, hollow)).toBe(sees);
      expect(hasLineOfSight(map, hollow, from)).toBe(sees); // nor does one see out
    });
    it('seen from a height 40 m above, close enough for the line to drop into it', () => {
      const high = testMap({
        rows: Array.from({ length: 15 }, (_, r) => (r === 7 ? '.......H..h.........' : '....................')),
        elevation: (c, r) => (c === 7 && r === 7 ? 640 : 600),
      });
      expect(hasLineOfSight(high, at(7, 7), hollow)).toBe(true);
      // From the same height ten hexes off, the line comes in too flat: the ground just short of the hollow hides it.
      expect(hasLineOfSight(map, at(0, 7), hollow)).toBe(false);
      expect(sightBlocker(map, at(0, 7), hollow)).toBe(indexOf(map, at(9, 7)));
    });
    it('its depth and the sight height are what the rule says', () => {
      expect(HOLLOW_DEPTH_METRES).toBeGreaterThan(SIGHT_HEIGHT_METRES);
    });
  });

  it('off-map hexes are never seen', () => {
    const map = testMap({ width: 5, height: 5 });
    expect(hasLineOfSight(map, at(0, 0), { q: 40, r: 40 })).toBe(false);
    expect(sightBlocker(map, { q: -9, r: 0 }, at(1, 1))).toBeNull();
  });
});

/** Reference: the rule written out plainly with hexLine and fractions. */
const referenceSight = (map: MapData, i: number, j: number): boolean => {
  if (i === j) return true;
  const [a, b] = i < j ? [i, j] : [j, i];
  const ha = hexAt(map, a);
  const hb = hexAt(map, b);
  const line = hexLine(ha, hb);
  const n = line.length - 1;
  if (n <= 1) return true;
  const stand = (k: number) => map.elevation[k]! - (map.terrain[k] === 'hollow' ? HOLLOW_DEPTH_METRES : 0) + SIGHT_HEIGHT_METRES;
  const pa = stand(a);
  const pb = stand(b);
  const lineAt = (f: number) => pa + (pb - pa) * f;
  if (map.terrain[a] === 'hollow' && map.elevation[a]! > lineAt(1 / (2 * n))) return false;
  if (map.terrain[b] === 'hollow' && map.elevation[b]! > lineAt(1 - 1 / (2 * n))) return false;
  for (let k = 1; k < n; k++) {
    const idx = indexOf(map, line[k]!);
    if (idx < 0) continue;
    if (map.elevation[idx]! + TERRAIN_SCREEN_METRES[map.terrain[idx]!] > lineAt(k / n)) return false;
  }
  return true;
};

describe('line of sight properties on random maps', () => {
  const randomMap = fc
    .record({
      w: fc.integer({ min: 3, max: 14 }),
      h: fc.integer({ min: 3, max: 12 }),
      seed: fc.array(fc.tuple(fc.constantFrom(...TERRAINS.filter((t) => t !== 'lake')), fc.integer({ min: 580, max: 660 })), {
        minLength: 14 * 12,
        maxLength: 14 * 12,
      }),
    })
    .map(({ w, h, seed }) => {
      const chars = Object.fromEntries(Object.entries(LEGEND).map(([k, v]) => [v, k]));
      const rows = Array.from({ length: h }, (_, r) => Array.from({ length: w }, (_, c) => chars[seed[r * w + c]![0]]!).join(''));
      return testMap({ rows, elevation: (c, r) => seed[r * w + c]![1] });
    });

  it('is symmetric and agrees with a plain reference implementation over hexLine', () => {
    fc.assert(
      fc.property(randomMap, fc.nat(), fc.nat(), (map, x, y) => {
        const n = map.width * map.height;
        const i = x % n;
        const j = y % n;
        const sees = hasLineOfSight(map, i, j);
        expect(hasLineOfSight(map, j, i)).toBe(sees);
        expect(sees).toBe(referenceSight(map, i, j));
        const blocker = sightBlocker(map, i, j);
        if (blocker !== null && blocker >= 0) {
          const line = hexLine(hexAt(map, Math.min(i, j)), hexAt(map, Math.max(i, j))).map((h) => indexOf(map, h));
          expect(line).toContain(blocker);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('raising the observer never hides what it saw when nothing lies between (flat map, one observer)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 9 }), (rise, dist) => {
        const map = testMap({ width: 12, height: 3, rows: ['............', '..........h.', '............'], elevation: (c) => (c === 0 ? 600 + rise : 600) });
        const target = at(10, 1);
        const from = at(10 - dist, 1);
        if (hasLineOfSight(map, from, target)) {
          const higher = testMap({ width: 12, height: 3, rows: ['............', '..........h.', '............'], elevation: (c) => (c === 10 - dist ? 660 : 600) });
          expect(hasLineOfSight(higher, from, target)).toBe(true);
        }
      }),
    );
  });
});
