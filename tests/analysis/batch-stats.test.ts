import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { batchStats, distribution, runsCsv, wilson } from '../../src/analysis/batch-stats';
import type { GameResultSummary, LossCount } from '../../src/analysis/game-result';

const noLoss: LossCount = { killed: 0, wounded: 0, missing: 0, tanks: 0, armouredCars: 0, guns: 0, aircraft: 0 };
const force = { men: 1000, tanks: 10, armouredCars: 0, guns: 4, aircraft: 0, units: 5 };

const result = (seed: number, winner: GameResultSummary['winner'], killed: number, bridge: number | null): GameResultSummary => ({
  scenario: 'test',
  seed,
  levers: { trucks: 100 },
  engineVersion: 'x',
  winner,
  victoryLevel: winner === 'draw' ? 'draw' : 'marginal',
  turnsPlayed: 10,
  finalHash: `h${seed}`,
  initial: { soviet: force, japanese: force },
  losses: { soviet: noLoss, japanese: { ...noLoss, killed } },
  events: { 'bridge-taken': bridge },
  points: { soviet: winner === 'soviet' ? 10 : 0, japanese: winner === 'japanese' ? 10 : 0 },
  margin: winner === 'soviet' ? 10 : winner === 'japanese' ? -10 : 0,
  scenarioHash: 'c0ffee',
});

describe('wilson', () => {
  it('matches published 95% intervals', () => {
    // Reference values: Wilson score interval, z = 1.96 (e.g. Newcombe 1998, table I).
    const a = wilson(8, 10);
    expect(a.rate).toBe(0.8);
    expect(a.low).toBeCloseTo(0.4902, 3);
    expect(a.high).toBeCloseTo(0.9433, 3);
    const b = wilson(0, 10);
    expect(b.low).toBe(0);
    expect(b.high).toBeCloseTo(0.2775, 3);
    const c = wilson(15, 148);
    expect(c.low).toBeCloseTo(0.0624, 3);
    expect(c.high).toBeCloseTo(0.1605, 3);
  });

  it('always brackets the observed rate inside [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }), (runs, k) => {
        const count = k % (runs + 1);
        const w = wilson(count, runs);
        return w.low >= 0 && w.high <= 1 && w.low <= w.rate + 1e-12 && w.rate <= w.high + 1e-12;
      }),
    );
  });
});

describe('distribution', () => {
  it('gives mean, median and interpolated deciles', () => {
    const d = distribution([10, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(d.mean).toBe(5.5);
    expect(d.median).toBe(5.5);
    expect(d.p10).toBeCloseTo(1.9, 10);
    expect(d.p90).toBeCloseTo(9.1, 10);
    expect(d.min).toBe(1);
    expect(d.max).toBe(10);
  });

  it('orders p10 ≤ median ≤ p90 for any sample', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 60 }), (xs) => {
        const d = distribution(xs);
        return d.min <= d.p10 && d.p10 <= d.median && d.median <= d.p90 && d.p90 <= d.max;
      }),
    );
  });
});

describe('batchStats', () => {
  const runs = [result(1, 'soviet', 100, null), result(2, 'soviet', 140, 6), result(3, 'japanese', 20, 4), result(4, 'draw', 60, null)];
  const stats = batchStats(runs);

  it('counts wins per side with intervals', () => {
    expect(stats.runs).toBe(4);
    expect(stats.wins.soviet.count).toBe(2);
    expect(stats.wins.japanese.count).toBe(1);
    expect(stats.wins.draw.count).toBe(1);
    expect(stats.wins.soviet.low).toBeLessThan(0.5);
    expect(stats.wins.soviet.high).toBeGreaterThan(0.5);
  });

  it('summarises losses, casualty percents and milestone timing', () => {
    expect(stats.losses.japanese.killed.mean).toBe(80);
    expect(stats.losses.japanese.killed.median).toBe(80);
    expect(stats.casualtyPercent.japanese.mean).toBe(8);
    expect(stats.events['bridge-taken']!.reached.count).toBe(2);
    expect(stats.events['bridge-taken']!.turn!.mean).toBe(5);
    expect(stats.seeds).toEqual([1, 2, 3, 4]);
  });

  it('summarises points and the margin, with standard deviations for Welch intervals', () => {
    expect(stats.points.soviet.mean).toBe(5);
    expect(stats.margin.mean).toBe(2.5);
    expect(stats.margin.sd).toBeCloseTo(Math.sqrt((7.5 ** 2 + 7.5 ** 2 + 12.5 ** 2 + 2.5 ** 2) / 3), 10);
  });

  it('writes one CSV row per game', () => {
    const csv = runsCsv(runs).trim().split('\n');
    expect(csv).toHaveLength(5);
    expect(csv[0]!.startsWith('seed,winner,victory level,turns played,Soviet player,Japanese player,trucks,Soviet points,Japanese points,')).toBe(true);
    expect(csv[0]!.endsWith('bridge-taken (turn),scenario hash,engine version,final hash')).toBe(true);
    expect(csv[2]).toContain(',6,c0ffee,x,h2');
  });
});
