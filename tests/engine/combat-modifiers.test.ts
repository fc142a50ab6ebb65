/**
 * Modifier tables, and which named modifiers a preview shows in each situation (with the percent the resolver uses).
 */
import { describe, expect, it } from 'vitest';
import { previewAttack } from '../../src/engine/combat';
import {
  ammoFire,
  cohesionFire,
  PREPARED_ASSAULT_FIRE,
  PREPARED_COHESION,
  coverOf,
  fatigueFire,
  foldModifiers,
  holdLimit,
  suppressionFire,
  type CombatModifier,
} from '../../src/engine/combat-modifiers';
import { penetrationAt, penetrationChance, rangeFactor } from '../../src/engine/combat-strength';
import type { GameState } from '../../src/engine/types';
import { at } from '../helpers/test-setup';
import { atCompany, battle, btCompany, engagementOf, howitzerBattalion, rifleBattalion, rifleCompany } from './combat-fixtures';

describe('tables', () => {
  it.each([
    ['steppe', 0, 100, 100],
    ['steppe', 2, 100, 50],
    ['heights', 2, 75, 50],
    ['heights', 3, 75, 35],
    ['dunes', 2, 60, 70],
    ['hollow', 1, 70, 70],
    ['village', 0, 65, 100],
  ] as const)('cover in %s dug in to %i: terrain %i %%, trench %i %%', (terrain, level, t, e) => {
    expect(coverOf(terrain, level)).toEqual({ terrain: t, entrenchment: e });
  });

  it.each([
    [100, 100],
    [50, 100],
    [49, 75],
    [25, 75],
    [10, 50],
    [0, 25],
  ])('ammunition %i %% → fire %i %%', (ammo, percent) => expect(ammoFire(ammo)).toBe(percent));

  it('suppression, fatigue and cohesion', () => {
    expect([suppressionFire(0), suppressionFire(40), suppressionFire(100)]).toEqual([100, 80, 50]);
    expect([fatigueFire(0), fatigueFire(30), fatigueFire(90)]).toEqual([100, 90, 70]);
    expect([cohesionFire(80), cohesionFire(50), cohesionFire(20)]).toEqual([100, 100, 70]);
  });

  it('hold limits: dug in on a height stands far more than in the open; surprise halves it', () => {
    expect(holdLimit(0, 'steppe', 100, false)).toBe(15);
    expect(holdLimit(2, 'heights', 100, false)).toBe(32);
    expect(holdLimit(2, 'heights', 120, false)).toBe(38);
    expect(holdLimit(0, 'steppe', 100, true)).toBe(9);
  });

  it('range and penetration', () => {
    expect(rangeFactor(200, 1200)).toBe(100);
    expect(rangeFactor(1200, 1200)).toBe(30);
    expect(rangeFactor(1300, 1200)).toBe(0);
    expect(penetrationAt(30, 500)).toBe(30);
    expect(penetrationAt(30, 0)).toBe(37.5);
    expect(penetrationAt(30, 1000)).toBe(22.5); // the Type 94's "20 mm at 1,000 m" within a few mm
    expect(penetrationChance(30, 13)).toBe(100); // BT-5
    expect(Math.round(penetrationChance(30, 22))).toBe(58); // BT-7 front
    expect(penetrationChance(0, 22)).toBe(0);
  });

  it('folding multiplies only the modifiers of that side and unit', () => {
    const mods: CombatModifier[] = [
      { name: 'A', percent: 50, side: 'attacker', on: 'fire', why: '' },
      { name: 'B', percent: 80, side: 'attacker', on: 'fire', why: '', unitId: 'x' },
      { name: 'C', percent: 60, side: 'defender', on: 'cover', why: '', unitId: 'd' },
      { name: 'D', percent: 150, side: 'defender', on: 'cohesion', why: '' },
      { name: 'E', percent: 70, side: 'defender', on: 'anti-armour', why: '' },
    ];
    expect(foldModifiers(mods, 'attacker', 'x')).toEqual({ fire: 40, antiArmour: 100, cover: 100, cohesion: 100 });
    expect(foldModifiers(mods, 'attacker', 'y')).toEqual({ fire: 50, antiArmour: 100, cover: 100, cohesion: 100 });
    expect(foldModifiers(mods, 'defender', 'd')).toEqual({ fire: 100, antiArmour: 70, cover: 60, cohesion: 150 });
  });
});

const names = (state: GameState, ids: string[], target: [number, number], kind: 'assault' | 'fire' | 'bombard' = 'assault') => {
  const p = previewAttack(state, ids, at(...target), kind);
  if (!p.ok) throw new Error(p.reason);
  return p.modifiers.map((m) => `${m.name} ${m.percent} ${m.side} ${m.on}`);
};

