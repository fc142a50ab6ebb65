import { describe, expect, it } from 'vitest';
import { batchReport, mergeReports, planSeeds, type ReportMeta, type SeedPlan } from '../../src/analysis/batch-report';
import { runsCsv } from '../../src/analysis/runs-csv';
import { azumaLabels, summary } from '../helpers/result-summary';

const game = (seed: number) =>
  summary({ seed, winner: seed % 3 === 0 ? 'japanese' : 'soviet', japaneseKilled: seed * 7, history: { 'azuma-loss-percent': seed * 9, 'azuma-broken': seed % 2 === 0, 'bridge-held': true } });
const meta = (plan: SeedPlan): ReportMeta => ({
  labels: azumaLabels,
  difficulty: { soviet: 'regular', japanese: 'veteran' },
  engineVersion: 'test-engine',
  plan,
  levers: { 'fire-proofing': 0, 'japanese-trucks': 100 },
  complete: true,
});
const whole: SeedPlan = { seedStart: 5, runs: 10 };
const shard = (index: number): SeedPlan => ({ ...whole, shard: { index, count: 3 } });
const run = (plan: SeedPlan) => batchReport(planSeeds(plan).map(game).reverse(), meta(plan));

describe('seed plans', () => {
  it('cut the seeds into contiguous slices that differ in size by at most one and cover every seed once', () => {
    expect(planSeeds(whole)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect([1, 2, 3].map((k) => planSeeds(shard(k)))).toEqual([[5, 6, 7], [8, 9, 10], [11, 12, 13, 14]]);
    expect(planSeeds({ seedStart: 1, runs: 2, shard: { index: 3, count: 3 } })).toEqual([2]);
  });
});

describe('batchReport', () => {
  const report = run(whole);
  it('records the levers by name, the AI levels, the scenario hash, and the games in seed order', () => {
    expect(report.games.map((g) => g.seed)).toEqual(planSeeds(whole));
    expect(report.leverSettings).toEqual([
      { id: 'japanese-trucks', name: 'Japanese motor transport', value: 100, default: 100, min: 50, max: 400, unit: '%', changed: false },
      { id: 'fire-proofing', name: 'Soviet vehicles fire-proofed', value: 0, default: 0, min: 0, max: 1, changed: false },
    ]);
    expect(report.difficulty).toEqual({ soviet: 'regular', japanese: 'veteran' });
    expect(report.scenarioHash).toBe('c0ffee');
    expect(report.historyComparison.map((r) => r.id)).toContain('azuma-loss-percent');
    expect(report.history['azuma-broken']!.yes!.count).toBe(5);
  });
});

describe('mergeReports', () => {
  it("gives exactly the unsharded run's report from its shards in any order", () => {
    const merged = mergeReports([run(shard(3)), run(shard(1)), run(shard(2))]);
    expect(merged.ok && merged.report).toEqual(run(whole));
  });

  it('refuses a missing, repeated, unfinished or foreign shard with a sentence', () => {
    const fail = (r: ReturnType<typeof mergeReports>) => (r.ok ? 'ok' : r.message);
    expect(fail(mergeReports([run(shard(1)), run(shard(3))]))).toBe('missing shard 2/3');
    expect(fail(mergeReports([run(shard(1)), run(shard(1)), run(shard(2))]))).toBe('shard 1/3 is given twice');
    expect(fail(mergeReports([run(shard(1)), { ...run(shard(2)), complete: false }, run(shard(3))]))).toBe('shard 2/3 is unfinished (3 of 3 games); run it again');
    expect(fail(mergeReports([run(shard(1)), { ...run(shard(2)), scenarioHash: 'other' }]))).toMatch(/^shard 2\/3 is of a different scenario content/);
    expect(fail(mergeReports([run(shard(1)), { ...run(shard(2)), levers: { 'japanese-trucks': 400 } }]))).toBe('shard 2/3 has different levers');
  });
});

describe('runsCsv with the scenario', () => {
  it('has lever columns, points and margin, objectives and milestones and history figures by name, and the hashes', () => {
    const lines = runsCsv(run(whole).games, azumaLabels).trim().split('\n');
    expect(lines[0]).toBe(
      [
        'seed,winner,victory level,turns played,Soviet player,Japanese player',
        'Japanese motor transport (%),Soviet vehicles fire-proofed',
        'Soviet points,Japanese points,margin (Soviet minus Japanese points)',
        'Soviet men killed,Soviet men wounded,Soviet men missing or captured,Soviet tanks lost,Soviet armoured cars lost,Soviet guns lost,Soviet aircraft lost',
        'Japanese men killed,Japanese men wounded,Japanese men missing or captured,Japanese tanks lost,Japanese armoured cars lost,Japanese guns lost,Japanese aircraft lost',
        `Destroy Azuma's group (turn),Azuma's group destroyed (turn),MPR command post overrun (turn)`,
        `"Azuma's group, men out of action (%)",Azuma's group destroyed or broken,Kawatama bridge held`,
        'Soviet men missing or captured (% of men lost),Japanese men missing or captured (% of men lost)',
        'scenario hash,engine version,final hash',
      ].join(','),
    );
    expect(lines[1]).toBe('5,soviet,marginal,20,ai:regular,ai:veteran,100,,10,0,10,0,0,0,0,0,0,0,35,0,0,0,0,0,0,,,,45,no,yes,,,c0ffee,test-engine,hash5');
    expect(lines).toHaveLength(11);
  });
});
