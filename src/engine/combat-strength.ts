/**
 * Fire values: what a unit's men and weapons can do to men and to vehicles at a given range.
 *
 * A unit's composition is turned once into a `FireProfile` (flat arrays of numbers, cached per Unit object — units are
 * immutable, so the cache can never go stale). The combat resolver then only multiplies these numbers by range
 * factors and modifiers, which keeps a resolution well under a microsecond.
 *
 * Scales (all per engagement, i.e. one command's worth of fighting):
 * - anti-personnel fire is in "rifle points" (one rifleman firing at men in the open at close range = 1);
 *   `CASUALTIES_PER_FIRE_POINT` turns points into men hit;
 * - anti-armour fire is in expected vehicle knock-outs against a vehicle the weapon fully defeats.
 */
import { EQUIPMENT } from './equipment';
import type { Unit } from './types';
import type { EquipmentClass } from './vocabulary';

/** Men hit per rifle point of fire against men in the open with an average roll (1 in 20). */
export const CASUALTIES_PER_FIRE_POINT = 0.05;
/** An assault is fought at close quarters: grenades, bayonets, point-blank guns. */
export const ASSAULT_RANGE_M = 200;
/** Effective range of a rifleman's fire in metres. */
export const RIFLE_RANGE_M = 600;
/** Guns that can also fire indirect reach no farther than this over open sights: the gunner must see his target. */
export const OPEN_SIGHTS_LIMIT_M = 2000;

/**
 * Knock-outs per weapon per engagement against a vehicle it fully defeats, by weapon class and by how it fires.
 * Aimed anti-tank guns dominate (75–80 % of Soviet tank losses, facts §C1); field artillery firing indirect is a
 * distant second (15–20 %).
 */
export const DIRECT_AT_RATE: Readonly<Record<EquipmentClass, number>> = {
  'anti-tank-gun': 0.6,
  tank: 0.25,
  tankette: 0.1,
  'armoured-car': 0.15,
  'self-propelled-gun': 0.2,
  'field-gun': 0.3,
  howitzer: 0.15,
  'infantry-gun': 0.2,
  mortar: 0,
  'machine-gun': 0,
  truck: 0,
};
export const INDIRECT_AT_RATE: Readonly<Record<EquipmentClass, number>> = {
  'anti-tank-gun': 0,
  tank: 0,
  tankette: 0,
  'armoured-car': 0,
  'self-propelled-gun': 0.04,
  'field-gun': 0.05,
  howitzer: 0.07,
  'infantry-gun': 0.03,
  mortar: 0,
  'machine-gun': 0,
  truck: 0,
};
/** Classes that can fire over open sights at a visible target (howitzers and mortars only fire indirect here). */
const DIRECT_CAPABLE: ReadonlySet<EquipmentClass> = new Set<EquipmentClass>([
  'anti-tank-gun',
  'tank',
  'tankette',
  'armoured-car',
  'self-propelled-gun',
  'field-gun',
  'infantry-gun',
  'machine-gun',
]);
/** Knock-outs of flammable vehicles per rifleman in a close assault with firebombs and grenades (kaenbin). */
export const INCENDIARY_RATE = 0.002;
/** Classes whose crews sit behind armour: small-arms fire does not hit them, a knock-out does. */
const VEHICLE_CLASSES: ReadonlySet<EquipmentClass> = new Set<EquipmentClass>(['tank', 'tankette', 'armoured-car', 'self-propelled-gun']);
/** Classes that count as tanks for combined arms. */
const TANK_LIKE: ReadonlySet<EquipmentClass> = new Set<EquipmentClass>(['tank', 'tankette']);

/** A unit's weapons and vehicles as flat numbers. Arrays are parallel; index = one equipment type. */
export interface FireProfile {
  readonly men: number;
  /** Men not crewing a weapon or vehicle: they fight with rifles, grenades and firebombs. */
  readonly riflemen: number;
  /** Men outside armour, whom small-arms and shell fire can hit. */
  readonly exposedMen: number;
  readonly weaponCount: readonly number[];
  readonly weaponAp: readonly number[];
  readonly weaponPen: readonly number[];
  /** Indirect range (artillery) or effective range (everything else), metres. */
  readonly weaponRangeM: readonly number[];
  /** Range over open sights, metres. */
  readonly weaponDirectRangeM: readonly number[];
  readonly weaponDirect: readonly boolean[];
  readonly weaponIndirect: readonly boolean[];
  readonly weaponDirectAt: readonly number[];
  readonly weaponIndirectAt: readonly number[];
  /** Vehicles that anti-armour fire can knock out (armoured classes), by type. */
  readonly vehicleIds: readonly string[];
  readonly vehicleCount: readonly number[];
  readonly vehicleArmour: readonly number[];
  readonly vehicleFlammable: readonly boolean[];
  readonly vehicleCrew: readonly number[];
  readonly vehicles: number;
  /** Unarmoured equipment (guns, machine guns, trucks) by type: lost in proportion to the men hit. */
  readonly softIds: readonly string[];
  readonly softCount: readonly number[];
  readonly hasTanks: boolean;
  readonly hasAtGuns: boolean;
  /** Enough riflemen to go with tanks (combined arms): 30 or more. */
  readonly hasInfantry: boolean;
  readonly hasIndirect: boolean;
  readonly hasDirect: boolean;
}

