/**
 * Reads the situation of a fight off the state and names every modifier that applies: the defenders' ground and
 * trenches, height, the river under the attackers, light and surprise, each unit's supply, ammunition, suppression,
 * fatigue and cohesion, side quality, combined arms, encirclement and artillery observation.
 */
import type { BattleConditions } from './combat-conditions';
import { sideSees } from './combat-conditions';
import type { CombatKind } from './combat-fire';
import {
  ammoFire,
  cohesionFire,
  coverOf,
  PREPARED_ASSAULT_FIRE,
  PREPARED_COHESION,
  DUSK_ASSAULT,
  DUSK_BOMBARD,
  DUSK_FIRE,
  ELEVATION_STEP_M,
  ENCIRCLED_COHESION,
  fatigueFire,
  FIRING_DOWNHILL,
  FIRING_UPHILL,
  NIGHT_ASSAULT,
  NIGHT_BOMBARD,
  NIGHT_FIRE,
  RETURN_FIRE,
  ROUTED_FIRE,
  RIVER_ASSAULT,
  SUPPLY_FIRE,
  suppressionFire,
  SURPRISE,
  TANKS_ALONE_VS_AT,
  UNOBSERVED_BOMBARD,
  usesElevation,
  type CombatModifier,
} from './combat-modifiers';
import { fireProfile } from './combat-strength';
import { directionTo, type Axial } from './hex';
import { indexOf } from './map';
import type { GameState, Unit } from './types';
import { otherSide, type Side, SIDE_NAMES } from './vocabulary';

export interface SituationContext {
  readonly state: GameState;
  readonly kind: CombatKind;
  /** The attacking side. */
  readonly side: Side;
  readonly attackers: readonly Unit[];
  readonly defenders: readonly Unit[];
  readonly target: Axial;
  readonly conditions: BattleConditions;
  readonly retreats: ReadonlyMap<string, Axial | null>;
  readonly returnFire: boolean;
  /** Shells a bombarding unit needs (percent of its load); a unit with less fires that share of a full shoot. */
  readonly attackerAmmoUse: number;
}

const TERRAIN_NAME: Readonly<Record<string, string>> = {
  dunes: 'Sand dunes',
  hollow: 'Hollows',
  marsh: 'Marsh',
  floodplain: 'River floodplain',
  heights: 'Heights',
  village: 'Village',
};


/** A unit's own state as modifiers on its fire (only those that are not 100 %). */
const unitStateModifiers = (u: Unit, role: 'attacker' | 'defender', out: CombatModifier[]): void => {
  const add = (name: string, percent: number, why: string) => {
    if (percent !== 100) out.push({ name: `${name} (${u.label})`, percent, side: role, on: 'fire', why, unitId: u.id });
  };
  add('Supply', SUPPLY_FIRE[u.supply], u.supply === 'cut' ? `${u.label} is cut off from supply.` : `${u.label} is short of supply.`);
  add('Ammunition', ammoFire(u.ammo), `${u.label} has ${u.ammo}% of its ammunition.`);
  add('Suppressed', suppressionFire(u.suppression), `${u.label} is pinned down by fire (${u.suppression}).`);
  add('Fatigue', fatigueFire(u.fatigue), `${u.label} is tired (${u.fatigue}).`);
  add('Shaken', cohesionFire(u.cohesion), `${u.label}'s cohesion is down to ${u.cohesion}.`);
  if (u.status === 'routed') add('Routed', ROUTED_FIRE, `${u.label} is routed: few of its men still fight.`);
};

