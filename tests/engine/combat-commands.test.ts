/**
 * The combat commands on whole states: what they refuse (with a reason a player can read) and what they change.
 */
import { describe, expect, it } from 'vitest';
import { applyAirStrike, applyAttack, applyBombard, applyFire } from '../../src/engine/combat';
import { findUnit } from '../../src/engine/state-update';
import type { CommandResult, GameEvent, GameState } from '../../src/engine/types';
import { at } from '../helpers/test-setup';
import { atCompany, battle, btCompany, howitzerBattalion, rifleBattalion, rifleCompany } from './combat-fixtures';

const refused = (r: CommandResult): string => {
  if (r.ok) throw new Error('expected a refusal');
  return r.reason;
};
const accepted = (r: CommandResult) => {
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r;
};
const combatEvent = (events: readonly GameEvent[]) => {
  const e = events.find((x) => x.type === 'combat');
  if (!e || e.type !== 'combat') throw new Error('no combat event');
  return e;
};

const base = (): GameState =>
  battle([
    rifleBattalion('sov-1', 'soviet', [5, 5]),
    rifleBattalion('sov-2', 'soviet', [2, 2]),
    howitzerBattalion('sov-art', [1, 5]),
    rifleCompany('jap-1', 'japanese', [6, 5]),
    atCompany('jap-at', [12, 5]),
  ]);

