/**
 * The combat resolver. Chance enters through exactly two 2d6 rolls — one scales the attackers' fire, one the
 * defenders' — read through a table of loss multipliers. Everything after the rolls is a deterministic function of
 * them (`settleCombat`), so `previewAttack` can walk all 121 roll pairs and give the exact distribution of outcomes
 * that `resolveCombat` will then sample.
 */
import { CASUALTIES_PER_FIRE_POINT } from './combat-strength';
import { computeFire, type CombatInputs, type CombatKind, type Combatant, type FireTotals, type SideFire } from './combat-fire';
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
/*
 * Prisoners and the missing. Men who flee a broken unit mostly come back or are killed, and few are taken by fire
 * alone: for the whole campaign Bureau 6A counts 1,021 Japanese missing against 16,343 killed and wounded, and 500–600
 * Japanese prisoners; the Soviets received 116 and returned 88 in the exchanges [SEED]. So only an enemy coming in
 * close (an assault) cuts men off, and an air strike or a bombardment takes nobody.
 */
/** Share of a routing unit's survivors lost for good as missing (cut off, taken), by kind of combat. */
export const ROUT_MISSING_PERCENT: Readonly<Record<CombatKind, number>> = { assault: 5, fire: 0, bombard: 0, 'air-strike': 0 };
/**
 * Share of the men still standing in a unit that is destroyed (overrun, or a tank unit with every vehicle gone) who
 * are taken, by kind; the rest get away on foot and rejoin the rear — out of this battle, not lost (the crews of burnt
 * BTs walked back to their lines at Baintsagan).
 */
export const DESTROYED_TAKEN_PERCENT: Readonly<Record<CombatKind, number>> = { assault: 10, fire: 0, bombard: 0, 'air-strike': 0 };
/**
 * Share of a surrendering unit's men (broken, encircled, assaulted) taken prisoner; the rest fall in the last fight,
 * as the 23rd Division's pocketed battalions mostly did (500–600 prisoners against about 8,000 dead [SEED]).
 */
export const SURRENDER_TAKEN_PERCENT = 15;
/** The most of a unit's exposed men one engagement can hit, by kind: even a massacre leaves survivors to count. */
export const MAX_LOSS_PERCENT: Readonly<Record<CombatKind, number>> = { assault: 60, fire: 30, bombard: 35, 'air-strike': 30 };
/** Below this percent of the men it started with, a unit hit in combat ceases to exist as a unit (see `unitResult`). */
export const REMNANT_PERCENT = 5;
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

/**
 * One side's suffering under the other's fire scaled by `rollPct`, written into a scratch that every settling of one
 * combat's inputs reuses (`previewAttack` settles 121 roll pairs of the same inputs). Every entry below the side's
 * unit count is written before it is read, so a reused scratch needs no clearing.
 */
class SideScratch {
  men = new Float64Array(16);
  cohesionLost = new Float64Array(16);
  suppression = new Float64Array(16);
  kills: (readonly number[])[] = Array.from({ length: 16 }, () => NO_VEHICLE_KILLS);
  /** Percent of the side's men (or vehicles, if more) lost. */
  lossPct = 0;
  /** Men-weighted cohesion after the fight. */
  cohesion = 0;

  fit(n: number): void {
    if (this.men.length < n) {
      this.men = new Float64Array(n * 2);
      this.cohesionLost = new Float64Array(n * 2);
      this.suppression = new Float64Array(n * 2);
      this.kills = Array.from({ length: n * 2 }, () => NO_VEHICLE_KILLS);
    }
  }
}
const NO_VEHICLE_KILLS: readonly number[] = Object.freeze([]);

/** Working space for `settleCombat`, kept with the combat's inputs (settling never calls out: one per inputs serves). */
class CombatScratch {
  readonly defenders = new SideScratch();
  readonly attackers = new SideScratch();
}
const scratches = new WeakMap<CombatInputs, CombatScratch>();
const scratchFor = (inputs: CombatInputs): CombatScratch => {
  let s = scratches.get(inputs);
  if (!s) {
    s = new CombatScratch();
    scratches.set(inputs, s);
  }
  return s;
};