/** Every modifier that applies to this fight, in a fixed order. */
export const collectModifiers = (c: SituationContext): CombatModifier[] => {
  const { state, kind, side, attackers, defenders, target, conditions } = c;
  const out: CombatModifier[] = [];
  const map = state.setup.map;
  const rules = state.setup.rules;
  const enemy = otherSide(side);
  const targetIndex = indexOf(map, target);
  const terrain = map.terrain[targetIndex]!;

  // The defenders' ground and trenches.
  for (const d of defenders) {
    const cover = coverOf(terrain, d.entrenchment);
    if (cover.terrain !== 100) {
      out.push({ name: TERRAIN_NAME[terrain] ?? terrain, percent: cover.terrain, side: 'defender', on: 'cover', why: `${d.label} is in ${terrain}, which hides men from fire.`, unitId: d.id });
    }
    if (cover.entrenchment !== 100) {
      const sand = terrain === 'dunes' ? ' in crumbling sand, with no timber to shore the trenches' : '';
      out.push({ name: `Entrenched (level ${d.entrenchment})`, percent: cover.entrenchment, side: 'defender', on: 'cover', why: `${d.label} is dug in${sand}.`, unitId: d.id });
    }
  }
  // Positions prepared over weeks: sited weapons against an assault, deep holes against cohesion loss.
  if (rules[enemy].preparedPositions) {
    for (const d of defenders) {
      const level = Math.max(0, Math.min(3, d.entrenchment));
      if (level === 0) continue;
      if (kind === 'assault' && c.returnFire) {
        out.push({ name: `Prepared positions (${d.label})`, percent: PREPARED_ASSAULT_FIRE[level]!, side: 'defender', on: 'fire', why: `${d.label} fires from sited weapons over ground it has ranged.`, unitId: d.id });
      }
      out.push({ name: `Holding prepared positions (${d.label})`, percent: PREPARED_COHESION[level]!, side: 'defender', on: 'cohesion', why: `${d.label} sits out the fire in deep holes and dugouts.`, unitId: d.id });
    }
  }
  // Attackers firing from range keep their own cover against return fire; assaulting men are in the open.
  if (kind === 'fire') {
    for (const a of attackers) {
      const t = map.terrain[indexOf(map, a.hex!)]!;
      const cover = coverOf(t, a.entrenchment);
      const percent = Math.round((cover.terrain * cover.entrenchment) / 100);
      if (percent !== 100) out.push({ name: `Firing from cover (${a.label})`, percent, side: 'attacker', on: 'cover', why: `${a.label} fires from ${t}${a.entrenchment > 0 ? ', dug in' : ''}.`, unitId: a.id });
    }
  }

  // Height and river, shooter by shooter.
  if (usesElevation(kind)) {
    const targetElevation = map.elevation[targetIndex]!;
    let defenderAbove = false;
    for (const a of attackers) {
      const i = indexOf(map, a.hex!);
      const diff = targetElevation - map.elevation[i]!;
      if (diff >= ELEVATION_STEP_M) {
        defenderAbove = true;
        out.push({ name: `Firing uphill (${a.label})`, percent: FIRING_UPHILL, side: 'attacker', on: 'fire', why: `The target is ${diff} m above ${a.label}.`, unitId: a.id });
      } else if (-diff >= ELEVATION_STEP_M) {
        out.push({ name: `Firing downhill (${a.label})`, percent: FIRING_DOWNHILL, side: 'attacker', on: 'fire', why: `${a.label} is ${-diff} m above the target.`, unitId: a.id });
      }
      if (kind === 'assault') {
        const dir = directionTo(a.hex!, target);
        const river = dir >= 0 ? map.river[i * 6 + dir]! : 'none';
        if (river !== 'none') {
          const r = RIVER_ASSAULT[river];
          const name = river === 'major' ? 'the Khalkhin Gol' : 'a stream';
          out.push({ name: `Across a river (${a.label})`, percent: r.fire, side: 'attacker', on: 'fire', why: `${a.label} attacks across ${name}.`, unitId: a.id });
          out.push({ name: `In the water (${a.label})`, percent: r.exposure, side: 'attacker', on: 'cover', why: `${a.label} is exposed while it crosses.`, unitId: a.id });
        }
      }
    }
    if (defenderAbove && c.returnFire) out.push({ name: 'Higher ground', percent: FIRING_DOWNHILL, side: 'defender', on: 'fire', why: 'The defenders fire down on the attackers.' });
  }

  // Light.
  if (conditions.light !== 'day') {
    const night = conditions.light === 'night';
    const word = night ? 'Night' : 'Dusk';
    if (kind === 'assault') {
      const t = night ? NIGHT_ASSAULT : DUSK_ASSAULT;
      out.push({ name: word, percent: t.attackerFire, side: 'attacker', on: 'fire', why: 'Attackers fire at shapes in the dark.' });
      out.push({ name: word, percent: t.defenderFire, side: 'defender', on: 'fire', why: 'Defenders see the attack only when it is on them.' });
      out.push({ name: `${word} gunnery`, percent: t.defenderAntiArmour, side: 'defender', on: 'anti-armour', why: 'Anti-tank guns overshoot tanks they cannot see.' });
    } else if (kind === 'fire') {
      const p = night ? NIGHT_FIRE : DUSK_FIRE;
      out.push({ name: word, percent: p, side: 'attacker', on: 'fire', why: 'Aimed fire is poor in the dark.' });
      if (c.returnFire) out.push({ name: word, percent: p, side: 'defender', on: 'fire', why: 'Aimed fire is poor in the dark.' });
    } else if (kind === 'bombard') {
      out.push({ name: word, percent: night ? NIGHT_BOMBARD : DUSK_BOMBARD, side: 'attacker', on: 'fire', why: 'Observers cannot see the fall of shot to correct it.' });
    }
  }
  if (kind === 'fire' && c.returnFire) out.push({ name: 'Return fire', percent: RETURN_FIRE, side: 'defender', on: 'fire', why: 'The target answers fire it did not start.' });

  // Artillery observation and shells.
  if (kind === 'bombard') {
    if (!sideSees(state, side, target)) {
      out.push({ name: 'Unobserved', percent: UNOBSERVED_BOMBARD, side: 'attacker', on: 'fire', why: 'No friendly unit sees the target: the guns fire on the map.' });
    }
    for (const a of attackers) {
      if (a.ammo < c.attackerAmmoUse) {
        const percent = Math.max(1, Math.floor((a.ammo * 100) / c.attackerAmmoUse));
        out.push({ name: `Few shells (${a.label})`, percent, side: 'attacker', on: 'fire', why: `${a.label} has shells for ${percent}% of a full bombardment.`, unitId: a.id });
      }
    }
  }

  // Surprise: the defenders' side is not yet alerted.
  if (state.turn < rules[enemy].alertFromTurn) {
    out.push({ name: 'Surprise', percent: SURPRISE.defenderFire, side: 'defender', on: 'fire', why: `The ${SIDE_NAMES[enemy]} side has not been alerted.` });
    out.push({ name: 'Surprise', percent: SURPRISE.defenderCohesion, side: 'defender', on: 'cohesion', why: 'Surprised men break more easily.' });
  }

  // Each unit's own state.
  for (const a of attackers) unitStateModifiers(a, 'attacker', out);
  if (c.returnFire) for (const d of defenders) unitStateModifiers(d, 'defender', out);

  // Side quality.
  const aq = rules[side].qualityPercent;
  if (aq !== 100 && kind !== 'air-strike') out.push({ name: `${SIDE_NAMES[side]} quality`, percent: aq, side: 'attacker', on: 'fire', why: 'Training and doctrine.' });
  const dq = rules[enemy].qualityPercent;
  if (dq !== 100 && c.returnFire) out.push({ name: `${SIDE_NAMES[enemy]} quality`, percent: dq, side: 'defender', on: 'fire', why: 'Training and doctrine.' });

  // Combined arms.
  if (kind === 'assault') {
    const profiles = attackers.map(fireProfile);
    const tanks = profiles.some((p) => p.hasTanks);
    const infantry = profiles.some((p) => p.hasInfantry);
    if (tanks && infantry) {
      out.push({ name: 'Combined arms', percent: rules[side].combinedArmsPercent, side: 'attacker', on: 'fire', why: 'Infantry and tanks attack together, each covering the other.' });
    } else if (tanks && defenders.some((d) => fireProfile(d).hasAtGuns)) {
      out.push({ name: 'Tanks alone', percent: TANKS_ALONE_VS_AT, side: 'defender', on: 'anti-armour', why: 'Tanks without infantry: the anti-tank gunners need fear no one.' });
    }
  }

  // Encirclement.
  if (defenders.some((d) => c.retreats.get(d.id) === null)) {
    out.push({ name: 'Encircled', percent: ENCIRCLED_COHESION, side: 'defender', on: 'cohesion', why: 'There is no way out: if they break, they surrender.' });
  }
  return out;
};
