/**
 * The numbers going into one combat, and the expected fire each side delivers before the dice.
 *
 * `CombatInputs` is plain data built from the state by `combat-engagement.ts` (every modifier already folded into
 * per-unit percents). `computeFire` sums the units' cached fire profiles with range factors and penetration chances
 * into expected hits; the resolver then multiplies them by the rolls. Nothing here draws or allocates per weapon.
 */
import {
  ASSAULT_RANGE_M,
  INCENDIARY_RATE,
  penetrationAt,
  penetrationChance,
  rangeFactor,
  RIFLE_RANGE_M,
  type FireProfile,
} from './combat-strength';

export const COMBAT_KINDS = ['assault', 'fire', 'bombard', 'air-strike'] as const;
export type CombatKind = (typeof COMBAT_KINDS)[number];

/** One unit in a combat, with every modifier already folded into integer-derived percents. */
export interface Combatant {
  readonly unitId: string;
  readonly profile: FireProfile;
  /** Percent on all its outgoing fire (quality, supply, ammunition, suppression, night, river, elevation, …). */
  readonly firePercent: number;
  /** Extra percent on its outgoing anti-armour fire only (night gunnery, tanks alone into AT guns). */
  readonly antiArmourPercent: number;
  /** Percent of incoming fire that hurts it (terrain, entrenchment). */
  readonly coverPercent: number;
  /** Percent on the cohesion it loses (surprise, encirclement). */
  readonly cohesionPercent: number;
  /** Cohesion before the fight, 0–100. */
  readonly cohesion: number;
  /** Percent chance its flammable vehicles catch fire from incendiaries (its side's `tankFireVulnerabilityPercent`). */
  readonly burnPercent: number;
  /** Has a hex to fall back to (false: encircled, so breaking means surrender). */
  readonly canRetreat: boolean;
  /** Men it started the battle with (0 for the side's aircraft): a remnant far below it is no longer a unit. */
  readonly startMen: number;
}

export interface CombatInputs {
  readonly kind: CombatKind;
  /** Metres from the shooters to the target (assault: close quarters). */
  readonly distanceM: number;
  readonly attackers: readonly Combatant[];
  readonly defenders: readonly Combatant[];
  /** Whether the defenders shoot back (assault and direct fire; not bombardment or air strikes). */
  readonly returnFire: boolean;
  /** Percent losses the defenders stand before giving ground in an assault. */
  readonly holdLimit: number;
}

/** Expected effect of one side's fire on the other with an average roll (before cover on each target). */
export interface SideFire {
  /** Anti-personnel fire, in rifle points. */
  readonly antiPersonnel: number;
  /** Expected knock-outs per target vehicle entry, flattened over the target units (see `vehicleOffsets`). */
  readonly kills: readonly number[];
  /** Whether any fire at all reaches the target (no fire: no shock, no suppression). */
  readonly engaged: boolean;
}

export interface FireTotals {
  readonly attackers: SideFire;
  readonly defenders: SideFire;
}

const NO_KILLS: readonly number[] = [];

/** A zero-filled array of `n` numbers. */
const zeros = (n: number): number[] => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(0);
  return out;
};

/** Number of vehicle entries over all units (the length of the flattened kill arrays). */
const vehicleEntries = (units: readonly Combatant[]): number => {
  let n = 0;
  for (let i = 0; i < units.length; i++) n += units[i]!.profile.vehicleIds.length;
  return n;
};

/**
 * A unit's fire in one kind of combat at one range, before modifiers: anti-personnel points, and its anti-armour
 * weapons as (expected shots against a fully defeated vehicle, penetration in mm) pairs. Memoised per profile, since a
 * unit fights at a handful of ranges (an assault is always at close quarters).
 */
export interface FireAtRange {
  readonly antiPersonnel: number;
  readonly atShots: readonly number[];
  readonly atPenetration: readonly number[];
}

const KIND_INDEX: Readonly<Record<CombatKind, number>> = { assault: 0, fire: 1, bombard: 2, 'air-strike': 3 };
const fireMemo = new WeakMap<FireProfile, Map<number, FireAtRange>>();