const sideHits = (kind: CombatKind, targets: readonly Combatant[], fire: SideFire, rollPct: number, roundUpAbove: number, out: SideScratch): void => {
  const n = targets.length;
  out.fit(n);
  let exposed = 0;
  for (let t = 0; t < n; t++) exposed += targets[t]!.profile.exposedMen;
  const apPerExposed = exposed > 0 ? (fire.antiPersonnel * CASUALTIES_PER_FIRE_POINT * INTENSITY[kind] * rollPct) / (exposed * 10_000) : 0;
  const maxLoss = MAX_LOSS_PERCENT[kind];
  const shock = (SHOCK[kind] * rollPct) / 100;
  const pin = (SUPPRESSION[kind] * rollPct) / 100;
  const engaged = fire.engaged;
  let sideMen = 0;
  let sideLost = 0;
  let sideVehicles = 0;
  let sideKnocked = 0;
  let cohesionSum = 0;
  let weight = 0;
  let base = 0;
  for (let t = 0; t < n; t++) {
    const target = targets[t]!;
    const p = target.profile;
    let hit = 0;
    if (p.exposedMen > 0 && apPerExposed > 0) {
      hit = Math.min(Math.floor((p.exposedMen * maxLoss) / 100), roundAt(apPerExposed * p.exposedMen * target.coverPercent, roundUpAbove));
    }
    const nv = p.vehicleIds.length;
    let knocked = 0;
    if (nv === 0) {
      out.kills[t] = NO_VEHICLE_KILLS;
    } else {
      // Vehicles are harder to hide than men: terrain and digging in give them half the cover.
      const vehicleFactor = ((100 - (100 - target.coverPercent) / 2) * rollPct) / 10_000;
      const unitKills: number[] = [];
      let crewHit = 0;
      for (let v = 0; v < nv; v++) {
        const k = Math.min(p.vehicleCount[v]!, roundAt(fire.kills[base + v]! * vehicleFactor, roundUpAbove));
        unitKills.push(k);
        knocked += k;
        crewHit += k * p.vehicleCrew[v]!;
      }
      base += nv;
      if (crewHit > 0) hit += roundAt((crewHit * CREW_HIT_PERCENT) / 100, roundUpAbove);
      out.kills[t] = unitKills;
    }
    if (hit > p.men) hit = p.men;
    const menPct = p.men > 0 ? (hit * 100) / p.men : 0;
    const vehPct = p.vehicles > 0 ? (knocked * 100) / p.vehicles : 0;
    const lossPct = menPct > vehPct ? menPct : vehPct;
    // Fire from afar shakes men as far as it reaches them: in deep holes on a height they sit out a shelling that
    // breaks men caught in the open. Close assault shakes everyone alike.
    const felt = kind === 'assault' ? shock : (shock * target.coverPercent) / 100;
    const lost = engaged ? Math.min(100, Math.floor(((felt + lossPct * 2) * target.cohesionPercent) / 100)) : 0;
    out.men[t] = hit;
    out.cohesionLost[t] = lost;
    out.suppression[t] = engaged ? Math.min(100, Math.floor(pin + lossPct * 3)) : 0;
    sideMen += p.men;
    sideLost += hit;
    sideVehicles += p.vehicles;
    sideKnocked += knocked;
    const w = p.men > 1 ? p.men : 1;
    cohesionSum += (target.cohesion - lost) * w;
    weight += w;
  }
  const menPct = sideMen > 0 ? (sideLost * 100) / sideMen : 0;
  const vehPct = sideVehicles > 0 ? (sideKnocked * 100) / sideVehicles : 0;
  out.lossPct = menPct > vehPct ? menPct : vehPct;
  out.cohesion = weight > 0 ? cohesionSum / weight : 0;
};

