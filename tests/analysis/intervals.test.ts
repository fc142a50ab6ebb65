import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { meanDifference, medianDifference, normalQuantile, proportionDifference, tQuantile975 } from '../../src/analysis/intervals';

describe('proportionDifference (Newcombe 1998, method 10: hybrid score)', () => {
  // Newcombe RG. Interval estimation for the difference between independent proportions: comparison of eleven
  // methods. Stat Med 1998;17:873–890, table II, column 10 — the eight worked examples (a)–(h).
  const table: Array<[number, number, number, number, number, number]> = [
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
  ];
  it.each(table)('%i/%i − %i/%i → (%f, %f)', (a, m, b, n, low, high) => {
    const d = proportionDifference({ count: a, runs: m }, { count: b, runs: n });
    expect(d.difference).toBeCloseTo(a / m - b / n, 12);
    expect(d.low).toBeCloseTo(low, 4);
    expect(d.high).toBeCloseTo(high, 4);
  });

  it('brackets the observed difference inside [−1, 1], and swapping the arms mirrors it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 300 }), fc.nat(), fc.nat(), (m, n, x, y) => {
        const a = { count: x % (m + 1), runs: m };
        const b = { count: y % (n + 1), runs: n };
        const d = proportionDifference(a, b);
        const r = proportionDifference(b, a);
        return d.low >= -1 && d.high <= 1 && d.low <= d.difference + 1e-12 && d.difference <= d.high + 1e-12 && Math.abs(d.low + r.high) < 1e-12;
      }),
    );
  });
});

describe('quantiles', () => {
  it('normal: the familiar points', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 6);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232, 5);
  });

  it("Student's t at 97.5 % matches the tables within 0.2 % from 3 degrees of freedom", () => {
    const tables: Array<[number, number]> = [[3, 3.1824], [5, 2.5706], [10, 2.2281], [30, 2.0423], [120, 1.9799]];
    for (const [df, t] of tables) expect(Math.abs(tQuantile975(df) - t) / t).toBeLessThan(0.002);
  });
});

describe('meanDifference (Welch)', () => {
  it("matches R's t.test(1:5, c(2, 4, 6, 8, 10)): −3, 95 % CI −6.888 to 0.888", () => {
    const d = meanDifference([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);
    expect(d.difference).toBe(-3);
    expect(d.low).toBeCloseTo(-6.8876, 2);
    expect(d.high).toBeCloseTo(0.8876, 2);
  });

  it('takes moments as well as raw values, and has no width when both samples are constant', () => {
    const raw = meanDifference([3, 5, 7], [1, 2, 3]);
    const m = meanDifference({ n: 3, mean: 5, sd: 2 }, { n: 3, mean: 2, sd: 1 });
    expect(m).toEqual(raw);
    expect(meanDifference([4, 4, 4], [1, 1])).toEqual({ difference: 3, low: 3, high: 3 });
    expect(Number.isNaN(meanDifference([], [1]).difference)).toBe(true);
    expect(meanDifference([5], [1, 2])).toMatchObject({ difference: 3.5, low: Number.NaN });
  });
});

describe('medianDifference (Bonett–Price)', () => {
  it('centres on the difference of medians and widens with spread', () => {
    const a = Array.from({ length: 41 }, (_, i) => i);
    const b = a.map((x) => x + 10);
    const d = medianDifference(b, a);
    expect(d.difference).toBe(10);
    expect(d.low).toBeLessThan(10);
    expect(d.high).toBeGreaterThan(10);
    const wide = medianDifference(b.map((x) => x * 3), a.map((x) => x * 3));
    expect(wide.high - wide.low).toBeCloseTo(3 * (d.high - d.low), 8);
  });

  it('is deterministic and symmetric in the arms', () => {
    const a = [5, 1, 9, 3, 3, 8, 2, 7, 6, 4, 12];
    const b = [2, 2, 4, 1, 0, 3, 5, 1, 2];
    const d = medianDifference(a, b);
    const r = medianDifference(b, a);
    expect(d.difference).toBe(3);
    expect(d.low).toBeCloseTo(-r.high, 12);
    expect(medianDifference(a, b)).toEqual(d);
  });
});