describe('modifiers a preview shows', () => {
  it('ground, trenches and height', () => {
    const s = battle([rifleBattalion('sov', 'soviet', [5, 5]), rifleBattalion('jap', 'japanese', [6, 5], { entrenchment: 2 })], {
      map: { rows: Array(15).fill('......HHHHHHHHHHHHHH') },
    });
    expect(names(s, ['sov'], [6, 5])).toEqual([
      'Heights 75 defender cover',
      'Entrenched (level 2) 50 defender cover',
      'Firing uphill (sov) 80 attacker fire',
      'Higher ground 110 defender fire',
    ]);
  });

  it('a stream under the attackers, night, surprise and quality', () => {
    const s = battle([rifleBattalion('jap', 'japanese', [5, 5]), rifleBattalion('sov', 'soviet', [6, 5])], {
      map: { hexsides: [{ col: 5, row: 5, direction: 0, river: 'minor' }] },
      start: '1939-07-02T23:30',
      firstSide: 'japanese',
      rules: { soviet: { alertFromTurn: 2 }, japanese: { qualityPercent: 110 } },
    });
    expect(names(s, ['jap'], [6, 5])).toEqual([
      'Across a river (jap) 75 attacker fire',
      'In the water (jap) 130 attacker cover',
      'Night 75 attacker fire',
      'Night 70 defender fire',
      'Night gunnery 60 defender anti-armour',
      'Surprise 50 defender fire',
      'Surprise 150 defender cohesion',
      'Japanese quality 110 attacker fire',
    ]);
  });

  it('a unit\'s own supply, ammunition, suppression, fatigue and cohesion', () => {
    const s0 = battle([rifleBattalion('sov', 'soviet', [5, 5]), rifleCompany('jap', 'japanese', [6, 5])]);
    const s = { ...s0, units: s0.units.map((u) => (u.id === 'sov' ? { ...u, supply: 'cut' as const, ammo: 30, suppression: 40, fatigue: 30, cohesion: 40 } : u)) };
    expect(names(s, ['sov'], [6, 5])).toEqual([
      'Supply (sov) 65 attacker fire',
      'Ammunition (sov) 75 attacker fire',
      'Suppressed (sov) 80 attacker fire',
      'Fatigue (sov) 90 attacker fire',
      'Shaken (sov) 90 attacker fire',
    ]);
    expect(engagementOf(s, 'assault', ['sov'], [6, 5]).inputs.attackers[0]!.firePercent).toBeCloseTo(65 * 0.75 * 0.8 * 0.9 * 0.9, 9);
  });

  it('a routed defender barely shoots back', () => {
    const s0 = battle([rifleBattalion('sov', 'soviet', [5, 5]), rifleCompany('jap', 'japanese', [6, 5])]);
    const s = { ...s0, units: s0.units.map((u) => (u.id === 'jap' ? { ...u, status: 'routed' as const } : u)) };
    expect(names(s, ['sov'], [6, 5])).toEqual(['Routed (jap) 25 defender fire']);
  });

  it('combined arms, and tanks alone into anti-tank guns', () => {
    const together = battle([btCompany('bt', [5, 5]), rifleBattalion('inf', 'soviet', [6, 6]), atCompany('at', [6, 5])], { rules: { soviet: { combinedArmsPercent: 130 } } });
    expect(names(together, ['bt', 'inf'], [6, 5])).toEqual(['Combined arms 130 attacker fire']);
    const alone = battle([btCompany('bt', [5, 5]), atCompany('at', [6, 5])]);
    expect(names(alone, ['bt'], [6, 5])).toEqual(['Tanks alone 150 defender anti-armour']);
  });

  it('prepared positions: only for a side whose rules say so, only for dug-in units, fire only against an assault', () => {
    const units = [rifleBattalion('sov', 'soviet', [5, 5]), howitzerBattalion('art', [1, 5]), rifleBattalion('jap', 'japanese', [6, 5], { entrenchment: 2 })];
    const prepared = battle(units, { rules: { japanese: { preparedPositions: true } } });
    expect(names(prepared, ['sov'], [6, 5])).toEqual([
      'Entrenched (level 2) 50 defender cover',
      `Prepared positions (jap) ${PREPARED_ASSAULT_FIRE[2]} defender fire`,
      `Holding prepared positions (jap) ${PREPARED_COHESION[2]} defender cohesion`,
    ]);
    // Shelled, the dug-in battalion still holds on better, but there is no assault for its sited guns to meet.
    expect(names(prepared, ['art'], [6, 5], 'bombard')).toEqual(['Entrenched (level 2) 50 defender cover', `Holding prepared positions (jap) ${PREPARED_COHESION[2]} defender cohesion`]);
    // The same battle without the rule, and the same side with its men out of their holes: nothing.
    expect(names(battle(units), ['sov'], [6, 5])).toEqual(['Entrenched (level 2) 50 defender cover']);
    const inTheOpen = battle([rifleBattalion('sov', 'soviet', [5, 5]), rifleBattalion('jap', 'japanese', [6, 5])], { rules: { japanese: { preparedPositions: true } } });
    expect(names(inTheOpen, ['sov'], [6, 5])).toEqual([]);
  });

  it('prepared positions: the deeper the holes, the harder the fire and the less cohesion lost', () => {
    expect(PREPARED_ASSAULT_FIRE[0]).toBe(100);
    expect(PREPARED_COHESION[0]).toBe(100);
    for (let level = 1; level <= 3; level++) {
      expect(PREPARED_ASSAULT_FIRE[level]!).toBeGreaterThan(PREPARED_ASSAULT_FIRE[level - 1]!);
      expect(PREPARED_COHESION[level]!).toBeLessThan(PREPARED_COHESION[level - 1]!);
    }
  });

  it('artillery without an observer', () => {
    const s = battle([howitzerBattalion('art', [0, 5]), rifleBattalion('jap', 'japanese', [14, 5])]);
    expect(names(s, ['art'], [14, 5], 'bombard')).toEqual(['Unobserved 35 attacker fire']);
  });
});