export const fireAtRange = (p: FireProfile, kind: CombatKind, distanceM: number): FireAtRange => {
  const range = kind === 'assault' ? ASSAULT_RANGE_M : distanceM;
  let memo = fireMemo.get(p);
  if (!memo) {
    memo = new Map();
    fireMemo.set(p, memo);
  }
  const key = range * 4 + KIND_INDEX[kind];
  const hit = memo.get(key);
  if (hit) return hit;
  let ap = 0;
  const atShots: number[] = [];
  const atPenetration: number[] = [];
  if (kind === 'assault' || kind === 'fire') ap += (p.riflemen * rangeFactor(range, RIFLE_RANGE_M)) / 100;
  for (let w = 0; w < p.weaponCount.length; w++) {
    const count = p.weaponCount[w]!;
    let rf: number;
    let atRate: number;
    let pen: number;
    if (kind === 'assault') {
      // Guns that only fire indirect still support an assault, at half effect, from behind the line.
      rf = p.weaponDirect[w] ? rangeFactor(range, p.weaponDirectRangeM[w]!) : 50;
      atRate = p.weaponDirect[w] ? p.weaponDirectAt[w]! : p.weaponIndirectAt[w]!;
      pen = penetrationAt(p.weaponPen[w]!, range);
    } else if (kind === 'fire') {
      if (!p.weaponDirect[w]) continue;
      rf = rangeFactor(range, p.weaponDirectRangeM[w]!);
      atRate = p.weaponDirectAt[w]!;
      pen = penetrationAt(p.weaponPen[w]!, range);
    } else if (kind === 'bombard') {
      if (!p.weaponIndirect[w] || p.weaponRangeM[w]! < range) continue;
      rf = 100; // observed indirect fire is as good at 8 km as at 2 km; observation is a modifier
      atRate = p.weaponIndirectAt[w]!;
      pen = p.weaponPen[w]!; // a shell's effect does not fall with range
    } else {
      rf = 100;
      atRate = p.weaponDirectAt[w]!;
      pen = p.weaponPen[w]!;
    }
    if (rf <= 0) continue;
    ap += (count * p.weaponAp[w]! * rf) / 100;
    if (atRate > 0 && pen > 0) {
      atShots.push((count * atRate * rf) / 100);
      atPenetration.push(pen);
    }
  }
  const out: FireAtRange = { antiPersonnel: ap, atShots, atPenetration };
  memo.set(key, out);
  return out;
};

/** The fire `shooters` deliver on `targets` in this kind of combat. */
const sideFire = (
  kind: CombatKind,
  distanceM: number,
  shooters: readonly Combatant[],
  targets: readonly Combatant[],
): SideFire => {
  const entries = vehicleEntries(targets);
  const kills: number[] = entries === 0 ? (NO_KILLS as number[]) : zeros(entries);
  let anyKills = false;
  let totalVehicles = 0;
  for (let t = 0; t < targets.length; t++) totalVehicles += targets[t]!.profile.vehicles;
  let ap = 0;
  for (let s = 0; s < shooters.length; s++) {
    const u = shooters[s]!;
    const p = u.profile;
    const fp = u.firePercent / 100;
    const f = fireAtRange(p, kind, distanceM);
    ap += f.antiPersonnel * fp;
    if (totalVehicles === 0) continue;
    for (let w = 0; w < f.atShots.length; w++) {
      const shots = (f.atShots[w]! * fp * u.antiArmourPercent) / 100;
      const pen = f.atPenetration[w]!;
      let base = 0;
      for (let t = 0; t < targets.length; t++) {
        const tp = targets[t]!.profile;
        for (let v = 0; v < tp.vehicleIds.length; v++) {
          const k = (shots * penetrationChance(pen, tp.vehicleArmour[v]!) * tp.vehicleCount[v]!) / (totalVehicles * 100);
          if (k > 0) {
            kills[base + v] = kills[base + v]! + k;
            anyKills = true;
          }
        }
        base += tp.vehicleIds.length;
      }
    }
    // Firebombs and grenades against petrol-engined vehicles: only at close quarters, only by the foot soldiers.
    if (kind === 'assault' && p.riflemen > 0) {
      const fire = p.riflemen * INCENDIARY_RATE * fp;
      let base = 0;
      for (let t = 0; t < targets.length; t++) {
        const target = targets[t]!;
        const tp = target.profile;
        for (let v = 0; v < tp.vehicleIds.length; v++) {
          if (!tp.vehicleFlammable[v] || target.burnPercent <= 0) continue;
          kills[base + v] = kills[base + v]! + (fire * target.burnPercent * tp.vehicleCount[v]!) / (totalVehicles * 100);
          anyKills = true;
        }
        base += tp.vehicleIds.length;
      }
    }
  }
  return { antiPersonnel: ap, kills, engaged: ap > 0 || anyKills };
};

/** Expected fire of both sides with an average roll; the resolver and the preview share it. */
export const computeFire = (inputs: CombatInputs): FireTotals => {
  const attackers = sideFire(inputs.kind, inputs.distanceM, inputs.attackers, inputs.defenders);
  const defenders = inputs.returnFire
    ? sideFire(inputs.kind, inputs.distanceM, inputs.defenders, inputs.attackers)
    : { antiPersonnel: 0, kills: zeros(vehicleEntries(inputs.attackers)), engaged: false };
  return { attackers, defenders };
};
