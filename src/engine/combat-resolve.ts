/**
 * The combat resolver. Chance enters through exactly two 2d6 rolls — one scales the attackers' fire, one the
 * defenders' — read through a table of loss multipliers. Everything after the rolls is a deterministic function of
 * them (`settleCombat`), so `previewAttack` can walk all 121 roll pairs and give the exact distribution of outcomes
 * that `resolveCombat` will then sample.
 */
import { CASUALTIES_PER_FIRE_POINT } from './combat-strength';
import { computeFire, type CombatInputs, type CombatKind, type Combatant, type FireTotals } from './combat-fire';
import type { Rng } from './rng';

/** Percent of expected fire delivered, by 2d6 total (index 2–12). Mean ≈ 101 %. */
export const ROLL_PERCENT: readonly number[] = [0, 0, 40, 50, 60, 75, 90, 100, 110, 125, 140, 160, 190];
/** Ways to roll each 2d6 total, out of 36. */
export const ROLL_WAYS: readonly number[] = [0, 0, 1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1];

/** Casualties per fire point by kind, as a multiple of `CASUALTIES_PER_FIRE_POINT`: close quarters are bloodier than fire at range, and massed shells than rifles. */
export const INTENSITY: Readonly<Record<CombatKind, number>> = { assault: 2, fire: 1, bombard: 1.5, 'air-strike': 1 };

/**
 * Where the fractional part of an expected loss rounds up, by the *other* side's 2d6 total: the midpoint of that total's
 * cumulative probability. Rounding 0.4 of a tank up four times in ten keeps small expectations unbiased without a
 * third roll, and the preview still only has 121 roll pairs to walk.
 */
export const ROUND_UP_ABOVE: readonly number[] = [1, 1, 0.5 / 36, 2 / 36, 4.5 / 36, 8 / 36, 12.5 / 36, 18 / 36, 23.5 / 36, 28 / 36, 31.5 / 36, 34 / 36, 35.5 / 36];

const roundAt = (x: number, threshold: number): number => {
  const whole = Math.floor(x);
  return x - whole > threshold ? whole + 1 : whole;
};

/** Share of men hit who are killed (the rest wounded): the 64th lost about 90 killed and three times as many wounded. */
export const KILLED_PERCENT = 28;
/** Share of a knocked-out vehicle's crew hit. */
export const CREW_HIT_PERCENT = 60;
/** Share of the survivors who go missing when a unit routs (stragglers, men cut off). */
export const ROUT_MISSING_PERCENT = 10;
/** The most of a unit's exposed men one engagement can hit, by kind: even a massacre leaves survivors to count. */
export const MAX_LOSS_PERCENT: Readonly<Record<CombatKind, number>> = { assault: 60, fire: 30, bombard: 35, 'air-strike': 30 };
/** Cohesion shock of being engaged at all, by kind, before losses. */
export const SHOCK: Readonly<Record<CombatKind, number>> = { assault: 10, fire: 3, bombard: 6, 'air-strike': 6 };
/** Suppression of being engaged, by kind, before losses. */
export const SUPPRESSION: Readonly<Record<CombatKind, number>> = { assault: 20, fire: 20, bombard: 30, 'air-strike': 25 };

export type UnitOutcome = 'holds' | 'retreats' | 'routs' | 'surrenders' | 'destroyed';

/** What one unit suffers in a resolution. Men hit = killed + wounded + missing. */
export interface UnitResult {
  readonly killed: number;
  readonly wounded: number;
  readonly missing: number;
  /** Knock-outs by the unit's vehicle entries (profile.vehicleIds order). */
  readonly vehicleKills: readonly number[];
  readonly cohesionLost: number;
  readonly suppression: number;
  readonly outcome: UnitOutcome;
}

export interface CombatResolution {
  /** The two 2d6 totals. */
  readonly attackRoll: number;
  readonly defenceRoll: number;
  readonly attackers: readonly UnitResult[];
  readonly defenders: readonly UnitResult[];
  /** The defenders' common fate in the hex (a destroyed unit reports 'destroyed' on its own row). */
  readonly defenderOutcome: UnitOutcome;
  /** Assault only: every defender has gone and an attacker can move in. */
  readonly hexTaken: boolean;
}

interface Hits {
  men: number[];
  kills: number[][];
  lossPct: number[];
}

