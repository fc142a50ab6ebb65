/**
 * Statistical bands over 10,000 seeded resolutions each, encoding what the fact sheet says about the fighting of 1939.
 */
import { describe, expect, it } from 'vitest';
import { computeFire } from '../../src/engine/combat-fire';
import { resolveCombat, type CombatResolution } from '../../src/engine/combat-resolve';
import type { Engagement } from '../../src/engine/combat-engagement';
import { Rng, seedRng } from '../../src/engine/rng';
import { atCompany, battle, btCompany, engagementOf, howitzerBattalion, rifleBattalion, rifleCompany } from './combat-fixtures';

const N = 10_000;

interface Tally {
  defenderMen: number;
  attackerMen: number;
  defenderVehicles: number;
  attackerVehicles: number;
  outcomes: Record<string, number>;
  taken: number;
}

/** Resolves the same engagement N times from one seeded RNG stream and averages the results. */
const run = (e: Engagement, seed: string): Tally => {
  const rng = new Rng(seedRng(seed));
  const t: Tally = { defenderMen: 0, attackerMen: 0, defenderVehicles: 0, attackerVehicles: 0, outcomes: {}, taken: 0 };
  const men = (rows: CombatResolution['attackers']) => rows.reduce((s, r) => s + r.killed + r.wounded + r.missing, 0);
  const veh = (rows: CombatResolution['attackers']) => rows.reduce((s, r) => s + r.vehicleKills.reduce((a, b) => a + b, 0), 0);
  for (let i = 0; i < N; i++) {
    const r = resolveCombat(e.inputs, rng);
    t.defenderMen += men(r.defenders);
    t.attackerMen += men(r.attackers);
    t.defenderVehicles += veh(r.defenders);
    t.attackerVehicles += veh(r.attackers);
    t.outcomes[r.defenderOutcome] = (t.outcomes[r.defenderOutcome] ?? 0) + 1;
    if (r.hexTaken) t.taken++;
  }
  return {
    ...t,
    defenderMen: t.defenderMen / N,
    attackerMen: t.attackerMen / N,
    defenderVehicles: t.defenderVehicles / N,
    attackerVehicles: t.attackerVehicles / N,
  };
};

describe('anti-tank fire (facts §C1: 75–80 % of Soviet tank losses to AT guns)', () => {
  it('37 mm AT guns at 500 m knock out far more BT tanks than rifle infantry does', () => {
    const guns = battle([btCompany('bt', [5, 5]), atCompany('at', [6, 5])], { firstSide: 'japanese' });
    const rifles = battle([btCompany('bt', [5, 5]), rifleCompany('inf', 'japanese', [6, 5])], { firstSide: 'japanese' });
    const e1 = engagementOf(guns, 'fire', ['at'], [5, 5]);
    const e2 = engagementOf(rifles, 'fire', ['inf'], [5, 5]);
    expect(e1.inputs.distanceM).toBe(500);
    const byGuns = run(e1, 'at-guns').defenderVehicles;
    const byRifles = run(e2, 'rifles').defenderVehicles;
    expect(byGuns).toBeGreaterThan(1.5);
    expect(byGuns).toBeLessThan(4);
    expect(byRifles).toBeLessThan(0.05);
  });

  it('in a close assault AT guns still outkill the infantry\'s firebombs several times over', () => {
    const guns = battle([btCompany('bt', [5, 5]), atCompany('at', [6, 5])]);
    const rifles = battle([btCompany('bt', [5, 5]), rifleCompany('inf', 'japanese', [6, 5])]);
    const byGuns = run(engagementOf(guns, 'assault', ['bt'], [6, 5]), 'assault-guns').attackerVehicles;
    const byRifles = run(engagementOf(rifles, 'assault', ['bt'], [6, 5]), 'assault-rifles').attackerVehicles;
    expect(byRifles).toBeGreaterThan(0.1); // firebombs do burn BTs (5–10 % of losses)…
    expect(byGuns).toBeGreaterThan(byRifles * 5); // …but the guns do most of the killing
  });

  it('fire-proofed tanks (vulnerability 40 %) burn far less from firebombs', () => {
    const units = [btCompany('bt', [5, 5]), rifleCompany('inf', 'japanese', [6, 5])];
    const normal = run(engagementOf(battle(units), 'assault', ['bt'], [6, 5]), 'burn').attackerVehicles;
    const proofed = run(engagementOf(battle(units, { rules: { soviet: { tankFireVulnerabilityPercent: 40 } } }), 'assault', ['bt'], [6, 5]), 'burn').attackerVehicles;
    expect(proofed).toBeLessThan(normal * 0.6);
  });
});

