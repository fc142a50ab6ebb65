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

/**
 * Why the rules refuse a command: every refusal carries one of these codes (for programs: the AI and the UI branch on
 * it) and a sentence (for people). The sentence may be reworded freely; the code is the contract.
 */
export const REFUSAL_CODES = [
  'game-over', // the game has ended: nothing more may be done
  'bad-shape', // not a well-formed command (wrong type, missing or malformed field)
  'internal-error', // a rule module failed: a bug, never the player's fault
  'unknown-unit', // no unit has that id
  'not-your-turn', // the unit (or air force) is not the side to move's
  'not-arrived', // a reinforcement still waiting to arrive
  'out-of-battle', // destroyed, surrendered, left the map, or otherwise not on it
  'off-map', // the hex named is not on the map
  'already-there', // a move to the unit's own hex
  'enemy-in-hex', // an enemy unit stands in the hex (move: attack it instead)
  'friendly-in-hex', // a combat aimed at a hex holding the side's own units
  'stacking', // the hex is full of friendly units
  'impassable', // no unit can enter that ground (a lake)
  'unreachable', // no way there at all (river, impassable ground, enemy troops)
  'too-far', // reachable, but not with the movement points left this turn
  'no-mp', // no movement points left this turn
  'already-acted', // the unit has done this, or something that excludes it, this turn
  'routed', // a routed unit may not do that
  'wrong-unit', // the unit is of the wrong kind for the order (bridging, leading an assault)
  'no-target', // no enemy unit in the target hex
  'out-of-range', // the target is beyond the unit's reach (or not next to it, for an assault)
  'not-seen', // nobody can see the target (light, line of sight)
  'no-crossing', // an assault across the river where there is no crossing
  'no-weapon', // nothing to fight with of the kind needed
  'no-ammo', // out of ammunition or shells
  'no-sorties', // the side has no air sorties left this turn
  'grounded', // night or weather keeps the aircraft on the ground
  'in-contact', // rallying next to the enemy
  'not-needed', // a rally of a unit in good order
  'dug-in', // entrenched as deep as the ground allows
  'not-at-exit', // leaving the map from a hex that is not an exit
  'no-river', // no river (or the map edge) on that side of the hex
  'crossing-exists', // there is already a crossing there
  'enemy-zone', // engineers cannot work in an enemy zone of control
  'bridge-contested', // the other side is bridging that hexside
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** The sides as people name them in sentences. */
export const SIDE_NAMES: Readonly<Record<Side, string>> = { soviet: 'Soviet', japanese: 'Japanese' };
