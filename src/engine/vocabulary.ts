/**
 * The game's typed vocabulary: every closed set of names the rules speak of.
 * `as const` arrays give both a runtime list (for parsers and menus) and a literal union (for the compiler).
 */

export const SIDES = ['soviet', 'japanese'] as const;
export type Side = (typeof SIDES)[number];
export type BySide<T> = { readonly [S in Side]: T };
export const otherSide = (side: Side): Side => (side === 'soviet' ? 'japanese' : 'soviet');

/** Terrain of a whole hex. Rivers are not terrain: they run along hexsides. */
export const TERRAINS = [
  'steppe', // open grass steppe
  'dunes', // sand dunes, barkhans and hillocks: cover, slow for wheels
  'hollow', // hollows, ravines, pits: dead ground
  'marsh', // marsh and salt marsh
  'floodplain', // the swampy Khalkhin Gol valley floor
  'heights', // hills and the west-bank tableland edge: observation
  'lake', // lakes and ponds: impassable
  'village', // settlements and camps (Nomonhan)
] as const;
export type Terrain = (typeof TERRAINS)[number];

/** A river along a hexside. `major` is the Khalkhin Gol (only crossable where there is a crossing); `minor` is the Holsten. */
export const RIVERS = ['none', 'minor', 'major'] as const;
export type River = (typeof RIVERS)[number];

/** What lets a unit over a river hexside. A pontoon may exist from the start or be built by engineers. */
export const CROSSINGS = ['none', 'ford', 'bridge', 'pontoon'] as const;
export type Crossing = (typeof CROSSINGS)[number];

export const ROADS = ['none', 'track', 'road'] as const;
export type Road = (typeof ROADS)[number];

/** How a unit moves; decides its movement points and terrain costs. */
export const MOBILITY_CLASSES = ['foot', 'horse', 'wheeled', 'tracked'] as const;
export type MobilityClass = (typeof MOBILITY_CLASSES)[number];

/** The arm of service a counter shows (NATO symbol) and the rules key some effects to. */
export const UNIT_KINDS = [
  'infantry',
  'motorised-infantry',
  'cavalry',
  'tank',
  'armoured-car',
  'reconnaissance',
  'artillery',
  'anti-tank',
  'engineer',
  'headquarters',
  'machine-gun',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** NATO size markers. */
export const UNIT_SIZES = ['platoon', 'company', 'battalion', 'regiment', 'brigade', 'division'] as const;
export type UnitSize = (typeof UNIT_SIZES)[number];

/** What a piece of equipment is, for counting losses beside the historical record and for combat roles. */
export const EQUIPMENT_CLASSES = [
  'tank',
  'tankette',
  'armoured-car',
  'self-propelled-gun',
  'anti-tank-gun',
  'field-gun',
  'howitzer',
  'infantry-gun',
  'mortar',
  'machine-gun',
  'truck',
] as const;
export type EquipmentClass = (typeof EQUIPMENT_CLASSES)[number];

/** A unit's life on the map. */
export const UNIT_STATUSES = [
  'waiting', // a reinforcement not yet arrived
  'active',
  'routed', // broken: cannot attack; moves away from the enemy; may rally
  'surrendered',
  'destroyed',
  'exited', // left the map on purpose (extracted)
] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export const SUPPLY_STATES = ['supplied', 'limited', 'cut'] as const;
export type SupplyState = (typeof SUPPLY_STATES)[number];

export const VICTORY_LEVELS = ['decisive', 'marginal', 'draw'] as const;
export type VictoryLevel = (typeof VICTORY_LEVELS)[number];
export type Winner = Side | 'draw';