describe('entrenchment and ground', () => {
  it('infantry dug in on a height loses much less than in the open', () => {
    const heights = { map: { rows: Array(15).fill('......HHHHHHHHHHHHHH') } };
    const open = battle([rifleBattalion('sov', 'soviet', [5, 5]), rifleBattalion('jap', 'japanese', [6, 5])]);
    const dug = battle([rifleBattalion('sov', 'soviet', [5, 5]), rifleBattalion('jap', 'japanese', [6, 5], { entrenchment: 2 })], heights);
    const inOpen = run(engagementOf(open, 'assault', ['sov'], [6, 5]), 'open');
    const onHeight = run(engagementOf(dug, 'assault', ['sov'], [6, 5]), 'height');
    expect(onHeight.defenderMen).toBeLessThan(inOpen.defenderMen * 0.4);
    expect(onHeight.attackerMen).toBeGreaterThan(inOpen.attackerMen); // and the attackers pay more
    expect(onHeight.taken).toBe(0);
  });

  it('trenches in crumbling sand protect less than in firm ground', () => {
    const dunes = { map: { rows: Array(15).fill('dddddddddddddddddddd') } };
    const steppeDug = battle([howitzerBattalion('art', [3, 5]), rifleBattalion('obs', 'soviet', [5, 5]), rifleBattalion('jap', 'japanese', [6, 5], { entrenchment: 2 })]);
    const sandDug = battle([howitzerBattalion('art', [3, 5]), rifleBattalion('obs', 'soviet', [5, 5]), rifleBattalion('jap', 'japanese', [6, 5], { entrenchment: 2 })], dunes);
    const e1 = engagementOf(steppeDug, 'bombard', ['art'], [6, 5]);
    const e2 = engagementOf(sandDug, 'bombard', ['art'], [6, 5]);
    const coverOf = (e: Engagement) => e.inputs.defenders[0]!.coverPercent;
    expect(coverOf(e1)).toBe(50); // entrenched 2 in the steppe
    expect(coverOf(e2)).toBe(42); // dunes 60 × sand trenches 70
    expect(coverOf(e2) / 60).toBeGreaterThan(coverOf(e1) / 100); // the trench itself does less in sand
  });
});

describe('artillery needs light and observation', () => {
  const target: [number, number] = [12, 5];
  const observed = (start?: string) =>
    battle([howitzerBattalion('art', [2, 5]), rifleBattalion('obs', 'soviet', [11, 5]), rifleBattalion('jap', 'japanese', target)], start ? { start } : {});
  const unobserved = battle([howitzerBattalion('art', [2, 5]), rifleBattalion('jap', 'japanese', target)]);

  it('unobserved fire does much less than observed fire', () => {
    const seen = run(engagementOf(observed(), 'bombard', ['art'], target), 'obs');
    const unseen = run(engagementOf(unobserved, 'bombard', ['art'], target), 'unobs');
    expect(seen.defenderMen).toBeGreaterThan(20);
    expect(unseen.defenderMen).toBeLessThan(seen.defenderMen * 0.45);
  });

  it('night cuts even observed fire', () => {
    const day = run(engagementOf(observed('1939-07-03T10:00'), 'bombard', ['art'], target), 'day');
    const night = run(engagementOf(observed('1939-07-03T23:00'), 'bombard', ['art'], target), 'night');
    expect(night.defenderMen).toBeLessThan(day.defenderMen * 0.55);
  });
});

