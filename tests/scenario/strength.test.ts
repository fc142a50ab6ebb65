/**
 * Orders of battle against the sources: each side's men, tanks, armoured cars and guns, summed over the counters of
 * the real scenario files, must lie within ±10% of `historical.strength`, and `historical.strength` must carry the
 * figures of facts.md it cites (asserted here with the source named beside each).
 */
import { describe, expect, it } from 'vitest';
import { equipmentOf, loadScenario, SCENARIO_IDS, sideStrength, type RawScenario, type RawUnit, type Strength } from './bundled-scenarios';

const within10 = (actual: number, expected: number): boolean => Math.abs(actual - expected) * 10 <= expected;

/**
 * Which counters each scenario's sourced totals describe. Azuma: the forces on the ground on 28 May (the battalion of
 * the 149th, arriving at 22:00, has no sourced strength). Yasuoka and August: every counter, reinforcements included.
 */
const BASIS: Record<string, (u: RawUnit) => boolean> = {
  'azuma-encirclement': (u) => u.arrives === undefined,
  'yasuoka-night-attack': () => true,
  'august-offensive': () => true,
};

const check = (s: RawScenario, side: 'soviet' | 'japanese'): { got: Strength; want: Strength } => {
  const got = sideStrength(s.units.filter(BASIS[s.id]!), side);
  const h = s.historical.strength[side];
  return { got, want: { men: h.men, tanks: h.tanks, armouredCars: h.armouredCars, guns: h.guns } };
};

describe.each(SCENARIO_IDS)('%s: strength against the sources', (id) => {
  const s = loadScenario(id);
  it.each(['soviet', 'japanese'] as const)('%s men, tanks, armoured cars and guns are within ±10%% of historical.strength', (side) => {
    const { got, want } = check(s, side);
    for (const k of ['men', 'tanks', 'armouredCars', 'guns'] as const) {
      expect(within10(got[k], want[k]), `${side} ${k}: counters sum to ${got[k]}, source says ${want[k]}`).toBe(true);
    }
  });
  it('every unit names a source key and a parent formation', () => {
    for (const u of s.units) {
      expect(u.source.trim().length, u.id).toBeGreaterThan(0);
      expect(u.formation.trim().length, u.id).toBeGreaterThan(0);
      expect(u.men, u.id).toBeGreaterThan(0);
    }
  });
});

describe('azuma-encirclement cites §B1', () => {
  const s = loadScenario('azuma-encirclement');
  it('uses Goldman\'s Soviet–MPR composition and NETD\'s Japanese totals', () => {
    // GOLDMAN-RU litbaza p.36: Bykov ~1,000 men; MPR 6th Cavalry Division ~1,250.
    expect(s.historical.strength.soviet.men).toBe(1000 + 1250);
    // GOLDMAN-RU: 16 BA-6 + a reconnaissance platoon of 5 armoured cars; 4 SU-12 + the MPR 76 mm battery (4 assumed).
    expect(s.historical.strength.soviet.armouredCars).toBe(16 + 5);
    expect(s.historical.strength.soviet.guns).toBe(4 + 4);
    // NETD (22–28 May): Japanese–Manchukuoan 1,680 bayonets, 900 cavalry, 18 guns, 6 armoured vehicles, 1 tank.
    expect(s.historical.strength.japanese).toMatchObject({ men: 1680 + 900, guns: 18, armouredCars: 6, tanks: 1 });
    // The NETD Soviet–MPR totals (668 bayonets, 260 sabres, 58 MGs, 20 guns, 39 armoured vehicles) are cited too.
    expect(s.historical.strength.soviet.source).toContain('20 guns and 39 armoured vehicles');
  });
  it('gives Azuma 220 men and no artillery, and Bykov exactly 16 BA-6 and 4 SU-12', () => {
    const azuma = s.units.filter((u) => u.formation.startsWith('Azuma'));
    // DREA-RU: 220 officers and men, no artillery.
    expect(azuma.reduce((n, u) => n + u.men, 0)).toBe(220);
    expect(sideStrength(azuma, 'japanese').guns).toBe(0);
    const bykov = equipmentOf(s.units.filter((u) => u.formation.startsWith('Bykov')));
    // GOLDMAN-RU: a BA-6 company of 16 cars; a battery of four 76 mm SU-12.
    expect(bykov['BA-6']).toBe(16);
    expect(bykov['SU-12']).toBe(4);
    // GOLDMAN-RU: about 1,000 men in the detachment.
    expect(s.units.filter((u) => u.formation.startsWith('Bykov')).reduce((n, u) => n + u.men, 0)).toBe(1000);
  });
  it('brings the battalion of the 149th Rifle Regiment at 22:00 on 28 May (turn 10 of 2-hour turns from 04:00)', () => {
    // ALTHIST-15: Azuma's main opponent from 22:00 on 28 May.
    const bn = s.units.find((u) => u.id === 'sov-149-bn');
    expect(bn?.arrives?.turn).toBe(10);
    expect(s.clock.start).toBe('1939-05-28T04:00');
    expect(s.clock.minutesPerTurn).toBe(120);
  });
});

