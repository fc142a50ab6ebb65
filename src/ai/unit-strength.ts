/**
 * Cheap estimates of what a unit can do, from what anyone looking at it can tell: its men and its equipment. Used to
 * weigh threats and targets quickly; the real odds of a chosen attack come from the engine's `previewAttack`.
 */
import { EQUIPMENT, KIND_RULES, type EquipmentCounts, type Unit } from '../engine';
import type { Task } from '../scenario';

export interface StrengthEstimate {
  /** Fire against men, on the catalogue's scale (one rifleman = 1). */
  readonly firepower: number;
  /** Anti-armour fire: penetration mm × pieces of direct-fire weapons that can hurt tanks. */
  readonly antiArmour: number;
  /** Armoured vehicles (tanks, tankettes, armoured cars, self-propelled guns with armour). */
  readonly armour: number;
  /** Indirect-fire tubes. */
  readonly artillery: number;
  /** Longest direct-fire reach in metres (rifles ~500 m). */
  readonly directRangeM: number;
  /** Longest indirect reach in metres (0 without artillery). */
  readonly indirectRangeM: number;
}

/** Riflemen reach about this far; the catalogue lists crew weapons only. */
const RIFLE_RANGE_M = 500;

export const estimateStrength = (men: number, equipment: EquipmentCounts): StrengthEstimate => {
  let firepower = 0;
  let antiArmour = 0;
  let armour = 0;
  let artillery = 0;
  let crews = 0;
  let directRangeM = men > 0 ? RIFLE_RANGE_M : 0;
  let indirectRangeM = 0;
  for (const id of Object.keys(equipment).sort()) {
    const n = equipment[id] ?? 0;
    const e = EQUIPMENT[id];
    if (!e || n <= 0) continue;
    firepower += e.antiPersonnel * n;
    crews += e.class === 'truck' ? 0 : e.crew * n;
    if (e.armour > 0) armour += n;
    if (e.indirect) {
      artillery += n;
      indirectRangeM = Math.max(indirectRangeM, e.rangeM);
    } else if (e.penetration > 0) {
      antiArmour += e.penetration * n;
    }
    if (!e.indirect && e.rangeM > 0) directRangeM = Math.max(directRangeM, e.rangeM);
  }
  // Men not serving a weapon fight as riflemen.
  firepower += Math.max(0, men - crews);
  return { firepower, antiArmour, armour, artillery, directRangeM, indirectRangeM };
};

// Units are immutable and most survive a command unchanged, so the estimate is kept with the unit object.
const strengthCache = new WeakMap<object, StrengthEstimate>();
export const unitStrength = (u: Pick<Unit, 'men' | 'equipment'>): StrengthEstimate => {
  let s = strengthCache.get(u);
  if (!s) {
    s = estimateStrength(u.men, u.equipment);
    strengthCache.set(u, s);
  }
  return s;
};

/** Whether a unit is mostly armour (its tanks and cars carry its fighting power), for combined-arms caution. */
export const isArmourHeavy = (s: StrengthEstimate): boolean => s.armour > 0 && s.antiArmour > 0 && s.armour * 20 >= s.firepower / 4;

/** Whether a unit's fire is all indirect (guns, mortars) with nothing to meet tanks: it keeps out of reach like a battery. */
export const firesLikeBattery = (s: StrengthEstimate): boolean => s.artillery > 0 && s.indirectRangeM > 0 && s.antiArmour === 0 && s.armour === 0;

/** Fighting troops (a kind that leads assaults) under a hold task with `noRetreat`: they stay in their positions. */
export const holdsToTheLast = (u: Pick<Unit, 'kind'>, task: Pick<Task, 'kind' | 'noRetreat'>): boolean =>
  task.kind === 'hold' && task.noRetreat === true && KIND_RULES[u.kind].leadsAssault;

/**
 * Whether a unit moves like a gun battery under this task. Fighting troops ordered to hold to the last (`noRetreat`)
 * are not one, even when their only support weapons are knee mortars and battalion guns (the Japanese 50 mm and
 * 70 mm): they stay in their holes under fire and meet the assault, where a battery would pull back out of reach
 * (issue 14: the August strongpoints' battalions walked out of their trenches on the first day).
 */
export const movesLikeBattery = (u: Pick<Unit, 'kind'>, s: StrengthEstimate, task: Pick<Task, 'kind' | 'noRetreat'>): boolean =>
  firesLikeBattery(s) && !holdsToTheLast(u, task);
