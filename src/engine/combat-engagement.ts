/**
 * From a state and a combat command to the resolver's inputs: checks the command is legal (with a reason a player
 * can read when it is not), finds attackers and defenders, collects every modifier by name and folds them into the
 * per-unit percents of `CombatInputs`. Both the commands and `previewAttack` go through here, so they cannot differ.
 */
import { KIND_RULES } from './unit-kinds';
import { actingUnit, gameOver, refuse } from './acting-unit';
import { ASSAULT_RANGE_M, fireProfile, RIFLE_RANGE_M, type FireProfile } from './combat-strength';
import type { CombatInputs, CombatKind, Combatant } from './combat-fire';
import { conditionsAt, sideSees, type BattleConditions } from './combat-conditions';
import { collectModifiers } from './combat-situation';
import { foldModifiers, holdLimit, type CombatModifier } from './combat-modifiers';
import { retreatHex, hexsidePassable } from './encirclement';
import { directionTo, fastDistance, type Axial } from './hex';
import { indexOf } from './map';
import type { GameState, Refusal, Unit } from './types';
import { otherSide, type Side, SIDE_NAMES } from './vocabulary';

export interface Engagement {
  readonly kind: CombatKind;
  readonly target: Axial;
  readonly attackerSide: Side;
  /** The attacking units (none for an air strike). */
  readonly attackers: readonly Unit[];
  readonly defenders: readonly Unit[];
  readonly modifiers: readonly CombatModifier[];
  readonly inputs: CombatInputs;
  readonly conditions: BattleConditions;
  /** Where each unit would fall back to if it has to (null: encircled). */
  readonly retreats: ReadonlyMap<string, Axial | null>;
  /** Ammunition (percent of a basic load) each attacker spends, and each defender that shoots back. */
  readonly attackerAmmoUse: number;
  readonly defenderAmmoUse: number;
}

export type EngagementResult = { readonly ok: true; readonly engagement: Engagement } | Refusal;

export const sideName = (side: Side): string => SIDE_NAMES[side];

/** Ammunition spent per engagement, percent of a basic load. */
export const AMMO_USE = { assault: 10, assaultDefence: 5, fire: 8, returnFire: 4, bombardAtFullStock: 12 } as const;

/** The sorties' bombs and guns as one fire profile (a group of light bombers with escort). */
export const AIR_SORTIE_PROFILE: FireProfile = {
  men: 0,
  riflemen: 0,
  exposedMen: 0,
  weaponCount: [1],
  weaponAp: [300],
  weaponPen: [30],
  weaponRangeM: [100_000],
  weaponDirectRangeM: [100_000],
  weaponDirect: [true],
  weaponIndirect: [false],
  weaponDirectAt: [0.5],
  weaponIndirectAt: [0],
  vehicleIds: [],
  vehicleCount: [],
  vehicleArmour: [],
  vehicleFlammable: [],
  vehicleCrew: [],
  vehicles: 0,
  softIds: [],
  softCount: [],
  hasTanks: false,
  hasAtGuns: false,
  hasInfantry: false,
  hasIndirect: false,
  hasDirect: true,
};

const km = (metres: number): string => `${Math.round(metres / 100) / 10} km`;

/** Units of `side` able to be hit in `target` (active or routed, on the map), sorted by id. */
const unitsIn = (state: GameState, target: Axial, predicate: (u: Unit) => boolean): Unit[] =>
  state.units.filter((u) => u.hex !== null && u.hex.q === target.q && u.hex.r === target.r && (u.status === 'active' || u.status === 'routed') && predicate(u));

/** Common checks for a unit that is to shoot or assault. */
const checkShooter = (state: GameState, unitId: string, kind: CombatKind): Unit | Refusal => {
  const acting = actingUnit(state, unitId);
  if (!acting.ok) return acting;
  const u = acting.unit;
  if (u.status === 'routed') return refuse('routed', `${u.label} is routed and cannot ${kind === 'assault' ? 'attack' : 'fire'} until it rallies.`);
  if (u.acted.attacked) return refuse('already-acted', `${u.label} has already attacked this turn.`);
  if (u.acted.fired) return refuse('already-acted', `${u.label} has already fired this turn.`);
  if (u.men <= 0) return refuse('no-weapon', `${u.label} has no men left to fight.`);
  return u;
};

/**
 * Checks a combat command and builds its engagement. `attackerIds` are the assaulting or firing units; an air strike
 * has none and names its `airSide` instead.
 */
