/**
 * Turns a combat resolution into real numbers on the units and a new state: men killed, wounded and missing,
 * vehicles and guns destroyed or damaged by type, cohesion, suppression, ammunition, fatigue, what each unit did,
 * where the beaten went — and the events that tell the player, with a readable summary.
 */
import type { Engagement } from './combat-engagement';
import { sideName } from './combat-engagement';
import type { CombatResolution, UnitResult } from './combat-resolve';
import { fireProfile } from './combat-strength';
import { EQUIPMENT, TANK_CLASSES } from './equipment';
import { MAX_UNITS_PER_HEX, STACK_POINTS, stackLimitPoints } from './stacking';
import { addCounts, updateUnits } from './state-update';
import type { EquipmentCounts, GameEvent, GameState, Unit, UnitLoss } from './types';
import { withAction } from './unit-shape';
import { patchState, sorties } from './state-shape';

/** Share of knocked-out vehicles that are total losses (the rest repairable): petrol engines burn (Soviet BTs burnt; 29 of 42 Japanese tanks lost were repaired). */
export const DESTROYED_PERCENT = { flammable: 70, other: 35, soft: 50 } as const;
/** Fatigue from fighting, 0–100 scale. */
export const FATIGUE = { assault: 10, assaultDefence: 5, fire: 3, bombard: 2 } as const;

const sortCounts = (c: Record<string, number>): EquipmentCounts =>
  Object.fromEntries(Object.keys(c).sort().filter((k) => (c[k] ?? 0) > 0).map((k) => [k, c[k]!]));

/** Equipment a unit loses, by type, destroyed and damaged. */
export const equipmentLosses = (unit: Unit, r: UnitResult): { destroyed: EquipmentCounts; damaged: EquipmentCounts } => {
  const p = fireProfile(unit);
  const destroyed: Record<string, number> = {};
  const damaged: Record<string, number> = {};
  if (r.outcome === 'surrenders' || r.outcome === 'destroyed') {
    // Everything still working is captured or wrecked.
    for (const [id, n] of Object.entries(unit.equipment)) if (n > 0) destroyed[id] = n;
    return { destroyed: sortCounts(destroyed), damaged: {} };
  }
  for (let v = 0; v < p.vehicleIds.length; v++) {
    const k = r.vehicleKills[v]!;
    if (k <= 0) continue;
    const id = p.vehicleIds[v]!;
    const share = p.vehicleFlammable[v] ? DESTROYED_PERCENT.flammable : DESTROYED_PERCENT.other;
    const lost = Math.round((k * share) / 100);
    destroyed[id] = lost;
    damaged[id] = k - lost;
  }
  const menHit = r.killed + r.wounded + r.missing;
  if (p.exposedMen > 0 && menHit > 0) {
    // Guns, machine guns and trucks go with their crews: half the share of men hit.
    for (let s = 0; s < p.softIds.length; s++) {
      const count = p.softCount[s]!;
      const k = Math.min(count, Math.round((count * menHit) / (p.exposedMen * 2)));
      if (k <= 0) continue;
      const lost = Math.round((k * DESTROYED_PERCENT.soft) / 100);
      destroyed[p.softIds[s]!] = lost;
      damaged[p.softIds[s]!] = k - lost;
    }
  }
  return { destroyed: sortCounts(destroyed), damaged: sortCounts(damaged) };
};

const menOf = (r: UnitResult): number => r.killed + r.wounded + r.missing;