/** Splits a unit's men hit into killed / wounded / missing and decides destroyed, given its fate. */
const unitResult = (
  kind: CombatKind,
  unit: Combatant,
  menHit: number,
  kills: readonly number[],
  cohesionLost: number,
  suppression: number,
  fate: UnitOutcome,
): UnitResult => {
  const p = unit.profile;
  const left = p.men - menHit;
  let knocked = 0;
  for (let v = 0; v < kills.length; v++) knocked += kills[v]!;
  let missing = 0;
  let fallen = menHit;
  let outcome = fate;
  if (fate === 'surrenders') {
    missing = Math.floor((left * SURRENDER_TAKEN_PERCENT) / 100);
    fallen += left - missing;
  } else if (fate === 'routs') missing = Math.floor((left * ROUT_MISSING_PERCENT[kind]) / 100);
  // A unit is gone when no one is left, or when a tank unit (no foot soldiers) has lost every vehicle. Of the men
  // still standing a few are taken in an assault; the rest (crews of a burnt-out company) get away and rejoin.
  const armourGone = p.vehicles > 0 && knocked >= p.vehicles && p.riflemen === 0;
  // A battalion shot down to a handful is no longer a unit: its last men are gathered up by another or get away, and
  // it stops holding ground (issue 14: a 2-man "2/28th" held Hill 742 for forty turns).
  const remnant = left - missing > 0 && (left - missing) * 100 < unit.startMen * REMNANT_PERCENT;
  if (fate !== 'surrenders' && (left - missing <= 0 || armourGone || remnant)) {
    outcome = 'destroyed';
    missing = Math.floor((left * DESTROYED_TAKEN_PERCENT[kind]) / 100);
  }
  const killed = Math.round((fallen * KILLED_PERCENT) / 100);
  // Whole numbers already; `| 0` only makes V8 hold them as small integers. Arithmetic on a boxed number (the men hit
  // come out of percentage sums) yields a boxed number even when it is whole, and one such value stored in a unit
  // turned the `men` and `wounded` fields of every unit into boxed doubles mid-game: V8 then retired the unit's hidden
  // class and threw away the optimised code of every rule that had seen it (see unit-shape.ts).
  return { killed: killed | 0, wounded: (fallen - killed) | 0, missing: missing | 0, vehicleKills: kills, cohesionLost, suppression, outcome };
};

/**
 * The result for given 2d6 totals: a pure function of the inputs, the expected fire and the two rolls.
 * `resolveCombat` samples the rolls; `previewAttack` enumerates them.
 */
export const settleCombat = (inputs: CombatInputs, fire: FireTotals, attackRoll: number, defenceRoll: number): CombatResolution => {
  const { kind, attackers, defenders } = inputs;
  const scratch = scratchFor(inputs);
  const d = scratch.defenders;
  const a = scratch.attackers;
  sideHits(kind, defenders, fire.attackers, ROLL_PERCENT[attackRoll]!, ROUND_UP_ABOVE[defenceRoll]!, d);
  sideHits(kind, attackers, fire.defenders, ROLL_PERCENT[defenceRoll]!, ROUND_UP_ABOVE[attackRoll]!, a);

  let fate: UnitOutcome = 'holds';
  if (defenders.length > 0 && d.cohesion <= 0) fate = 'routs';
  else if (kind === 'assault' && d.lossPct >= inputs.holdLimit && d.lossPct > a.lossPct) fate = 'retreats';
  if (fate === 'routs' || fate === 'retreats') {
    for (let i = 0; i < defenders.length; i++) {
      if (!defenders[i]!.canRetreat) {
        // Fire alone takes no prisoners: a pocketed unit broken by shelling goes to ground in its holes, and only
        // infantry or tanks coming in to take the hex make it give up (or die where it stands).
        fate = kind === 'assault' ? 'surrenders' : 'holds';
        break;
      }
    }
  }
  const defenderResults: UnitResult[] = [];
  let defendersGone = true;
  for (let i = 0; i < defenders.length; i++) {
    const r = unitResult(kind, defenders[i]!, d.men[i]!, d.kills[i]!, d.cohesionLost[i]!, d.suppression[i]!, fate);
    if (r.outcome === 'holds') defendersGone = false;
    defenderResults.push(r);
  }
  const attackerResults: UnitResult[] = [];
  let attackerLeft = false;
  for (let i = 0; i < attackers.length; i++) {
    const u = attackers[i]!;
    let own: UnitOutcome = u.cohesion - a.cohesionLost[i]! <= 0 ? 'routs' : 'holds';
    if (own === 'routs' && !u.canRetreat) own = 'surrenders';
    const r = unitResult(kind, u, a.men[i]!, a.kills[i]!, a.cohesionLost[i]!, a.suppression[i]!, own);
    if (r.outcome === 'holds') attackerLeft = true;
    attackerResults.push(r);
  }
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
