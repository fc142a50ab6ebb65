/**
 * What a unit's kind (its arm of service) decides, in one table: how its men move, whether it holds ground (zone of
 * control, key hexes), whether it can lead an assault or bridge a river, how far it sees, how deep it can dig, and
 * which NATO symbol its counter shows. Rules that depend on the kind read this table instead of naming kinds.
 */
import { UNIT_KINDS, type MobilityClass, type UnitKind } from './vocabulary';

/** The arm-of-service symbols a counter can show (cavalry and reconnaissance share the cavalry slash). */
export type NatoSymbol =
  | 'infantry'
  | 'motorised-infantry'
  | 'cavalry'
  | 'armour'
  | 'armoured-car'
  | 'artillery'
  | 'anti-tank'
  | 'engineer'
  | 'headquarters'
  | 'machine-gun';

export interface KindRules {
  /** The class the men move at whatever they carry (cavalry ride, motorised infantry have their lorries); null: by equipment. */
  readonly menMobility: MobilityClass | null;
  /** The men ride the unit's own vehicles or limbers (crews, mounted scouts), so they move as the vehicles do. */
  readonly crewed: boolean;
  /** The vehicles' class when no equipment of the unit gives one (a tank unit is tracked even without a catalogued tank). */
  readonly defaultVehicles: MobilityClass | null;
  /** Projects a zone of control when active (headquarters do not: they hold no line). */
  readonly exertsZoneOfControl: boolean;
  /** May lead an assault (artillery supports one by bombarding; headquarters do not assault). */
  readonly leadsAssault: boolean;
  /** May build pontoon bridges. */
  readonly buildsBridges: boolean;
  /** Spotting range, percent of the turn's visibility. */
  readonly spottingPercent: number;
  /** The deepest entrenchment the unit can reach whatever the ground allows; null: as the ground allows. */
  readonly maxEntrenchment: number | null;
  /** Fighting troops the AI stands on key hexes (not guns, headquarters or engineers). */
  readonly holdsKeyHexes: boolean;
  /** The counter's symbol. */
  readonly symbol: NatoSymbol;
}

const rules = (r: Partial<KindRules> & Pick<KindRules, 'symbol'>): KindRules => ({
  menMobility: null,
  crewed: false,
  defaultVehicles: null,
  exertsZoneOfControl: true,
  leadsAssault: true,
  buildsBridges: false,
  spottingPercent: 100,
  maxEntrenchment: null,
  holdsKeyHexes: true,
  ...r,
});

export const KIND_RULES: Readonly<Record<UnitKind, KindRules>> = {
  infantry: rules({ symbol: 'infantry' }),
  'motorised-infantry': rules({ symbol: 'motorised-infantry', menMobility: 'wheeled' }),
  cavalry: rules({ symbol: 'cavalry', menMobility: 'horse', spottingPercent: 125 }), // mounted scouts and a higher seat
  // Buttoned up, vision slits and periscopes; a tank cannot dig itself in deeper than a scrape.
  tank: rules({ symbol: 'armour', crewed: true, defaultVehicles: 'tracked', spottingPercent: 75, maxEntrenchment: 1 }),
  // The BA cars served as reconnaissance.
  'armoured-car': rules({ symbol: 'armoured-car', crewed: true, defaultVehicles: 'wheeled', spottingPercent: 125, maxEntrenchment: 1 }),
  reconnaissance: rules({ symbol: 'cavalry', crewed: true, spottingPercent: 150 }),
  // Forward observers with optics.
  artillery: rules({ symbol: 'artillery', crewed: true, leadsAssault: false, spottingPercent: 125, holdsKeyHexes: false }),
  'anti-tank': rules({ symbol: 'anti-tank', crewed: true }),
  engineer: rules({ symbol: 'engineer', buildsBridges: true, holdsKeyHexes: false }),
  // Observation posts with stereo telescopes.
  headquarters: rules({ symbol: 'headquarters', exertsZoneOfControl: false, leadsAssault: false, spottingPercent: 125, holdsKeyHexes: false }),
  'machine-gun': rules({ symbol: 'machine-gun' }),
};

/** A record by kind of one rule of the table. */
export const byKind = <T>(pick: (r: KindRules) => T): Readonly<Record<UnitKind, T>> =>
  Object.fromEntries(UNIT_KINDS.map((k) => [k, pick(KIND_RULES[k])])) as Record<UnitKind, T>;