describe('refusals', () => {
  const s = base();
  const cases: Array<[string, CommandResult, RegExp]> = [
    ['unknown unit', applyAttack(s, { type: 'attack', unitIds: ['nobody'], target: at(6, 5) }), /no unit 'nobody'/],
    ['not adjacent', applyAttack(s, { type: 'attack', unitIds: ['sov-2'], target: at(6, 5) }), /not next to the target/],
    ['the other side', applyAttack(s, { type: 'attack', unitIds: ['jap-1'], target: at(5, 5) }), /Japanese; it is the Soviet side's turn/],
    ['no enemy there', applyAttack(s, { type: 'attack', unitIds: ['sov-1'], target: at(5, 6) }), /no enemy unit in that hex/],
    ['off the map', applyAttack(s, { type: 'attack', unitIds: ['sov-1'], target: { q: -40, r: 3 } }), /off the map/],
    ['no units', applyAttack(s, { type: 'attack', unitIds: [], target: at(6, 5) }), /at least one unit/],
    ['listed twice', applyAttack(s, { type: 'attack', unitIds: ['sov-1', 'sov-1'], target: at(6, 5) }), /listed twice/],
    ['fire out of range', applyFire(s, { type: 'fire', unitId: 'sov-1', target: at(12, 5) }), /Out of range: sov-1's direct fire reaches 1\.5 km; the target is 3\.5 km away/],
    ['artillery does not assault', applyAttack({ ...s, units: s.units.map((u) => (u.id === 'sov-art' ? { ...u, hex: at(6, 4) } : u)) }, { type: 'attack', unitIds: ['sov-art'], target: at(6, 5) }), /artillery unit: it supports an assault by bombarding/],
    ['bombard without guns', applyBombard(s, { type: 'bombard', unitId: 'sov-1', target: at(6, 5) }), /no artillery or mortars/],
    ['bombard out of range', applyBombard(s, { type: 'bombard', unitId: 'sov-art', target: at(19, 5) }), /Out of range: sov-art's guns reach 8\.9 km/],
    ['no sorties', applyAirStrike(s, { type: 'air-strike', side: 'soviet', target: at(6, 5) }), /no air sorties left/],
    ['air for the wrong side', applyAirStrike(s, { type: 'air-strike', side: 'japanese', target: at(6, 5) }), /Soviet side's turn/],
  ];
  it.each(cases)('%s', (_name, result, reason) => {
    expect(refused(result)).toMatch(reason);
  });

  it('a unit that has attacked cannot attack or fire again; a routed unit cannot attack', () => {
    const after = accepted(applyAttack(s, { type: 'attack', unitIds: ['sov-1'], target: at(6, 5) })).state;
    expect(refused(applyAttack(after, { type: 'attack', unitIds: ['sov-1'], target: at(6, 5) }))).toMatch(/sov-1 has already attacked this turn/);
    expect(refused(applyFire(after, { type: 'fire', unitId: 'sov-1', target: at(6, 5) }))).toMatch(/sov-1 has already attacked this turn/);
    const routed = { ...s, units: s.units.map((u) => (u.id === 'sov-1' ? { ...u, status: 'routed' as const } : u)) };
    expect(refused(applyAttack(routed, { type: 'attack', unitIds: ['sov-1'], target: at(6, 5) }))).toMatch(/routed and cannot attack/);
  });

  it('no shells, no bombardment; no ammunition, no fire', () => {
    const empty = { ...s, units: s.units.map((u) => ({ ...u, ammo: 0 })) };
    expect(refused(applyBombard(empty, { type: 'bombard', unitId: 'sov-art', target: at(6, 5) }))).toMatch(/no shells left/);
    expect(refused(applyFire(empty, { type: 'fire', unitId: 'sov-1', target: at(6, 5) }))).toMatch(/no ammunition/);
  });

  it('direct fire needs a target the side can see', () => {
    const night = battle([rifleBattalion('sov', 'soviet', [5, 5]), rifleCompany('jap', 'japanese', [7, 5])], { start: '1939-07-03T23:00' });
    expect(refused(applyFire(night, { type: 'fire', unitId: 'sov', target: at(7, 5) }))).toMatch(/cannot see 1 km in this light/);
  });

  it('the Khalkhin Gol can be assaulted only at a crossing', () => {
    const river = battle([rifleBattalion('sov', 'soviet', [5, 5]), rifleCompany('jap', 'japanese', [6, 5])], {
      map: { hexsides: [{ col: 5, row: 5, direction: 0, river: 'major' }] },
    });
    expect(refused(applyAttack(river, { type: 'attack', unitIds: ['sov'], target: at(6, 5) }))).toMatch(/across the Khalkhin Gol here/);
    const bridged = battle([rifleBattalion('sov', 'soviet', [5, 5]), rifleCompany('jap', 'japanese', [6, 5])], {
      map: { hexsides: [{ col: 5, row: 5, direction: 0, river: 'major', crossing: 'bridge' }] },
    });
    expect(accepted(applyAttack(bridged, { type: 'attack', unitIds: ['sov'], target: at(6, 5) })).events[0]!.type).toBe('combat');
  });

  it('air strikes fly by day in flying weather only', () => {
    const opts = { rules: { soviet: { airSorties: 2 } } };
    const units = [rifleBattalion('sov', 'soviet', [5, 5]), rifleCompany('jap', 'japanese', [9, 5])];
    const night = battle(units, { ...opts, start: '1939-07-03T23:00' });
    expect(refused(applyAirStrike(night, { type: 'air-strike', side: 'soviet', target: at(9, 5) }))).toMatch(/at night/);
    const day = battle(units, opts);
    const r = accepted(applyAirStrike(day, { type: 'air-strike', side: 'soviet', target: at(9, 5) }));
    expect(r.state.airSorties.soviet).toBe(1);
    expect(combatEvent(r.events).summary).toMatch(/^Soviet aircraft struck jap: Japanese lost \d+ killed/);
  });
});

describe('what a combat changes', () => {
  it('an assault spends the attacker and applies losses, ammunition, fatigue and the RNG', () => {
    const s = base();
    const r = accepted(applyAttack(s, { type: 'attack', unitIds: ['sov-1'], target: at(6, 5) }));
    const before = findUnit(s, 'sov-1')!;
    const after = findUnit(r.state, 'sov-1')!;
    expect(after.acted.attacked).toBe(true);
    expect(after.mp).toBe(0);
    expect(after.ammo).toBe(before.ammo - 10);
    expect(after.fatigue).toBe(10);
    expect(r.state.rng.draws).toBe(s.rng.draws + 4);
    const ev = combatEvent(r.events);
    expect(ev.kind).toBe('assault');
    expect(ev.losses.map((l) => l.unitId)).toEqual(['sov-1', 'jap-1']);
    for (const l of ev.losses) {
      const u0 = findUnit(s, l.unitId)!;
      const u1 = findUnit(r.state, l.unitId)!;
      expect(u1.men + l.killed + l.wounded + l.missing).toBe(u0.men);
      expect(u1.casualties.killed).toBe(l.killed);
    }
    expect(ev.summary).toMatch(/^sov-1 assaulted jap-1: Japanese lost \d+ killed, \d+ wounded/);
    // the state passed in is untouched
    expect(findUnit(s, 'sov-1')!.acted.attacked).toBe(false);
  });

  it('overwhelming odds take the hex: the defenders leave and the attackers move in as far as stacking allows', () => {
    const s = battle([
      rifleBattalion('a1', 'soviet', [5, 5]),
      rifleBattalion('a2', 'soviet', [6, 6]),
      rifleBattalion('a3', 'soviet', [7, 5]),
      rifleCompany('jap', 'japanese', [6, 5], { cohesion: 30 }),
    ]);
    const r = accepted(applyAttack(s, { type: 'attack', unitIds: ['a1', 'a2', 'a3'], target: at(6, 5) }));
    const ev = combatEvent(r.events);
    expect(ev.hexTaken).toBe(true);
    const jap = findUnit(r.state, 'jap')!;
    expect(jap.hex === null || jap.hex.q !== at(6, 5).q || jap.hex.r !== at(6, 5).r).toBe(true);
    // a 500 m hex holds two battalions: a1 and a2 advance (id order), a3 stays where it attacked from
    for (const id of ['a1', 'a2']) expect(findUnit(r.state, id)!.hex).toEqual(at(6, 5));
    expect(findUnit(r.state, 'a3')!.hex).toEqual(at(7, 5));
  });

  it('an encircled company that breaks surrenders: all its men become missing and its weapons are lost', () => {
    const s = battle([rifleBattalion('a1', 'soviet', [1, 0]), rifleBattalion('a2', 'soviet', [0, 1]), rifleCompany('jap', 'japanese', [0, 0], { cohesion: 20 })]);
    const r = accepted(applyAttack(s, { type: 'attack', unitIds: ['a1', 'a2'], target: at(0, 0) }));
    const jap = findUnit(r.state, 'jap')!;
    expect(jap.status).toBe('surrendered');
    expect(jap.men).toBe(0);
    expect(jap.hex).toBeNull();
    expect(jap.casualties.killed + jap.casualties.wounded + jap.casualties.missing).toBe(200);
    expect(jap.destroyed.LMG).toBe(6);
    expect(r.events.some((e) => e.type === 'unit-surrendered' && e.unitId === 'jap' && e.men === jap.casualties.missing)).toBe(true);
    expect(combatEvent(r.events).summary).toMatch(/they surrender/);
  });

  it('direct fire marks the firer as having fired; anti-tank fire knocks out BTs', () => {
    const s = battle([btCompany('bt', [5, 5]), atCompany('at', [6, 5])], { firstSide: 'japanese' }, 'fire-seed');
    const r = accepted(applyFire(s, { type: 'fire', unitId: 'at', target: at(5, 5) }));
    expect(findUnit(r.state, 'at')!.acted.fired).toBe(true);
    const bt = findUnit(r.state, 'bt')!;
    const lost = (bt.destroyed['BT-5'] ?? 0) + (bt.damaged['BT-5'] ?? 0);
    expect(bt.equipment['BT-5']! + lost).toBe(15);
    expect(combatEvent(r.events).kind).toBe('fire');
  });

  it('bombardment spends shells by the side\'s ammunition stock', () => {
    const units = [howitzerBattalion('art', [1, 5]), rifleBattalion('obs', 'soviet', [5, 5]), rifleBattalion('jap', 'japanese', [6, 5])];
    const normal = accepted(applyBombard(battle(units), { type: 'bombard', unitId: 'art', target: at(6, 5) }));
    const rich = accepted(applyBombard(battle(units, { rules: { soviet: { artilleryAmmoPercent: 200 } } }), { type: 'bombard', unitId: 'art', target: at(6, 5) }));
    const poor = accepted(applyBombard(battle(units, { rules: { soviet: { artilleryAmmoPercent: 50 } } }), { type: 'bombard', unitId: 'art', target: at(6, 5) }));
    expect(findUnit(normal.state, 'art')!.ammo).toBe(88);
    expect(findUnit(rich.state, 'art')!.ammo).toBe(94);
    expect(findUnit(poor.state, 'art')!.ammo).toBe(76);
    expect(combatEvent(normal.events).summary).toMatch(/^art bombarded jap: Japanese lost/);
  });
});
