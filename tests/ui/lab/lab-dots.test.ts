import { describe, expect, it } from 'vitest';
import { binOf } from '../../../src/ui/lab/lab-dots';

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