describe('yasuoka-night-attack cites §B2', () => {
  const s = loadScenario('yasuoka-night-attack');
  it('has the Yasuoka Detachment\'s tanks exactly by type (SEED)', () => {
    const byRegiment = (prefix: string) => equipmentOf(s.units.filter((u) => u.formation.startsWith(prefix)));
    const tanksOnly = (e: Record<string, number>) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'truck'));
    // SEED: 3rd Tank Regiment — 26 Type 89, 4 Type 97 Chi-Ha, 7 Type 94 tankettes, 4 Type 97 Te-Ke.
    expect(tanksOnly(byRegiment('3rd Tank Regiment'))).toEqual({ Type89: 26, Type97: 4, 'Type94-tankette': 7, 'Type97-TeKe': 4 });
    // SEED: 4th Tank Regiment — 35 Type 95 Ha-Go, 8 Type 89, 3 Type 94.
    expect(tanksOnly(byRegiment('4th Tank Regiment'))).toEqual({ Type95: 35, Type89: 8, 'Type94-tankette': 3 });
    // SEED; ROMAN: 73 tanks and 14 tankettes in all, and no other Japanese armour on the map.
    expect(sideStrength(s.units, 'japanese').tanks).toBe(73 + 14);
    expect(s.historical.strength.japanese.tanks).toBe(73 + 14);
  });
  it('uses the start-of-July theatre totals (ROMAN; GREATCOURSES)', () => {
    expect(s.historical.strength.soviet).toMatchObject({ men: 12500, guns: 109, tanks: 186, armouredCars: 266 });
    expect(s.historical.strength.japanese).toMatchObject({ men: 15000, guns: 120 });
  });
  it('puts the storm night of 2–3 July in the clock: visibility 10–20 m, no flying (MOSH-tank p.114)', () => {
    const storm = s.clock.weather.find((w) => w.id === 'storm-2-3-july');
    expect(storm).toBeDefined();
    expect(storm!.visibilityMetres).toBeGreaterThanOrEqual(10);
    expect(storm!.visibilityMetres).toBeLessThanOrEqual(20);
    // Turn 4 starts at 22:00 on 2 July; turn 6 ends at 04:00 on 3 July (clear by 03:00).
    expect(s.clock.start).toBe('1939-07-02T16:00');
    expect([storm!.fromTurn, storm!.toTurn]).toEqual([4, 6]);
  });
  it('brings the 11th Tank Brigade on the morning of 3 July, before the 24th Motor Rifle Regiment (ZHUKOV-MEM; READLI-893761)', () => {
    const arrival = (prefix: string) => Math.min(...s.units.filter((u) => u.formation.startsWith(prefix)).map((u) => u.arrives?.turn ?? 0));
    // Turn 8 = 06:00 on 3 July; the brigade attacked at about 10:45. The 24th's attack went in at 19:00.
    expect(arrival('11th Tank Brigade')).toBe(8);
    expect(arrival('24th Motor Rifle Regiment')).toBeGreaterThan(arrival('11th Tank Brigade'));
  });
});

describe('august-offensive cites §B3', () => {
  const s = loadScenario('august-offensive');
  const formation = (prefix: string) => s.units.filter((u) => u.formation.startsWith(prefix));
  const men = (us: RawUnit[]) => us.reduce((n, u) => n + u.men, 0);
  it('uses SEED, HISTORYBACK and KNIGALUB totals for the 1st Army Group', () => {
    // SEED: about 50,000 Soviet and MPR troops, 498 BT-5/BT-7, 557 aircraft on 20 August.
    expect(s.historical.strength.soviet).toMatchObject({ men: 50000, tanks: 498, aircraft: 557 });
    // HISTORYBACK: 346 armoured vehicles. KNIGALUB: 156 light + 93 heavy + 138 AT guns, plus the 185th's 33 heavy.
    expect(s.historical.strength.soviet.armouredCars).toBe(346);
    expect(s.historical.strength.soviet.guns).toBe(156 + 93 + 138 + 33);
    // SEED: 28,000–40,000 Japanese (the lower figure is used); WP-BKG: no tanks after July.
    expect(s.historical.strength.japanese).toMatchObject({ men: 28000, tanks: 0, armouredCars: 0 });
  });
  it('has exactly 498 BT tanks, and the formations near their KNIGALUB strengths', () => {
    const e = equipmentOf(s.units);
    expect((e['BT-5'] ?? 0) + (e['BT-7'] ?? 0)).toBe(498);
    // KNIGALUB: 6th and 11th Tank Brigades 6,400; 7th, 8th and 9th Motor-Armoured 4,960; 5th Rifle-MG 2,534.
    expect(men(formation('6th Tank Brigade')) + men(formation('11th Tank Brigade'))).toBe(6400);
    expect(within10(men([...formation('7th Motor'), ...formation('8th Motor'), ...formation('9th Motor')]), 4960)).toBe(true);
    expect(men(formation('5th Rifle-Machine-Gun Brigade'))).toBe(2534);
    // KNIGALUB: 57th and 82nd Rifle and 36th Motorised Rifle Divisions, 28,690.
    expect(within10(men([...formation('57th Rifle'), ...formation('82nd Rifle'), ...formation('36th Motorised')]), 28690)).toBe(true);
    // KNIGALUB: the 185th Artillery Regiment's 33 heavy guns.
    expect(sideStrength(formation('185th Artillery'), 'soviet').guns).toBe(33);
  });
  it('puts about 800 men under Ioki on the Fui Heights (GOLDMAN p.22) and plays at battalion level', () => {
    expect(s.units.find((u) => u.id === 'jp-fui-ioki')?.men).toBe(800);
    const count = (side: string) => s.units.filter((u) => u.side === side).length;
    expect(count('soviet')).toBeGreaterThanOrEqual(100);
    expect(count('soviet')).toBeLessThanOrEqual(160);
    expect(count('japanese')).toBeGreaterThanOrEqual(50);
    expect(count('japanese')).toBeLessThanOrEqual(90);
  });
});
