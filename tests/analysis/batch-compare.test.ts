import { describe, expect, it } from 'vitest';
import { compareBatches } from '../../src/analysis/batch-compare';
import { batchStats } from '../../src/analysis/batch-stats';
import { proportionDifference } from '../../src/analysis/intervals';
import { azumaLabels, summary } from '../helpers/result-summary';

// A: history's lorries, the Japanese win 12 of 100; B: 400 % lorries, they win 31 of 100 and lose more men.
const arm = (trucks: number, japaneseWins: number) =>
  batchStats(
    Array.from({ length: 100 }, (_, i) =>
      summary({
        seed: i + 1,
        levers: { 'japanese-trucks': trucks, 'fire-proofing': 0 },
        winner: i < japaneseWins ? 'japanese' : 'soviet',
        japaneseKilled: trucks + (i % 10),
        events: { 'sov-destroy-azuma': i % 2 === 0 ? 10 : null, 'azuma-destroyed': i % 2 === 0 ? 9 : null },
      }),
    ),
  );
const a = arm(100, 12);
const b = arm(400, 31);
const rows = compareBatches(a, b, { events: azumaLabels.events, levers: azumaLabels.levers });
const row = (id: string) => rows.find((r) => r.id === id)!;

describe('compareBatches', () => {
  it('leads a share with counts, names the arms by their levers, and gives B − A with its interval', () => {
    const r = row('wins.japanese');
    const d = proportionDifference({ count: 31, runs: 100 }, { count: 12, runs: 100 });
    expect(r.difference).toBeCloseTo(19, 10);
    expect(r.low).toBeCloseTo(d.low * 100, 10);
    expect(r.high).toBeCloseTo(d.high * 100, 10);
    expect(r.a).toBe('12 of 100 games (12 %)');
    expect(r.b).toBe('31 of 100 games (31 %)');
    expect(r.clear).toBe(true);
    expect(r.sentence).toBe(
      `With Japanese motor transport 400 %, the Japanese side won in 31 of 100 games against 12 of 100 with history's settings: a difference of 19 points (${Math.round(d.low * 100)}–${Math.round(d.high * 100)}).`,
    );
  });

  it('uses names, not ids, for objectives and milestones, and says when there is no difference', () => {
    const o = row('events.sov-destroy-azuma');
    expect(o.name).toBe("Soviet objective: Destroy Azuma's group");
    expect(o.difference).toBe(0);
    expect(o.clear).toBe(false);
    expect(o.sentence).toContain(`the Soviet objective "Destroy Azuma's group" was met in 50 of 100 games against 50 of 100`);
    expect(o.sentence).toContain('a difference of 0 points (−14 to 14)');
    expect(row('events.azuma-destroyed').sentence).toContain(`"Azuma's group destroyed" happened in 50 of 100 games`);
  });

  it('compares numbers by their means with a Welch interval', () => {
    const k = row('eventTurns.azuma-destroyed');
    expect(k.kind).toBe('mean');
    expect([k.difference, k.low, k.high]).toEqual([0, 0, 0]);
    const s = row('margin');
    expect(s.difference).toBeCloseTo(-3.8, 10);
    expect(s.low).toBeLessThan(-3.8);
    expect(s.sentence).toMatch(/^With Japanese motor transport 400 %, Points margin \(Soviet minus Japanese\): 3.8 on average over 100 games against 7.6 over 100 games with history's settings: a difference of −3.8 \(/);
  });

  it('names the arms A and B when their levers are the same', () => {
    const same = compareBatches(a, arm(100, 20), { levers: azumaLabels.levers });
    expect(same[0]!.sentence).toContain("With batch B (history's settings)");
  });
});