const countByKind = (losses: readonly UnitLoss[], pick: (l: UnitLoss) => EquipmentCounts) => {
  let tanks = 0;
  let cars = 0;
  let guns = 0;
  for (const l of losses) {
    for (const [id, n] of Object.entries(pick(l))) {
      const e = EQUIPMENT[id];
      if (!e) continue;
      if (TANK_CLASSES.includes(e.class)) tanks += n;
      else if (e.class === 'armoured-car') cars += n;
      else if (e.class !== 'truck' && e.class !== 'machine-gun' && e.class !== 'mortar') guns += n;
    }
  }
  return { tanks, cars, guns };
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "Japanese lost 23 killed, 41 wounded, 2 tanks" — or "no losses". */
const lossPhrase = (losses: readonly UnitLoss[]): string => {
  let killed = 0;
  let wounded = 0;
  let missing = 0;
  for (const l of losses) {
    killed += l.killed;
    wounded += l.wounded;
    missing += l.missing;
  }
  const out: string[] = [];
  if (killed) out.push(`${killed} killed`);
  if (wounded) out.push(`${wounded} wounded`);
  if (missing) out.push(`${missing} missing or captured`);
  const knocked = countByKind(losses, (l) => addCounts(l.destroyed, l.damaged));
  if (knocked.tanks) out.push(plural(knocked.tanks, 'tank', 'tanks'));
  if (knocked.cars) out.push(plural(knocked.cars, 'armoured car', 'armoured cars'));
  if (knocked.guns) out.push(plural(knocked.guns, 'gun', 'guns'));
  return out.length ? out.join(', ') : 'nothing';
};

const FATE: Readonly<Record<UnitLoss['outcome'], string>> = {
  holds: 'they hold',
  retreats: 'they retreat',
  routs: 'they rout',
  surrenders: 'they surrender',
  destroyed: 'they are wiped out',
};

/** The readable one-line account of a combat. */
const summarise = (e: Engagement, attackerLosses: readonly UnitLoss[], defenderLosses: readonly UnitLoss[], res: CombatResolution): string => {
  const names = (units: readonly Unit[]) => units.map((u) => u.label).join(', ');
  const who = e.kind === 'air-strike' ? `${sideName(e.attackerSide)} aircraft` : names(e.attackers);
  const verb = { assault: 'assaulted', fire: 'fired on', bombard: 'bombarded', 'air-strike': 'struck' }[e.kind];
  const targets = e.defenders.length ? names(e.defenders) : 'empty ground';
  const enemy = e.defenders[0] ? sideName(e.defenders[0].side) : '';
  let text = `${who} ${verb} ${targets}`;
  if (e.defenders.length === 0) return `${text}: no one was there.`;
  text += `: ${enemy} lost ${lossPhrase(defenderLosses)}`;
  if (attackerLosses.length && (e.inputs.returnFire || attackerLosses.some((l) => l.outcome !== 'holds'))) {
    text += `; ${sideName(e.attackerSide)} lost ${lossPhrase(attackerLosses)}`;
  }
  const allGone = defenderLosses.every((l) => l.outcome === 'destroyed');
  // Fire alone destroys a unit as a fighting force but takes nobody: its survivors get away (combat-resolve.ts).
  text += `; ${allGone && e.kind !== 'assault' ? 'the unit is broken up and its survivors fall back' : FATE[allGone ? 'destroyed' : res.defenderOutcome]}`;
  if (res.hexTaken) text += ' and the hex is taken';
  const routed = attackerLosses.filter((l) => l.outcome === 'routs' || l.outcome === 'surrenders');
  const label = (id: string) => e.attackers.find((u) => u.id === id)?.label ?? id;
  if (routed.length) text += `; ${routed.map((l) => label(l.unitId)).join(', ')} ${routed.length === 1 ? 'breaks' : 'break'}`;
  return `${text}.`;
};

/**
 * The state after the combat, and its events. `role` decides what each unit spent; the attackers are marked as having
 * attacked (assault) or fired and have no movement left.
 */
export const applyResolution = (state: GameState, e: Engagement, res: CombatResolution): { state: GameState; events: GameEvent[] } => {
  const patches = new Map<string, Partial<Unit>>();
  const events: GameEvent[] = [];
  // Into a taken hex go the unbroken attackers, in id order, as far as stacking allows (the first always fits).
  const advancing = new Set<string>();
  if (res.hexTaken) {
    const limit = stackLimitPoints(state.setup.map);
    let points = 0;
    e.attackers.forEach((u, i) => {
      if (res.attackers[i]!.outcome !== 'holds') return;
      const p = STACK_POINTS[u.size];
      if (advancing.size > 0 && (advancing.size + 1 > MAX_UNITS_PER_HEX || points + p > limit)) return;
      advancing.add(u.id);
      points += p;
    });
  }
  const follow: GameEvent[] = [];
  const lossRows = (units: readonly Unit[], results: readonly UnitResult[], role: 'attacker' | 'defender'): UnitLoss[] =>
    units.map((u, i) => {
      const r = results[i]!;
      const eq = equipmentLosses(u, r);
      const retreat = e.retreats.get(u.id) ?? null;
      const moves = (r.outcome === 'retreats' || r.outcome === 'routs') && retreat !== null;
      const loss: UnitLoss = {
        unitId: u.id,
        killed: r.killed,
        wounded: r.wounded,
        missing: r.missing,
        destroyed: eq.destroyed,
        damaged: eq.damaged,
        cohesionLost: r.cohesionLost,
        suppression: r.suppression,
        outcome: r.outcome,
        ...(moves ? { retreatTo: retreat } : {}),
      };
      const gone = r.outcome === 'surrenders' || r.outcome === 'destroyed';
      const attacking = role === 'attacker';
      const ammoUse = attacking ? e.attackerAmmoUse : e.inputs.returnFire ? e.defenderAmmoUse : 0;
      const fatigue = e.kind === 'assault' ? (attacking ? FATIGUE.assault : FATIGUE.assaultDefence) : attacking ? (e.kind === 'bombard' ? FATIGUE.bombard : FATIGUE.fire) : 0;
      const patch: { -readonly [K in keyof Unit]?: Unit[K] } = {
        // A destroyed unit keeps the count of its men who got away (out of the battle, not lost: see
        // DESTROYED_TAKEN_PERCENT); a surrendered one has none left, every man fell or was taken.
        men: u.men - menOf(r),
        equipment: addCounts(u.equipment, addCounts(eq.destroyed, eq.damaged), -1),
        damaged: gone ? {} : addCounts(u.damaged, eq.damaged),
        destroyed: addCounts(u.destroyed, gone ? addCounts(eq.destroyed, u.damaged) : eq.destroyed),
        casualties: {
          killed: u.casualties.killed + r.killed,
          wounded: u.casualties.wounded + r.wounded,
          missing: u.casualties.missing + r.missing,
        },
        cohesion: gone ? 0 : Math.max(0, u.cohesion - r.cohesionLost),
        suppression: Math.max(u.suppression, r.suppression),
        ammo: Math.max(0, u.ammo - ammoUse),
        fatigue: Math.min(100, u.fatigue + fatigue),
      };
      if (attacking) {
        patch.acted = withAction(u.acted, e.kind === 'assault' ? 'attacked' : 'fired');
        patch.mp = 0;
      }
      if (gone) {
        patch.status = r.outcome === 'surrenders' ? 'surrendered' : 'destroyed';
        patch.hex = null;
        follow.push(r.outcome === 'surrenders' ? { type: 'unit-surrendered', unitId: u.id, men: r.missing } : { type: 'unit-destroyed', unitId: u.id });
      } else if (r.outcome === 'routs') {
        patch.status = 'routed';
        if (moves) patch.hex = retreat;
        follow.push({ type: 'unit-routed', unitId: u.id });
      } else if (r.outcome === 'retreats' && moves) {
        patch.hex = retreat;
      } else if (attacking && advancing.has(u.id)) {
        patch.hex = { q: e.target.q, r: e.target.r };
      }
      patches.set(u.id, patch);
      return loss;
    });
  const attackerLosses = lossRows(e.attackers, res.attackers, 'attacker');
  const defenderLosses = lossRows(e.defenders, res.defenders, 'defender');
  let next = updateUnits(state, patches);
  if (e.kind === 'air-strike') {
    const left = next.airSorties;
    next = patchState(next, { airSorties: e.attackerSide === 'soviet' ? sorties(left.soviet - 1, left.japanese) : sorties(left.soviet, left.japanese - 1) });
  }
  events.push({
    type: 'combat',
    kind: e.kind,
    attackers: e.attackers.map((u) => u.id),
    target: { q: e.target.q, r: e.target.r },
    losses: [...attackerLosses, ...defenderLosses],
    hexTaken: res.hexTaken,
    summary: summarise(e, attackerLosses, defenderLosses, res),
  });
  events.push(...follow);
  return { state: next, events };
};
