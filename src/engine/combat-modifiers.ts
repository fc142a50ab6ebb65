/**
 * Combat modifiers: every circumstance that changes a fight, each with a name, an integer percent and a reason a
 * player can read. The engagement builder collects them; `foldModifiers` multiplies them into the per-unit percents the
 * resolver uses, so the preview lists exactly the numbers the dice are then rolled against.
 */
import type { CombatKind } from './combat-fire';
import type { SupplyState, Terrain } from './vocabulary';

/** What a modifier changes: a side's outgoing fire, only its anti-armour fire, the cover of the units it protects, or the cohesion they lose. */
export type ModifierTarget = 'fire' | 'anti-armour' | 'cover' | 'cohesion';

export interface CombatModifier {
  /** Short name, e.g. "Dunes" or "Entrenched (level 2)". */
  readonly name: string;
  /** Integer percent: 125 = ×1.25. */
  readonly percent: number;
  /** The side whose number it changes: for 'fire'/'anti-armour' the shooters, for 'cover'/'cohesion' the units hit. */
  readonly side: 'attacker' | 'defender';
  readonly on: ModifierTarget;
  /** Why, in a sentence a player understands. */
  readonly why: string;
  /** When it concerns one unit only. */
  readonly unitId?: string;
}

/** Percent of incoming fire that hurts a unit in each terrain: dunes and hollows hide men; the steppe hides nothing. */
export const TERRAIN_COVER: Readonly<Record<Terrain, number>> = {
  steppe: 100,
  dunes: 60,
  hollow: 70,
  marsh: 90,
  floodplain: 90,
  heights: 75,
  lake: 100,
  village: 65,
};

/** Percent of incoming fire by entrenchment level 0–3, in firm ground. */
export const ENTRENCHMENT_COVER: readonly number[] = [100, 70, 50, 35];
/** The same in sand: trenches dug "in crumbling sand" with no timber to revet them (the 2/28th) protect less. */
export const SAND_ENTRENCHMENT_COVER: readonly number[] = [100, 85, 70, 60];

/** A shooter's own state: supply, ammunition, suppression, fatigue, cohesion. */
export const SUPPLY_FIRE: Readonly<Record<SupplyState, number>> = { supplied: 100, limited: 85, cut: 65 };

/** Percent of fire by ammunition left (percent of a basic load): [at least, percent]. */
export const AMMO_FIRE: readonly (readonly [number, number])[] = [
  [50, 100],
  [25, 75],
  [1, 50],
  [0, 25],
];

/** Light: percent on the attackers' fire, the defenders' fire and the defenders' anti-armour fire, per kind of combat. */
export const NIGHT_ASSAULT = { attackerFire: 75, defenderFire: 70, defenderAntiArmour: 60 } as const;
export const DUSK_ASSAULT = { attackerFire: 90, defenderFire: 85, defenderAntiArmour: 80 } as const;
/** Direct fire in the dark: both sides' shooting. */
export const NIGHT_FIRE = 60;
export const DUSK_FIRE = 85;
/** Artillery at night: observers cannot correct the fall of shot. */
export const NIGHT_BOMBARD = 50;
export const DUSK_BOMBARD = 80;
/** Artillery firing on a hex no friendly unit can see: map fire on a grid square. */
export const UNOBSERVED_BOMBARD = 35;

/** Elevation: metres of height difference that count, and the percents. */
export const ELEVATION_STEP_M = 20;
export const FIRING_UPHILL = 80;
export const FIRING_DOWNHILL = 110;

/** River hexside under the attackers' feet: their fire, and how exposed they are in the water. */
export const RIVER_ASSAULT = {
  minor: { fire: 75, exposure: 130 },
  major: { fire: 50, exposure: 160 },
} as const;

/** Surprise: a side not yet alerted shoots late and breaks easily (Azuma's radio was dead; July's night attack). */
export const SURPRISE = { defenderFire: 50, defenderCohesion: 150, holdLimit: 60 } as const;
/** Tanks that assault without infantry into anti-tank guns: the gunners need fear no one. */
export const TANKS_ALONE_VS_AT = 150;
/** Encircled units lose heart faster; and if they break, they surrender. */
export const ENCIRCLED_COHESION = 125;
/** A routed unit that is caught still shoots, a little. */
export const ROUTED_FIRE = 25;
/** The target of direct fire shoots back, but it was fired on first. */
export const RETURN_FIRE = 75;