/** Men and vehicles `fire` (scaled by `rollPct`) takes from `targets`. */
const hitsOn = (
  kind: CombatKind,
  targets: readonly Combatant[],
  antiPersonnel: number,
  kills: Float64Array,
  offsets: Int32Array,
  rollPct: number,
  roundUpAbove: number,
): Hits => {
  let exposed = 0;
  for (let t = 0; t < targets.length; t++) exposed += targets[t]!.profile.exposedMen;
  const men: number[] = [];
  const killsOut: number[][] = [];
  const lossPct: number[] = [];
  for (let t = 0; t < targets.length; t++) {
    const target = targets[t]!;
    const p = target.profile;
    let hit = 0;
    if (exposed > 0 && p.exposedMen > 0) {
      const expected = (antiPersonnel * CASUALTIES_PER_FIRE_POINT * INTENSITY[kind] * p.exposedMen * target.coverPercent * rollPct) / (exposed * 10_000);
      hit = Math.min(Math.floor((p.exposedMen * MAX_LOSS_PERCENT[kind]) / 100), roundAt(expected, roundUpAbove));
    }
    // Vehicles are harder to hide than men: terrain and digging in give them half the cover.
    const vehicleCover = 100 - (100 - target.coverPercent) / 2;
    const unitKills: number[] = [];
    let knocked = 0;
    let crewHit = 0;
    const base = offsets[t]!;
    for (let v = 0; v < p.vehicleIds.length; v++) {
      const k = Math.min(p.vehicleCount[v]!, roundAt((kills[base + v]! * vehicleCover * rollPct) / 10_000, roundUpAbove));
      unitKills.push(k);
      knocked += k;
      crewHit += k * p.vehicleCrew[v]!;
    }
    hit = Math.min(p.men, hit + roundAt((crewHit * CREW_HIT_PERCENT) / 100, roundUpAbove));
    men.push(hit);
    killsOut.push(unitKills);
    const menPct = p.men > 0 ? (hit * 100) / p.men : 0;
    const vehPct = p.vehicles > 0 ? (knocked * 100) / p.vehicles : 0;
    lossPct.push(Math.max(menPct, vehPct));
  }
  return { men, kills: killsOut, lossPct };
};

const cohesionLoss = (kind: CombatKind, unit: Combatant, lossPct: number, rollPct: number, engaged: boolean): number =>
  engaged ? Math.min(100, Math.floor((((SHOCK[kind] * rollPct) / 100 + lossPct * 2) * unit.cohesionPercent) / 100)) : 0;

const suppressionOf = (kind: CombatKind, lossPct: number, rollPct: number, engaged: boolean): number =>
  engaged ? Math.min(100, Math.floor((SUPPRESSION[kind] * rollPct) / 100 + lossPct * 3)) : 0;

/** Splits a unit's men hit into killed / wounded / missing and decides destroyed, given its fate. */
const unitResult = (
  unit: Combatant,
  menHit: number,
  kills: readonly number[],
  cohesionLost: number,
  suppression: number,
  fate: UnitOutcome,
): UnitResult => {
  const p = unit.profile;
  const killed = Math.round((menHit * KILLED_PERCENT) / 100);
  const wounded = menHit - killed;
  const left = p.men - menHit;
  let knocked = 0;
  for (let v = 0; v < kills.length; v++) knocked += kills[v]!;
  let missing = 0;
  let outcome = fate;
  if (fate === 'surrenders') missing = left;
  else if (fate === 'routs') missing = Math.floor((left * ROUT_MISSING_PERCENT) / 100);
  // A unit is gone when no one is left, or when a tank unit (no foot soldiers) has lost every vehicle: crews who
  // escape a burnt-out company scatter, and count as missing until they turn up elsewhere.
  const armourGone = p.vehicles > 0 && knocked >= p.vehicles && p.riflemen === 0;
  if (fate !== 'surrenders' && (left - missing <= 0 || armourGone)) {
    outcome = 'destroyed';
    missing = left;
  }
  return { killed, wounded, missing, vehicleKills: kills, cohesionLost, suppression, outcome };
};