export const buildEngagement = (
  state: GameState,
  kind: CombatKind,
  attackerIds: readonly string[],
  target: Axial,
  airSide?: Side,
): EngagementResult => {
  const over = gameOver(state);
  if (over) return over;
  const map = state.setup.map;
  const targetIndex = indexOf(map, target);
  if (targetIndex < 0) return refuse('off-map', 'The target hex is off the map.');
  const conditions = conditionsAt(state.setup, state.turn);
  const side = kind === 'air-strike' ? (airSide ?? state.activeSide) : state.activeSide;
  if (side !== state.activeSide) return refuse('not-your-turn', `It is the ${sideName(state.activeSide)} side's turn; the ${sideName(side)} air force cannot fly now.`);
  const enemy = otherSide(side);

  const attackers: Unit[] = [];
  if (kind === 'air-strike') {
    if (attackerIds.length > 0) return refuse('bad-shape', 'An air strike is flown by the side, not by units on the map.');
    if ((state.airSorties[side] ?? 0) <= 0) return refuse('no-sorties', `The ${sideName(side)} side has no air sorties left this turn.`);
    if (conditions.light === 'night') return refuse('grounded', 'Aircraft cannot find targets at night.');
    if (!conditions.flying) return refuse('grounded', `The weather${conditions.weather ? ` (${conditions.weather})` : ''} keeps the aircraft on the ground.`);
  } else {
    if (attackerIds.length === 0) return refuse('bad-shape', 'Choose at least one unit.');
    if (kind !== 'assault' && attackerIds.length > 1) return refuse('bad-shape', 'Only one unit fires at a time.');
    const seen = new Set<string>();
    for (const id of attackerIds) {
      if (seen.has(id)) return refuse('bad-shape', `${id} is listed twice.`);
      seen.add(id);
      const u = checkShooter(state, id, kind);
      if ('ok' in u) return u;
      attackers.push(u);
    }
    attackers.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  if (unitsIn(state, target, (u) => u.side === side).length > 0) return refuse('friendly-in-hex', 'Friendly units are in that hex.');
  const defenders = unitsIn(state, target, (u) => u.side === enemy);
  if (kind === 'assault' && defenders.length === 0) return refuse('no-target', 'There is no enemy unit in that hex to attack.');
  if (kind === 'fire' && defenders.length === 0) return refuse('no-target', 'There is no enemy unit in that hex to fire on.');

  const metres = map.hexMetres;
  let distanceM = 0;
  let attackerAmmoUse = 0;
  let defenderAmmoUse = 0;
  for (const u of attackers) {
    const d = fastDistance(u.hex!, target);
    const p = fireProfile(u);
    if (kind === 'assault') {
      if (!KIND_RULES[u.kind].leadsAssault) {
        return refuse('wrong-unit', `${u.label} is ${u.kind === 'artillery' ? 'an artillery unit: it supports an assault by bombarding' : 'a headquarters'}; it does not lead one.`);
      }
      if (d !== 1) return refuse('out-of-range', `${u.label} is not next to the target hex.`);
      const dir = directionTo(u.hex!, target);
      if (dir !== -1 && !hexsidePassable(state, indexOf(map, u.hex!), dir)) {
        return refuse('no-crossing', `${u.label} cannot assault across the Khalkhin Gol here: there is no bridge, ford or pontoon.`);
      }
      if (p.riflemen === 0 && p.weaponCount.length === 0) return refuse('no-weapon', `${u.label} has nothing to fight with.`);
      distanceM = ASSAULT_RANGE_M;
      attackerAmmoUse = AMMO_USE.assault;
      defenderAmmoUse = AMMO_USE.assaultDefence;
    } else if (kind === 'fire') {
      distanceM = d * metres;
      if (d < 1) return refuse('out-of-range', `${u.label} cannot fire on its own hex.`);
      if (u.ammo <= 0) return refuse('no-ammo', `${u.label} has no ammunition left.`);
      const reach = directReach(p);
      if (reach === 0) return refuse('no-weapon', `${u.label} has no weapon that fires over open sights.`);
      if (distanceM > reach) return refuse('out-of-range', `Out of range: ${u.label}'s direct fire reaches ${km(reach)}; the target is ${km(distanceM)} away.`);
      if (distanceM > conditions.visibilityMetres) return refuse('not-seen', `${u.label} cannot see ${km(distanceM)} in this light.`);
      if (!sideSees(state, side, target)) return refuse('not-seen', `No ${sideName(side)} unit can see the target hex.`);
      attackerAmmoUse = AMMO_USE.fire;
      defenderAmmoUse = AMMO_USE.returnFire;
    } else if (kind === 'bombard') {
      distanceM = d * metres;
      if (!p.hasIndirect) return refuse('no-weapon', `${u.label} has no artillery or mortars to bombard with.`);
      const reach = indirectReach(p);
      if (distanceM > reach) return refuse('out-of-range', `Out of range: ${u.label}'s guns reach ${km(reach)}; the target is ${km(distanceM)} away.`);
      if (d < 1) return refuse('out-of-range', `${u.label} cannot bombard its own hex.`);
      const stock = state.setup.rules[side].artilleryAmmoPercent;
      if (u.ammo <= 0 || stock <= 0) return refuse('no-ammo', `${u.label} has no shells left.`);
      // A bigger stock (lever) lets each bombardment use a smaller share of the unit's load.
      attackerAmmoUse = Math.ceil((AMMO_USE.bombardAtFullStock * 100) / stock);
    }
  }

  const returnFire = kind === 'assault' || kind === 'fire';
  const retreats = new Map<string, Axial | null>();
  const threats = attackers.map((u) => u.hex!);
  for (const d of defenders) retreats.set(d.id, retreatHex(state, d, target, threats));
  // Guns and aircraft that draw no fire back lose no cohesion, so they never need a way out (the search is the
  // costliest part of building a bombardment, and the AI prices many of them).
  for (const a of attackers) retreats.set(a.id, returnFire || a.cohesion <= 0 ? retreatHex(state, a, a.hex!, [target]) : a.hex);
  const modifiers = collectModifiers({ state, kind, side, attackers, defenders, target, conditions, retreats, returnFire, attackerAmmoUse });
  const rules = state.setup.rules;
  const combatant = (u: Unit, role: 'attacker' | 'defender'): Combatant => {
    const f = foldModifiers(modifiers, role, u.id);
    return {
      unitId: u.id,
      profile: fireProfile(u),
      firePercent: f.fire,
      antiArmourPercent: f.antiArmour,
      coverPercent: f.cover,
      cohesionPercent: f.cohesion,
      cohesion: u.cohesion,
      burnPercent: rules[u.side].tankFireVulnerabilityPercent,
      canRetreat: retreats.get(u.id) !== null,
      startMen: u.start.men,
    };
  };
  const attackerCombatants =
    kind === 'air-strike'
      ? [{ unitId: `air:${side}`, profile: AIR_SORTIE_PROFILE, firePercent: foldModifiers(modifiers, 'attacker', '').fire, antiArmourPercent: 100, coverPercent: 100, cohesionPercent: 100, cohesion: 100, burnPercent: 100, canRetreat: true, startMen: 0 }]
      : attackers.map((u) => combatant(u, 'attacker'));
  const maxEntrenchment = defenders.reduce((m, u) => Math.max(m, u.entrenchment), 0);
  const surprised = state.turn < rules[enemy].alertFromTurn;
  const inputs: CombatInputs = {
    kind,
    distanceM,
    attackers: attackerCombatants,
    defenders: defenders.map((u) => combatant(u, 'defender')),
    returnFire,
    holdLimit: holdLimit(maxEntrenchment, map.terrain[targetIndex]!, rules[enemy].qualityPercent, surprised),
  };
  return {
    ok: true,
    engagement: { kind, target, attackerSide: side, attackers, defenders, modifiers, inputs, conditions, retreats, attackerAmmoUse, defenderAmmoUse },
  };
};

/** The farthest a unit's direct fire reaches, metres (riflemen: 600 m). */
export const directReach = (p: FireProfile): number => {
  let reach = p.riflemen > 0 ? RIFLE_RANGE_M : 0;
  for (let w = 0; w < p.weaponCount.length; w++) if (p.weaponDirect[w]) reach = Math.max(reach, p.weaponDirectRangeM[w]!);
  return reach;
};

/** The farthest a unit's indirect weapons reach, metres. */
export const indirectReach = (p: FireProfile): number => {
  let reach = 0;
  for (let w = 0; w < p.weaponCount.length; w++) if (p.weaponIndirect[w]) reach = Math.max(reach, p.weaponRangeM[w]!);
  return reach;
};