describe('combined arms', () => {
  it('tanks with infantry do better against AT guns than tanks alone', () => {
    const alone = battle([btCompany('bt', [5, 5]), atCompany('at', [6, 5])]);
    const together = battle([btCompany('bt', [5, 5]), rifleBattalion('inf', 'soviet', [6, 6]), atCompany('at', [6, 5])]);
    const a = run(engagementOf(alone, 'assault', ['bt'], [6, 5]), 'alone');
    const t = run(engagementOf(together, 'assault', ['bt', 'inf'], [6, 5]), 'together');
    expect(t.attackerVehicles).toBeLessThan(a.attackerVehicles * 0.8);
    expect(t.taken).toBeGreaterThan(a.taken + N * 0.3);
  });
});

describe('encirclement', () => {
  // A company in the map's north-west corner: its only neighbours on the map are held by the attackers.
  const units = (extra = {}) => [rifleBattalion('a1', 'soviet', [1, 0]), rifleBattalion('a2', 'soviet', [0, 1]), rifleCompany('jap', 'japanese', [0, 0], extra)];

  it('an encircled unit that breaks surrenders instead of retreating', () => {
    const e = engagementOf(battle(units()), 'assault', ['a1', 'a2'], [0, 0]);
    expect(e.retreats.get('jap')).toBeNull();
    expect(e.modifiers.some((m) => m.name === 'Encircled')).toBe(true);
    const t = run(e, 'pocket');
    expect(t.outcomes.retreats ?? 0).toBe(0);
    expect(t.outcomes.routs ?? 0).toBe(0);
    expect(t.outcomes.surrenders ?? 0).toBeGreaterThan(N * 0.3);
  });

  it('the same unit with a way out retreats or routs and never surrenders', () => {
    const e = engagementOf(battle([rifleBattalion('a1', 'soviet', [1, 0]), rifleBattalion('a2', 'soviet', [0, 1]), rifleCompany('jap', 'japanese', [1, 1])]), 'assault', ['a1', 'a2'], [1, 1]);
    expect(e.retreats.get('jap')).not.toBeNull();
    const t = run(e, 'open-flank');
    expect(t.outcomes.surrenders ?? 0).toBe(0);
    expect((t.outcomes.retreats ?? 0) + (t.outcomes.routs ?? 0)).toBeGreaterThan(N * 0.3);
  });
});

describe('the preview is the resolver', () => {
  it('enumerated probabilities match 10,000 seeded resolutions within 1.5 points', async () => {
    const { previewAttack } = await import('../../src/engine/combat-preview');
    const { at } = await import('../helpers/test-setup');
    const s = battle([rifleBattalion('a1', 'soviet', [5, 5]), rifleBattalion('a2', 'soviet', [6, 6]), rifleBattalion('jap', 'japanese', [6, 5])]);
    const p = previewAttack(s, ['a1', 'a2'], at(6, 5));
    if (!p.ok) throw new Error(p.reason);
    expect(p.outcomes.length).toBeGreaterThan(1);
    expect(p.outcomes.reduce((a, o) => a + o.probability, 0)).toBeCloseTo(1, 12);
    const t = run(engagementOf(s, 'assault', ['a1', 'a2'], [6, 5]), 'preview-check');
    for (const o of p.outcomes) expect(Math.abs((t.outcomes[o.outcome] ?? 0) / N - o.probability)).toBeLessThan(0.015);
    expect(Math.abs(t.taken / N - p.hexTakenProbability)).toBeLessThan(0.015);
    expect(Math.abs(t.defenderMen - p.expected.defender.men) / p.expected.defender.men).toBeLessThan(0.02);
    expect(Math.abs(t.attackerMen - p.expected.attacker.men) / p.expected.attacker.men).toBeLessThan(0.02);
    // and the expected fire the preview reports is the resolver's
    expect(p.attackerFire).toBe(Math.round(computeFire(engagementOf(s, 'assault', ['a1', 'a2'], [6, 5]).inputs).attackers.antiPersonnel));
  });
});