/*
 * Prepared positions (the side rule `preparedPositions`): strongpoints held and improved for weeks, as the 23rd
 * Division's sand-hill positions east of the Khalkhin Gol were by August. Their machine guns were sited over ground
 * they had ranged, so an assault walked into them: the Soviet probes of 3 and 7/8 August cost about 1,000 dead against
 * 85 Japanese casualties [SEED]. And men in deep holes sat out fire that breaks men in fresh scrapes: Ioki's garrison
 * on the Fui Heights held under two rounds a second until about 200 of its 800 were left [GOLDMAN p.22], and the
 * pocketed battalions mostly fell where they stood (about 8,000 dead against 500–600 prisoners [SEED]). By
 * entrenchment level 0–3; measured against the August record (issue 14): Soviet killed and wounded ~5,300 without it
 * against 9,284 in history.
 */
/** Percent of the defenders' fire on an assault, from prepared positions, by entrenchment level. */
export const PREPARED_ASSAULT_FIRE: readonly number[] = [100, 200, 300, 400];
/** Percent of the cohesion defenders in prepared positions lose to any fire or assault, by entrenchment level. */
export const PREPARED_COHESION: readonly number[] = [100, 65, 45, 35];

/** Percent of a shooter's fire for its ammunition. */
export const ammoFire = (ammo: number): number => {
  for (const [atLeast, percent] of AMMO_FIRE) if (ammo >= atLeast) return percent;
  return 25;
};

/** Percent of a shooter's fire for its suppression (0–100): a fully pinned unit fires at half rate. */
export const suppressionFire = (suppression: number): number => 100 - Math.floor(suppression / 2);
/** Percent of fire for fatigue (0–100): exhausted men shoot a third less. */
export const fatigueFire = (fatigue: number): number => 100 - Math.floor(fatigue / 3);
/** Percent of fire for cohesion: shaken units (below 50) fight at 50 % plus their cohesion. */
export const cohesionFire = (cohesion: number): number => (cohesion >= 50 ? 100 : 50 + cohesion);

/** Cover a unit gets from its hex and its digging in (both multiply). */
export const coverOf = (terrain: Terrain, entrenchment: number): { terrain: number; entrenchment: number } => {
  const level = Math.max(0, Math.min(3, entrenchment));
  const table = terrain === 'dunes' ? SAND_ENTRENCHMENT_COVER : ENTRENCHMENT_COVER;
  return { terrain: TERRAIN_COVER[terrain], entrenchment: table[level]! };
};

/** Losses (percent of men) defenders stand in an assault before giving ground: more when dug in, on a height, or good. */
export const holdLimit = (maxEntrenchment: number, terrain: Terrain, qualityPercent: number, surprised: boolean): number => {
  const base = 15 + 6 * Math.max(0, Math.min(3, maxEntrenchment)) + (terrain === 'heights' || terrain === 'village' ? 5 : 0);
  const withQuality = (base * qualityPercent) / 100;
  return Math.floor(surprised ? (withQuality * SURPRISE.holdLimit) / 100 : withQuality);
};

/** Which kinds let terrain elevation matter (shooting over open sights). */
export const usesElevation = (kind: CombatKind): boolean => kind === 'assault' || kind === 'fire';

export interface FoldedPercents {
  readonly fire: number;
  readonly antiArmour: number;
  readonly cover: number;
  readonly cohesion: number;
}

/** Multiplies every modifier that applies to one unit on `side` into its four percents (no rounding until the dice). */
export const foldModifiers = (modifiers: readonly CombatModifier[], side: 'attacker' | 'defender', unitId: string): FoldedPercents => {
  let fire = 100;
  let antiArmour = 100;
  let cover = 100;
  let cohesion = 100;
  for (const m of modifiers) {
    if (m.side !== side || (m.unitId !== undefined && m.unitId !== unitId)) continue;
    if (m.on === 'fire') fire = (fire * m.percent) / 100;
    else if (m.on === 'anti-armour') antiArmour = (antiArmour * m.percent) / 100;
    else if (m.on === 'cover') cover = (cover * m.percent) / 100;
    else cohesion = (cohesion * m.percent) / 100;
  }
  return { fire, antiArmour, cover, cohesion };
};