const cache = new WeakMap<Unit, FireProfile>();

/** The unit's fire profile (cached per Unit object). */
export const fireProfile = (unit: Unit): FireProfile => {
  const hit = cache.get(unit);
  if (hit) return hit;
  const p = buildProfile(unit);
  cache.set(unit, p);
  return p;
};

const buildProfile = (unit: Unit): FireProfile => {
  const weaponCount: number[] = [];
  const weaponAp: number[] = [];
  const weaponPen: number[] = [];
  const weaponRangeM: number[] = [];
  const weaponDirectRangeM: number[] = [];
  const weaponDirect: boolean[] = [];
  const weaponIndirect: boolean[] = [];
  const weaponDirectAt: number[] = [];
  const weaponIndirectAt: number[] = [];
  const vehicleIds: string[] = [];
  const vehicleCount: number[] = [];
  const vehicleArmour: number[] = [];
  const vehicleFlammable: boolean[] = [];
  const vehicleCrew: number[] = [];
  const softIds: string[] = [];
  const softCount: number[] = [];
  let crew = 0;
  let armouredCrew = 0;
  let hasTanks = false;
  let hasAtGuns = false;
  let hasIndirect = false;
  let hasDirect = false;
  for (const id of Object.keys(unit.equipment).sort()) {
    const count = unit.equipment[id] ?? 0;
    const e = EQUIPMENT[id];
    if (!e || count <= 0) continue;
    crew += e.crew * count;
    if (VEHICLE_CLASSES.has(e.class) && e.armour > 0) {
      armouredCrew += e.crew * count;
      vehicleIds.push(id);
      vehicleCount.push(count);
      vehicleArmour.push(e.armour);
      vehicleFlammable.push(e.flammable);
      vehicleCrew.push(e.crew);
    } else {
      softIds.push(id);
      softCount.push(count);
    }
    if (TANK_LIKE.has(e.class)) hasTanks = true;
    if (e.class === 'anti-tank-gun') hasAtGuns = true;
    if (e.antiPersonnel <= 0 && e.penetration <= 0) continue;
    const direct = DIRECT_CAPABLE.has(e.class);
    weaponCount.push(count);
    weaponAp.push(e.antiPersonnel);
    weaponPen.push(e.penetration);
    weaponRangeM.push(e.rangeM);
    weaponDirectRangeM.push(direct ? (e.indirect ? Math.min(e.rangeM, OPEN_SIGHTS_LIMIT_M) : e.rangeM) : 0);
    weaponDirect.push(direct);
    weaponIndirect.push(e.indirect);
    weaponDirectAt.push(e.penetration > 0 ? DIRECT_AT_RATE[e.class] : 0);
    weaponIndirectAt.push(e.indirect && e.penetration > 0 ? INDIRECT_AT_RATE[e.class] : 0);
    if (e.indirect) hasIndirect = true;
    if (direct) hasDirect = true;
  }
  const men = unit.men;
  const riflemen = Math.max(0, men - crew);
  return {
    men,
    riflemen,
    exposedMen: Math.max(0, men - Math.min(men, armouredCrew)),
    weaponCount,
    weaponAp,
    weaponPen,
    weaponRangeM,
    weaponDirectRangeM,
    weaponDirect,
    weaponIndirect,
    weaponDirectAt,
    weaponIndirectAt,
    vehicleIds,
    vehicleCount,
    vehicleArmour,
    vehicleFlammable,
    vehicleCrew,
    vehicles: vehicleCount.reduce((a, b) => a + b, 0),
    softIds,
    softCount,
    hasTanks,
    hasAtGuns,
    hasInfantry: riflemen >= 30,
    hasIndirect,
    hasDirect: hasDirect || riflemen > 0,
  };
};

/**
 * Percent of a weapon's full effect at `distanceM`: full out to a quarter of its effective range, then falling
 * linearly to 30 % at the limit; nothing beyond it.
 */
export const rangeFactor = (distanceM: number, rangeM: number): number => {
  if (distanceM > rangeM || rangeM <= 0) return 0;
  const full = rangeM / 4;
  if (distanceM <= full) return 100;
  return 100 - (70 * (distanceM - full)) / (rangeM - full);
};

/**
 * Penetration in mm at `distanceM`, from the catalogue's figure at 500 m: +25 % at point blank, gone at 2,500 m.
 * (The Type 94's claimed 40 mm close and 20 mm at 1,000 m, facts §C2, sit on this line within a few mm.)
 */
export const penetrationAt = (penetration500: number, distanceM: number): number =>
  distanceM >= 2500 ? 0 : (penetration500 * (2500 - distanceM)) / 2000;

/**
 * Percent chance that a hit knocks the vehicle out: none at half its armour or less, certain at twice its armour,
 * linear between. Soft-skinned targets (armour 0) are always knocked out.
 */
export const penetrationChance = (penetration: number, armour: number): number => {
  if (armour <= 0) return penetration > 0 ? 100 : 0;
  if (2 * penetration <= armour) return 0;
  if (penetration >= 2 * armour) return 100;
  return ((2 * penetration - armour) * 100) / (3 * armour);
};
