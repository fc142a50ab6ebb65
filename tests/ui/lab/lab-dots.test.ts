import { describe, expect, it } from 'vitest';
import { binOf, roundTicks, tickLabel } from '../../../src/ui/lab/lab-dots';

describe('the dot plot’s bins', () => {
  it('gives whole numbers a bin each when they fit, else equal widths; one bin for a single value', () => {
    const whole = binOf(-10, 29, 40);
    expect(whole.count).toBe(40);
    expect([whole(-10), whole(0), whole(29)]).toEqual([0, 10, 39]);
    expect(whole.edge(10)).toBe(0);
    const wide = binOf(0, 1000, 10);
    expect(wide.count).toBe(10);
    expect([wide(0), wide(99.9), wide(100), wide(1000)]).toEqual([0, 0, 1, 9]);
    expect(wide.edge(3)).toBe(300);
    const one = binOf(5, 5, 10);
    expect(one.count).toBe(1);
    expect(one(5)).toBe(0);
  });
});

describe('the dot plot’s axis', () => {
  it('places a value where its bin is: at the centre of a whole-number bin, proportionally in a wide one', () => {
    const whole = binOf(-10, 29, 40);
    expect(whole.at(0)).toBe(10.5);
    expect(whole.at(whole.edge(10))).toBe(10.5);
    const wide = binOf(0, 1000, 10);
    expect(wide.at(250)).toBe(2.5);
    expect(wide.at(1000)).toBe(10);
  });

  it('ticks round numbers (1, 2 or 5 times a power of ten), about eight of them, inside the range', () => {
    // The Yasuoka lab's margins ran from -20 to 48: the bins' own edges gave -20, -11, -2, 6, 15 …
    expect(roundTicks(-20, 48)).toEqual([-20, -10, 0, 10, 20, 30, 40]);
    expect(roundTicks(1875, 2914)).toEqual([2000, 2200, 2400, 2600, 2800]);
    expect(roundTicks(0, 7)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(roundTicks(3, 3)).toEqual([3]);
    expect(roundTicks(0.2, 0.6)).toEqual([0.2, 0.6]);
    expect(roundTicks(-3.5, -0.5)).toEqual([-3, -2, -1]);
    for (const [lo, hi] of [[-20, 48], [0, 100], [1875, 2914], [-1234, 56789]] as const) {
      const t = roundTicks(lo, hi);
      expect(t.length).toBeGreaterThanOrEqual(3);
      expect(t.length).toBeLessThanOrEqual(9);
      expect(t.every((v) => v >= lo && v <= hi)).toBe(true);
    }
  });

  it('labels ticks with grouped thousands and a true minus sign', () => {
    expect(tickLabel(2400)).toBe('2,400');
    expect(tickLabel(-20)).toBe('\u221220');
    expect(tickLabel(0)).toBe('0');
    expect(tickLabel(0.25)).toBe('0.3');
  });
});
