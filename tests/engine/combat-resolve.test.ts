/**
 * The resolver: roll table, fixed-seed golden results, determinism and conservation of men and equipment.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAttack, applyBombard, applyFire } from '../../src/engine/combat';
import { computeFire } from '../../src/engine/combat-fire';
import { resolveCombat, ROLL_PERCENT, ROLL_WAYS, ROUND_UP_ABOVE, settleCombat } from '../../src/engine/combat-resolve';
import { Rng, seedRng } from '../../src/engine/rng';
import { findUnit } from '../../src/engine/state-update';
import type { Command, CommandResult, GameState, UnitLoss } from '../../src/engine/types';
import { at } from '../helpers/test-setup';
import { atCompany, battle, btCompany, engagementOf, howitzerBattalion, rifleBattalion, rifleCompany } from './combat-fixtures';

describe('the roll table', () => {
  it('has 36 ways per 2d6 and an average multiplier near 100 %', () => {
    expect(ROLL_WAYS.reduce((a, b) => a + b, 0)).toBe(36);
    const mean = ROLL_PERCENT.reduce((a, p, i) => a + p * ROLL_WAYS[i]!, 0) / 36;
    expect(mean).toBeGreaterThan(99);
    expect(mean).toBeLessThan(103);
    for (let s = 3; s <= 12; s++) expect(ROLL_PERCENT[s]!).toBeGreaterThan(ROLL_PERCENT[s - 1]!);
  });

  it('rounds fractions up about as often as their size (within half the largest 2d6 step, 3/36)', () => {
    for (const f of [0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9]) {
      let up = 0;
      for (let s = 2; s <= 12; s++) if (f > ROUND_UP_ABOVE[s]!) up += ROLL_WAYS[s]!;
      expect(Math.abs(up / 36 - f)).toBeLessThanOrEqual(3 / 36 + 1e-9);
    }
  });
});

const lossRow = (l: UnitLoss) => [l.unitId, l.killed, l.wounded, l.missing, JSON.stringify(l.destroyed), JSON.stringify(l.damaged), l.outcome].join(' ');
const combatRows = (r: CommandResult): string[] => {
  if (!r.ok) throw new Error(r.reason);
  const ev = r.events.find((e) => e.type === 'combat');
  if (!ev || ev.type !== 'combat') throw new Error('no combat');
  return [...ev.losses.map(lossRow), ev.summary];
};

describe('golden results at fixed seeds', () => {
  it('a Soviet rifle battalion assaults a Japanese company in the open (seed 7)', () => {
    const s = battle([rifleBattalion('2/149', 'soviet', [5, 5]), rifleCompany('azuma', 'japanese', [6, 5])], {}, 7);
    expect(combatRows(applyAttack(s, { type: 'attack', unitIds: ['2/149'], target: at(6, 5) }))).toMatchInlineSnapshot(`
      [
        "2/149 6 16 0 {} {} holds",
        "azuma 27 68 5 {"LMG":1} {"LMG":1} routs",
        "2/149 assaulted azuma: Japanese lost 27 killed, 68 wounded, 5 missing or captured; Soviet lost 6 killed, 16 wounded; they rout and the hex is taken.",
      ]
    `);
  });

  it('BT-5s without infantry assault a 37 mm anti-tank company (seed 42)', () => {
    const s = battle([btCompany('bt', [5, 5]), atCompany('at', [6, 5])], {}, 42);
    expect(combatRows(applyAttack(s, { type: 'attack', unitIds: ['bt'], target: at(6, 5) }))).toMatchInlineSnapshot(`
      [
        "bt 2 6 0 {"BT-5":3} {"BT-5":1} holds",
        "at 2 5 0 {} {} holds",
        "bt assaulted at: Japanese lost 2 killed, 5 wounded; Soviet lost 2 killed, 6 wounded, 4 tanks; they hold.",
      ]
    `);
  });

  it('37 mm guns fire on BT-5s at 500 m (seed 3)', () => {
    const s = battle([btCompany('bt', [5, 5]), atCompany('at', [6, 5])], { firstSide: 'japanese' }, 3);
    expect(combatRows(applyFire(s, { type: 'fire', unitId: 'at', target: at(5, 5) }))).toMatchInlineSnapshot(`
      [
        "at 1 3 0 {} {} holds",
        "bt 2 4 0 {"BT-5":2} {"BT-5":1} holds",
        "at fired on bt: Soviet lost 2 killed, 4 wounded, 3 tanks; Japanese lost 1 killed, 3 wounded; they hold.",
      ]
    `);
  });

  it('122 mm howitzers bombard an entrenched battalion on a height, observed (seed 11)', () => {
    const s = battle(
      [howitzerBattalion('art', [1, 5]), rifleBattalion('obs', 'soviet', [5, 5]), rifleBattalion('2/28', 'japanese', [6, 5], { entrenchment: 2 })],
      { map: { rows: Array(15).fill('......HHHHHHHHHHHHHH') } },
      11,
    );
    expect(combatRows(applyBombard(s, { type: 'bombard', unitId: 'art', target: at(6, 5) }))).toMatchInlineSnapshot(`
      [
        "art 0 0 0 {} {} holds",
        "2/28 7 17 0 {} {} holds",
        "art bombarded 2/28: Japanese lost 7 killed, 17 wounded; they hold.",
      ]
    `);
  });
});

describe('determinism', () => {
  it('the same state and seed give the same result; a different seed usually does not', () => {
    const make = (seed: number) => battle([rifleBattalion('a', 'soviet', [5, 5]), rifleBattalion('d', 'japanese', [6, 5])], {}, seed);
    const cmd = { type: 'attack', unitIds: ['a'], target: at(6, 5) } as const;
    const one = applyAttack(make(5), cmd);
    const two = applyAttack(make(5), cmd);
    expect(JSON.stringify(one)).toBe(JSON.stringify(two));
    const others = new Set<string>();
    for (let seed = 0; seed < 20; seed++) others.add(JSON.stringify(combatRows(applyAttack(make(seed), cmd))));
    expect(others.size).toBeGreaterThan(5);
  });

  it('settleCombat is a pure function of the two rolls', () => {
    const s = battle([btCompany('bt', [5, 5]), rifleBattalion('inf', 'soviet', [6, 6]), atCompany('at', [6, 5])]);
    const e = engagementOf(s, 'assault', ['bt', 'inf'], [6, 5]);
    const rng = new Rng(seedRng('pure'));
    for (let i = 0; i < 200; i++) {
      const r = resolveCombat(e.inputs, rng);
      expect(settleCombat(e.inputs, computeFire(e.inputs), r.attackRoll, r.defenceRoll)).toEqual(r);
    }
  });
});

describe('conservation', () => {
  const kinds = ['attack', 'fire', 'bombard'] as const;
  const unitArb = fc.record({
    men: fc.integer({ min: 1, max: 900 }),
    lmg: fc.integer({ min: 0, max: 20 }),
    bt: fc.integer({ min: 0, max: 20 }),
    at: fc.integer({ min: 0, max: 6 }),
    cohesion: fc.integer({ min: 1, max: 100 }),
    entrenchment: fc.integer({ min: 0, max: 3 }),
  });
  it('men lost + men left = men before, and every vehicle is working, damaged or destroyed, for any battle', () => {
    fc.assert(
      fc.property(unitArb, unitArb, fc.constantFrom(...kinds), fc.integer(), fc.boolean(), (a, d, kind, seed, cornered) => {
        const eq = (u: typeof a, soviet: boolean): Record<string, number> => ({
          ...(u.lmg ? { LMG: u.lmg } : {}),
          ...(u.bt ? { [soviet ? 'BT-7' : 'Type95']: u.bt } : {}),
          ...(u.at ? { [soviet ? '45mm-M1937' : '37mm-Type94']: u.at } : {}),
        });
        const dpos: [number, number] = cornered ? [0, 0] : [1, 1];
        const s: GameState = battle(
          [
            rifleCompany('att', 'soviet', [1, 0], { men: a.men, equipment: { ...eq(a, true), '82mm-mortar': 4 }, cohesion: a.cohesion, entrenchment: a.entrenchment }),
            rifleCompany('blk', 'soviet', [0, 1]),
            rifleCompany('def', 'japanese', dpos, { men: d.men, equipment: eq(d, false), cohesion: d.cohesion, entrenchment: d.entrenchment }),
          ],
          {},
          seed,
        );
        const target = at(...dpos);
        const cmd: Command =
          kind === 'attack' ? { type: 'attack', unitIds: ['att'], target } : kind === 'fire' ? { type: 'fire', unitId: 'att', target } : { type: 'bombard', unitId: 'att', target };
        const r = kind === 'attack' ? applyAttack(s, cmd as never) : kind === 'fire' ? applyFire(s, cmd as never) : applyBombard(s, cmd as never);
        if (!r.ok) return; // e.g. a unit with nothing that reaches
        for (const id of ['att', 'def']) {
          const u0 = findUnit(s, id)!;
          const u1 = findUnit(r.state, id)!;
          const lost = u1.casualties.killed + u1.casualties.wounded + u1.casualties.missing;
          expect(u1.men + lost).toBe(u0.men);
          // Fire alone takes no prisoners (issue 14): only an assault cuts men off.
          if (kind !== 'attack') expect(u1.casualties.missing).toBe(0);
          expect(u1.men).toBeGreaterThanOrEqual(0);
          for (const [type, n] of Object.entries(u0.equipment)) {
            expect((u1.equipment[type] ?? 0) + (u1.damaged[type] ?? 0) + (u1.destroyed[type] ?? 0)).toBe(n);
          }
          expect(u1.cohesion).toBeGreaterThanOrEqual(0);
          expect(u1.suppression).toBeLessThanOrEqual(100);
          if (u1.status === 'surrendered' || u1.status === 'destroyed') expect(u1.hex).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('shelling and the cover of the shelled', () => {
  // The same shelling (same rolls) on the same battalion in the open and dug in on a height: the shock of fire from
  // afar is felt as far as the fire reaches the men (issue 14: the Fui garrison broke on shock alone on turn 5).
  const cohesionLost = (entrenchment: number, rows: string): number => {
    const s = battle(
      [howitzerBattalion('art', [1, 5]), rifleBattalion('obs', 'soviet', [5, 5]), rifleBattalion('jp', 'japanese', [6, 5], { entrenchment })],
      { map: { rows: Array(15).fill(rows) } },
    );
    const e = engagementOf(s, 'bombard', ['art'], [6, 5]);
    return settleCombat(e.inputs, computeFire(e.inputs), 7, 7).defenders[0]!.cohesionLost;
  };

  it('shakes a battalion dug in on a height far less than the same battalion in the open', () => {
    const open = cohesionLost(0, '....................');
    const dugIn = cohesionLost(3, '......HHHHHHHHHHHHHH');
    expect(open).toBeGreaterThan(0);
    expect(dugIn * 2).toBeLessThan(open);
  });

  it('leaves the shock of an assault as it was: close combat shakes everyone alike', () => {
    const s = (entrenchment: number) => battle([rifleBattalion('a', 'soviet', [5, 5]), rifleCompany('d', 'japanese', [6, 5], { entrenchment, men: 2000 })]);
    const lost = (entrenchment: number) => {
      const e = engagementOf(s(entrenchment), 'assault', ['a'], [6, 5]);
      return settleCombat(e.inputs, computeFire(e.inputs), 7, 7).defenders[0]!;
    };
    // Whatever the cover saves in men, the shock part (10 at an even roll) is still there in full.
    expect(lost(3).cohesionLost).toBeGreaterThanOrEqual(10);
  });
});

describe('prepared positions (issue 14)', () => {
  // The same assault (same rolls) on the same dug-in battalion, with and without the defenders' side rule.
  const assault = (prepared: boolean) => {
    const s = battle([rifleBattalion('a', 'soviet', [5, 5]), rifleBattalion('d', 'japanese', [6, 5], { entrenchment: 2 })], { rules: { japanese: { preparedPositions: prepared } } });
    const e = engagementOf(s, 'assault', ['a'], [6, 5]);
    return settleCombat(e.inputs, computeFire(e.inputs), 7, 7);
  };

  it('cost the attackers more men and shake the defenders less, for the same losses to the defenders', () => {
    const plain = assault(false);
    const prepared = assault(true);
    const hit = (r: { killed: number; wounded: number; missing: number }) => r.killed + r.wounded + r.missing;
    expect(hit(prepared.attackers[0]!)).toBeGreaterThan(2 * hit(plain.attackers[0]!));
    expect(hit(prepared.defenders[0]!)).toBe(hit(plain.defenders[0]!));
    expect(prepared.defenders[0]!.cohesionLost).toBeLessThan(plain.defenders[0]!.cohesionLost);
  });
});

describe('a remnant', () => {
  // A Japanese battalion down to 60 men, shelled: whether those 60 are a remnant depends on what it started with.
  const shelled = (startMen: number) => {
    const s0 = battle([howitzerBattalion('art', [1, 5]), rifleBattalion('obs', 'soviet', [5, 5]), rifleBattalion('d', 'japanese', [6, 5])]);
    const s = { ...s0, units: s0.units.map((u) => (u.id === 'd' ? { ...u, men: 60, start: { ...u.start, men: startMen } } : u)) };
    const e = engagementOf(s, 'bombard', ['art'], [6, 5]);
    return settleCombat(e.inputs, computeFire(e.inputs), 9, 7).defenders[0]!;
  };

  it('of less than 5 % of the men a unit started with is no longer a unit: hit, it is destroyed rather than left holding the hex', () => {
    const r = shelled(2000);
    expect(r.killed + r.wounded).toBeGreaterThan(0);
    expect(r.outcome).toBe('destroyed');
  });

  it('a small unit that has lost little is not a remnant', () => {
    const r = shelled(60);
    expect(r.killed + r.wounded).toBeGreaterThan(0);
    expect(r.outcome).toBe('holds');
  });
});
