/**
 * The range of every number a scenario file may hold. A bound is either physical (the Earth's elevations, a turn of at
 * most a day) or sourced from 1939 establishments, set wide enough that every real formation of the period fits and
 * narrow enough that a typing slip (1e12 men, −100 lorries, a quality of 1e9 %) is refused with a sentence, not played.
 * The bundled scenarios must sit well inside each range: if one does not, the bound is wrong, not the scenario.
 */
import type { SideRules, UnitSize } from '../engine';

export interface Bound {
  readonly min: number;
  readonly max: number;
}

/**
 * Men in one unit, by its size marker. Establishments of 1939: a rifle platoon ~50; a Japanese rifle company ~200
 * and a Soviet one ~150 (heavy companies and batteries with their trains up to ~400); a Japanese rifle battalion
 * ~1,100, a Soviet motorised rifle battalion ~1,200; a Japanese square-division regiment ~3,800; a Soviet tank
 * brigade ~2,700 and a Japanese independent mixed brigade ~6,000; a Japanese square division up to ~25,000.
 */
export const MEN_BY_SIZE: Readonly<Record<UnitSize, Bound>> = {
  platoon: { min: 1, max: 100 },
  company: { min: 1, max: 600 },
  battalion: { min: 1, max: 1_500 },
  regiment: { min: 1, max: 5_000 },
  brigade: { min: 1, max: 8_000 },
  division: { min: 1, max: 25_000 },
};

/** Most men any unit may have (the largest size's maximum). */
export const MAX_UNIT_MEN = MEN_BY_SIZE.division.max;

/** Pieces of one equipment type in one unit: a division's lorry park was a few hundred to a thousand or two. */
export const MAX_EQUIPMENT_PER_UNIT = 2_000;

/**
 * The side rules' ranges. Trucks: the whole Soviet 1st Army Group had ~4,000 lorries in August 1939, so 20,000 is far
 * beyond any side of this war; percentages of a historical or normal figure run from none to several times it.
 */
export const SIDE_RULE_BOUNDS: Readonly<Record<Exclude<keyof SideRules, 'airStrikesOnBases' | 'preparedPositions'>, Bound>> = {
  supplyRangeMp: { min: 0, max: 2_000 },
  trucks: { min: 0, max: 20_000 },
  menPerTruck: { min: 1, max: 500 },
  artilleryAmmoPercent: { min: 0, max: 1_000 },
  airSorties: { min: 0, max: 1_000 },
  tankFireVulnerabilityPercent: { min: 0, max: 300 },
  combinedArmsPercent: { min: 50, max: 300 },
  alertFromTurn: { min: 0, max: 1_000 },
  qualityPercent: { min: 10, max: 400 },
};

/**
 * Elevation in metres: the lowest dry land on Earth (the Dead Sea shore, about −430 m) to the highest summit (Everest,
 * 8,849 m). The Khalkhin Gol valley lies at 600–800 m.
 */
export const ELEVATION_METRES: Bound = { min: -430, max: 8_849 };
export const ELEVATION_RANGE_TEXT = 'elevations on Earth run from −430 m (the Dead Sea shore) to 8,849 m (Everest)';

/** A hex column or row far off any map allowed (maps are at most 200×200): refused before the on-map check. */
export const HEX_COORDINATE: Bound = { min: -10_000, max: 10_000 };

/** The last turn any clock may have (ClockSchema's `turns`). */
export const MAX_TURNS = 1_000;
/** Points of one objective, and the victory margins: the bundled battles use 5–40 per objective. */
export const MAX_OBJECTIVE_POINTS = 1_000;
export const MAX_MARGIN = 100_000;
/** A radius in hexes: no more than a map side. */
export const MAX_RADIUS = 200;
/** Visibility in metres: 50 km is the far horizon from a height on a clear steppe day. */
export const MAX_VISIBILITY_METRES = 50_000;
/** Men of a side in the historical block (the whole August battle: ~75,000 on both sides together). */
export const MAX_HISTORICAL_MEN = 1_000_000;
export const MAX_HISTORICAL_PIECES = 100_000;
/** Any lever number (default, min, max, step): the widest real lever runs 50–400 %. */
export const LEVER_NUMBER: Bound = { min: -100_000, max: 100_000 };
/** A `scale-percent` lever: from none to ten times. */
export const SCALE_PERCENT: Bound = { min: 0, max: 1_000 };
/** A `unit-strength` lever: at least a tenth of the strength (so no unit is scaled to nothing). */
export const UNIT_STRENGTH_PERCENT: Bound = { min: 10, max: 1_000 };
/** The unit attributes, with their default when a unit does not set one. */
export const ATTRIBUTE_RANGE = { cohesion: [0, 100, 100], entrenchment: [0, 3, 0], ammo: [0, 100, 100] } as const;

export const showNumber = (n: number): string => n.toLocaleString('en-US').replace(/^-/, '−');
export const showBound = (b: Bound): string => `${showNumber(b.min)} to ${showNumber(b.max)}`;