/** Men-weighted losses and cohesion of a side after the hits. */
const sideState = (units: readonly Combatant[], hits: Hits, cohesionLost: readonly number[]) => {
  let men = 0;
  let lost = 0;
  let vehicles = 0;
  let knocked = 0;
  let cohesion = 0;
  for (let i = 0; i < units.length; i++) {
    const p = units[i]!.profile;
    men += p.men;
    lost += hits.men[i]!;
    vehicles += p.vehicles;
    for (const k of hits.kills[i]!) knocked += k;
    cohesion += (units[i]!.cohesion - cohesionLost[i]!) * Math.max(1, p.men);
  }
  let weight = 0;
  for (const u of units) weight += Math.max(1, u.profile.men);
  const lossPct = Math.max(men > 0 ? (lost * 100) / men : 0, vehicles > 0 ? (knocked * 100) / vehicles : 0);
  return { lossPct, cohesion: weight > 0 ? cohesion / weight : 0 };
};

/**
 * The result for given 2d6 totals: a pure function of the inputs, the expected fire and the two rolls.
 * `resolveCombat` samples the rolls; `previewAttack` enumerates them.
 */
export const settleCombat = (inputs: CombatInputs, fire: FireTotals, attackRoll: number, defenceRoll: number): CombatResolution => {
  const { kind, attackers, defenders } = inputs;
  const aPct = ROLL_PERCENT[attackRoll]!;
  const dPct = ROLL_PERCENT[defenceRoll]!;
  const onDefenders = hitsOn(kind, defenders, fire.attackers.antiPersonnel, fire.attackers.kills, fire.defenderVehicleOffsets, aPct, ROUND_UP_ABOVE[defenceRoll]!);
  const onAttackers = hitsOn(kind, attackers, fire.defenders.antiPersonnel, fire.defenders.kills, fire.attackerVehicleOffsets, dPct, ROUND_UP_ABOVE[attackRoll]!);
  const attackEngaged = fire.attackers.antiPersonnel > 0 || fire.attackers.kills.some((k) => k > 0);
  const defenceEngaged = inputs.returnFire && (fire.defenders.antiPersonnel > 0 || fire.defenders.kills.some((k) => k > 0));

  const dCohesion = defenders.map((u, i) => cohesionLoss(kind, u, onDefenders.lossPct[i]!, aPct, attackEngaged));
  const aCohesion = attackers.map((u, i) => cohesionLoss(kind, u, onAttackers.lossPct[i]!, dPct, defenceEngaged));
  const dSide = sideState(defenders, onDefenders, dCohesion);
  const aSide = sideState(attackers, onAttackers, aCohesion);

  let fate: UnitOutcome = 'holds';
  if (defenders.length > 0 && dSide.cohesion <= 0) fate = 'routs';
  else if (kind === 'assault' && dSide.lossPct >= inputs.holdLimit && dSide.lossPct > aSide.lossPct) fate = 'retreats';
  const canRetreat = defenders.every((u) => u.canRetreat);
  if ((fate === 'routs' || fate === 'retreats') && !canRetreat) fate = 'surrenders';

  const defenderResults = defenders.map((u, i) =>
    unitResult(u, onDefenders.men[i]!, onDefenders.kills[i]!, dCohesion[i]!, suppressionOf(kind, onDefenders.lossPct[i]!, aPct, attackEngaged), fate),
  );
  const attackerResults = attackers.map((u, i) => {
    let own: UnitOutcome = u.cohesion - aCohesion[i]! <= 0 ? 'routs' : 'holds';
    if (own === 'routs' && !u.canRetreat) own = 'surrenders';
    return unitResult(u, onAttackers.men[i]!, onAttackers.kills[i]!, aCohesion[i]!, suppressionOf(kind, onAttackers.lossPct[i]!, dPct, defenceEngaged), own);
  });
  const defendersGone = defenderResults.every((r) => r.outcome !== 'holds');
  const attackerLeft = attackerResults.some((r) => r.outcome === 'holds');
  return {
    attackRoll,
    defenceRoll,
    attackers: attackerResults,
    defenders: defenderResults,
    defenderOutcome: fate,
    hexTaken: kind === 'assault' && defendersGone && attackerLeft,
  };
};

/** Rolls 2d6 for the attackers, then 2d6 for the defenders (always four draws), and settles the combat. */
export const resolveCombat = (inputs: CombatInputs, rng: Rng): CombatResolution => {
  const attackRoll = rng.dice(2, 6);
  const defenceRoll = rng.dice(2, 6);
  return settleCombat(inputs, computeFire(inputs), attackRoll, defenceRoll);
};
