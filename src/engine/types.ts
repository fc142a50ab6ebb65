/**
 * The shapes every layer shares: a game's static setup, its changing state, the commands that change it and the
 * events that report what happened. All plain JSON data: axial coordinates, records keyed by id, arrays sorted by id.
 */
import type { Axial, Direction } from './hex';
import type { MapData } from './map';
import type { RngState } from './rng';
import type {
  BySide,
  RefusalCode,
  Side,
  SupplyState,
  UnitKind,
  UnitSize,
  UnitStatus,
  VictoryLevel,
  Winner,
} from './vocabulary';

/** Equipment counts by catalogue id (see equipment.ts), e.g. `{ "BT-7": 12, "truck": 30 }`. Keys sorted. */
export type EquipmentCounts = Readonly<Record<string, number>>;

/** Personnel losses, in men. */
export interface Casualties {
  readonly killed: number;
  readonly wounded: number;
  /** Missing, and captured (surrendered) men. */
  readonly missing: number;
}

/** A unit as the scenario places it. */
export interface UnitSetup {
  readonly id: string;
  readonly side: Side;
  /** Historical designation, e.g. "2nd Bn, 149th Rifle Regiment". */
  readonly name: string;
  /** Short counter label, e.g. "2/149". */
  readonly label: string;
  /** Parent formation, e.g. "36th Motorised Rifle Division". */
  readonly formation: string;
  readonly kind: UnitKind;
  readonly size: UnitSize;
  readonly men: number;
  readonly equipment: EquipmentCounts;
  /** Where it starts; absent (`undefined`, see unit-shape.ts) for a reinforcement that has not arrived. */
  readonly hex?: Axial | undefined;
  /** A reinforcement: the turn it arrives and where. */
  readonly arrives?: { readonly turn: number; readonly hex: Axial } | undefined;
  /** Starting cohesion 0–100 (default 100), entrenchment 0–3, ammunition 0–100 % of a basic load. */
  readonly cohesion?: number | undefined;
  readonly entrenchment?: number | undefined;
  readonly ammo?: number | undefined;
  /** Source key from the fact sheet (§G). */
  readonly source: string;
  /** Free-form historical note shown in the unit panel. */
  readonly note?: string | undefined;
}

/** A unit in play. */
export interface Unit {
  readonly id: string;
  readonly side: Side;
  readonly name: string;
  readonly label: string;
  readonly formation: string;
  readonly kind: UnitKind;
  readonly size: UnitSize;
  readonly status: UnitStatus;
  /** Position; null while waiting, or after it is destroyed, surrendered or exited. */
  readonly hex: Axial | null;
  /** Men fit to fight now. */
  readonly men: number;
  /** Working equipment by type. */
  readonly equipment: EquipmentCounts;
  /** Damaged (repairable, out of action) equipment by type. */
  readonly damaged: EquipmentCounts;
  /** Equipment destroyed so far, by type. */
  readonly destroyed: EquipmentCounts;
  readonly start: { readonly men: number; readonly equipment: EquipmentCounts };
  readonly casualties: Casualties;
  /** 0–100: will to fight and order; at 0 the unit routs or surrenders. */
  readonly cohesion: number;
  /** 0–100: pinned by fire this turn; falls off each turn. */
  readonly suppression: number;
  /** 0–100: exhaustion from moving and fighting. */
  readonly fatigue: number;
  /** 0–3 levels of digging in. */
  readonly entrenchment: number;
  readonly supply: SupplyState;
  /** Consecutive turns without supply. */
  readonly turnsOutOfSupply: number;
  /** 0–100: percent of a basic ammunition load. */
  readonly ammo: number;
  /** Movement points left this turn. */
  readonly mp: number;
  /** What it has done this turn. */
  readonly acted: UnitActions;
  /** `undefined` (never absent) when the unit is no reinforcement or has no note: see unit-shape.ts. */
  readonly arrives?: { readonly turn: number; readonly hex: Axial } | undefined;
  readonly source: string;
  readonly note?: string | undefined;
}

export interface UnitActions {
  readonly moved: boolean;
  readonly attacked: boolean;
  readonly fired: boolean;
  readonly dug: boolean;
  readonly rallied: boolean;
  readonly built: boolean;
}

/**
 * Every field of a Unit is in exactly one of the two lists below, and the compiler checks it (`UnclassifiedUnitFields`
 * fails to compile if a field of `Unit` is in neither list or in both), so a new field cannot silently escape the state
 * hash: put it in `HASHED_UNIT_FIELDS` unless it is a copy of the unit's setup.
 *
 * The fields the state hash covers (everything that can change in play), in the hash's walk order. The order is part
 * of the hash value: append new fields, never reorder.
 */
export const HASHED_UNIT_FIELDS = [
  'acted', 'ammo', 'arrives', 'casualties', 'cohesion', 'damaged', 'destroyed', 'entrenchment', 'equipment', 'fatigue',
  'hex', 'id', 'men', 'mp', 'status', 'supply', 'suppression', 'turnsOutOfSupply',
] as const satisfies readonly (keyof Unit)[];

/**
 * The fields the hash leaves out: copies of the unit's setup, fixed for its id by the scenario content and the
 * levers, which the hash covers through `contentHash` and `levers` (hashing them every turn would cost a third of
 * the time).
 */
export const SETUP_COPY_UNIT_FIELDS = ['formation', 'kind', 'label', 'name', 'note', 'side', 'size', 'source', 'start'] as const satisfies readonly (keyof Unit)[];

/** The flags of `UnitActions`, in the order the hash packs them into bits. */
export const UNIT_ACTION_FIELDS = ['moved', 'attacked', 'fired', 'dug', 'rallied', 'built'] as const satisfies readonly (keyof UnitActions)[];

/** The fields of `U` in neither list or in both (never for a fully classified unit type). */
export type UnclassifiedFieldsOf<U> =
  | Exclude<keyof U, (typeof HASHED_UNIT_FIELDS)[number] | (typeof SETUP_COPY_UNIT_FIELDS)[number]>
  | Extract<(typeof HASHED_UNIT_FIELDS)[number], (typeof SETUP_COPY_UNIT_FIELDS)[number]>;
type Never<T extends never> = T;
/** Compiles only while every Unit field is in exactly one of the two lists above (and every action flag in its list). */
export type UnclassifiedUnitFields = Never<UnclassifiedFieldsOf<Unit> | Exclude<keyof UnitActions, (typeof UNIT_ACTION_FIELDS)[number]>>;

/** The clock: a turn is `minutesPerTurn` long, starting at `start` (local time, ISO "1939-07-02T18:00"). */
export interface ClockSetup {
  readonly start: string;
  readonly minutesPerTurn: number;
  readonly turns: number;
  /** Daylight per calendar day, local time "HH:MM". */
  readonly sunrise: string;
  readonly sunset: string;
  /** Weather windows that override visibility, e.g. the storm night of 2–3 July (turn numbers inclusive). */
  readonly weather: readonly WeatherWindow[];
  /** Who moves first in every turn. */
  readonly firstSide: Side;
}

export interface WeatherWindow {
  readonly id: string;
  readonly name: string;
  readonly fromTurn: number;
  readonly toTurn: number;
  /** Visibility in metres while it lasts (e.g. 20 for the thunderstorm). */
  readonly visibilityMetres: number;
  /** Whether aircraft can fly. */
  readonly flying: boolean;
}

export interface SupplySource {
  readonly id: string;
  readonly side: Side;
  readonly hex: Axial;
  readonly name: string;
}

/** Tunable rules per side: what levers change. All integers or percents so the engine stays exact. */
export interface SideRules {
  /** Supply range from a source in movement points over roads/tracks with the side's trucks. */
  readonly supplyRangeMp: number;
  /** Trucks the side has to carry supply; units beyond what they can serve get 'limited' supply. */
  readonly trucks: number;
  /** Men one truck keeps supplied. */
  readonly menPerTruck: number;
  /** Artillery ammunition: percent of the historical stock (100 = history). */
  readonly artilleryAmmoPercent: number;
  /** Air support missions per day turn available to the side. */
  readonly airSorties: number;
  /** May the side's aircraft strike enemy bases and supply sources. */
  readonly airStrikesOnBases: boolean;
  /** Percent of normal chance that a tank hit by incendiaries burns (Soviet fire-proofing lowers it). */
  readonly tankFireVulnerabilityPercent: number;
  /** Percent modifier to combat when infantry accompanies tanks (combined arms). */
  readonly combinedArmsPercent: number;
  /** Turns on which the side's units count as alerted (not surprised); 0 means from the start. */
  readonly alertFromTurn: number;
  /** Percent of strength for the side's combat odds (doctrine, training). 100 = baseline. */
  readonly qualityPercent: number;
  /**
   * The side's dug-in units hold positions prepared over weeks (sited weapons, ranged ground, dugouts): they fire
   * harder on an assault and lose less cohesion under fire (`PREPARED_ASSAULT_FIRE`, `PREPARED_COHESION`).
   */
  readonly preparedPositions: boolean;
}

export const OBJECTIVE_KINDS = ['hold-hex', 'take-hex', 'destroy-unit', 'extract-unit', 'link-up', 'loss-threshold', 'milestone'] as const;
export type ObjectiveKind = (typeof OBJECTIVE_KINDS)[number];

interface ObjectiveBase {
  readonly id: string;
  readonly side: Side;
  readonly name: string;
  readonly description: string;
  readonly points: number;
}

/** By which turn (inclusive); absent = by the end. */
interface ByTurn {
  readonly byTurn?: number | undefined;
}

/**
 * What a side is scored on, one shape per kind (built from the scenario's objectives by `buildSetup`). Switch on
 * `kind`: every kind carries exactly the fields it needs.
 */
export type Objective =
  /** hold-hex: no enemy controls any of `hexes`; take-hex: the side controls all of them. */
  | (ObjectiveBase & ByTurn & { readonly kind: 'hold-hex' | 'take-hex'; readonly hexes: readonly Axial[] })
  /** Every unit of `units` destroyed or surrendered. */
  | (ObjectiveBase & ByTurn & { readonly kind: 'destroy-unit'; readonly units: readonly string[] })
  /** Every unit of `units` left the map, by `exitHexes` (the map edge or hexes to leave by). */
  | (ObjectiveBase & ByTurn & { readonly kind: 'extract-unit'; readonly units: readonly string[]; readonly exitHexes: readonly Axial[] })
  /** Both `groups` have a unit within `radius` of `hexes`. */
  | (ObjectiveBase & ByTurn & {
      readonly kind: 'link-up';
      readonly groups: readonly (readonly string[])[];
      readonly hexes: readonly Axial[];
      readonly radius: number;
    })
  /** `percent` of the enemy's (or own, if `own`: kept below) starting men lost. */
  | (ObjectiveBase & { readonly kind: 'loss-threshold'; readonly percent: number; readonly own?: boolean | undefined })
  /**
   * The scenario's milestone `milestone` has been recorded: one definition for one historical event, so the objective
   * "Destroy the Azuma group" and the milestone "Azuma group destroyed" cannot disagree.
   */
  | (ObjectiveBase & ByTurn & { readonly kind: 'milestone'; readonly milestone: string });
/** Compiles only while the union has one shape for each of `OBJECTIVE_KINDS` and no other. */
export type UnmatchedObjectiveKinds = Never<Exclude<ObjectiveKind, Objective['kind']> | Exclude<Objective['kind'], ObjectiveKind>>;

/** A milestone the game records with the turn it first happens (for the after-action report). */
export interface Milestone {
  readonly id: string;
  readonly name: string;
  /** When it fires: a hex taken by a side, a group of units destroyed/broken, a share of equipment lost, a link-up. */
  readonly when:
    | { readonly kind: 'hex-taken'; readonly side: Side; readonly hexes: readonly Axial[] }
    | { readonly kind: 'units-broken'; readonly units: readonly string[]; readonly percent: number }
    | { readonly kind: 'equipment-lost'; readonly units: readonly string[]; readonly classes: readonly string[]; readonly percent: number }
    | { readonly kind: 'link-up'; readonly groups: readonly (readonly string[])[]; readonly hexes: readonly Axial[]; readonly radius: number }
    /** The other side holds every hex and no unit of `side` is within `radius` (default 0) of any of them. */
    | { readonly kind: 'side-cleared'; readonly side: Side; readonly hexes: readonly Axial[]; readonly radius?: number };
}

export interface VictoryRules {
  /** Points difference (soviet − japanese) at or above which the Soviets win decisively / marginally; symmetric below. */
  readonly decisiveMargin: number;
  readonly marginalMargin: number;
}

/** Everything fixed for the length of a game; built from a scenario with its levers applied. Shared by reference. */
export interface GameSetup {
  readonly scenarioId: string;
  /** Hash of the scenario file's content, so records can refuse a different scenario. */
  readonly contentHash: string;
  readonly title: string;
  readonly levers: Readonly<Record<string, number>>;
  readonly map: MapData;
  readonly clock: ClockSetup;
  readonly units: readonly UnitSetup[];
  readonly supplySources: readonly SupplySource[];
  readonly rules: BySide<SideRules>;
  readonly objectives: readonly Objective[];
  readonly milestones: readonly Milestone[];
  readonly victory: VictoryRules;
}

/** A river hexside being bridged by engineers, or bridged already in play. */
export interface PontoonWork {
  /** Edge key "index:direction" with the lower index first. */
  readonly edge: string;
  readonly side: Side;
  /** Turns of work done; complete at `needed`. */
  readonly progress: number;
  readonly needed: number;
}

export interface GameState {
  readonly setup: GameSetup;
  /** 1-based turn number. */
  readonly turn: number;
  /** Whose part of the turn it is. */
  readonly activeSide: Side;
  readonly units: readonly Unit[];
  readonly rng: RngState;
  /** Pontoon bridges under construction or built in play; destroyed crossings. Sorted by edge. */
  readonly pontoons: readonly PontoonWork[];
  readonly destroyedCrossings: readonly string[];
  /** Who last held each objective/milestone hex ("q,r" → side), sorted by key. */
  readonly control: Readonly<Record<string, Side>>;
  /** Milestone and objective ids → the turn they happened. */
  readonly milestones: Readonly<Record<string, number>>;
  /** Air sorties left this turn per side. */
  readonly airSorties: BySide<number>;
  /** Commands applied so far (for records and audits). */
  readonly commandCount: number;
  readonly result: GameResult | null;
}

export interface GameResult {
  readonly winner: Winner;
  readonly level: VictoryLevel;
  readonly points: BySide<number>;
  readonly turn: number;
  readonly reason: string;
}

export type Command =
  | { readonly type: 'move'; readonly unitId: string; readonly to: Axial }
  /** Assault an adjacent hex with one or more units. */
  | { readonly type: 'attack'; readonly unitIds: readonly string[]; readonly target: Axial }
  /** Direct fire at range (including anti-tank fire) from one unit. */
  | { readonly type: 'fire'; readonly unitId: string; readonly target: Axial }
  /** Indirect artillery fire at range; needs an observer to see the target for full effect. */
  | { readonly type: 'bombard'; readonly unitId: string; readonly target: Axial }
  /** Air support on a hex (counts against the side's sorties). */
  | { readonly type: 'air-strike'; readonly side: Side; readonly target: Axial }
  | { readonly type: 'entrench'; readonly unitId: string }
  | { readonly type: 'rally'; readonly unitId: string }
  /** Engineers work on a pontoon across the river side of their hex in `direction`. */
  | { readonly type: 'build-bridge'; readonly unitId: string; readonly direction: Direction }
  /** Leave the map at an exit hex (extraction objectives). */
  | { readonly type: 'exit'; readonly unitId: string }
  | { readonly type: 'end-turn' };
export type CommandType = Command['type'];
/** The command of one kind, e.g. `CommandOf<'move'>`. */
export type CommandOf<K extends CommandType> = Extract<Command, { readonly type: K }>;

/** A step of a combat result, in real numbers. */
export interface UnitLoss {
  readonly unitId: string;
  readonly killed: number;
  readonly wounded: number;
  readonly missing: number;
  /** Destroyed and damaged equipment by type. */
  readonly destroyed: EquipmentCounts;
  readonly damaged: EquipmentCounts;
  readonly cohesionLost: number;
  readonly suppression: number;
  readonly outcome: 'holds' | 'retreats' | 'routs' | 'surrenders' | 'destroyed';
  /** Where it ended up if it retreated. */
  readonly retreatTo?: Axial;
}

export type GameEvent =
  | { readonly type: 'moved'; readonly unitId: string; readonly path: readonly Axial[]; readonly cost: number }
  | {
      readonly type: 'combat';
      readonly kind: 'assault' | 'fire' | 'bombard' | 'air-strike';
      readonly attackers: readonly string[];
      readonly target: Axial;
      readonly losses: readonly UnitLoss[];
      /** The attacker won the hex (assault only). */
      readonly hexTaken: boolean;
      readonly summary: string;
    }
  | { readonly type: 'entrenched'; readonly unitId: string; readonly level: number }
  /** A rally attempt; `success` false means the unit did not respond (cohesion unchanged). */
  | { readonly type: 'rallied'; readonly unitId: string; readonly cohesion: number; readonly success: boolean }
  | { readonly type: 'bridge-progress'; readonly unitId: string; readonly edge: string; readonly progress: number; readonly needed: number }
  | { readonly type: 'bridge-built'; readonly edge: string; readonly side: Side }
  | { readonly type: 'unit-arrived'; readonly unitId: string; readonly hex: Axial }
  | { readonly type: 'unit-exited'; readonly unitId: string }
  | { readonly type: 'supply-changed'; readonly unitId: string; readonly supply: SupplyState }
  | { readonly type: 'unit-surrendered'; readonly unitId: string; readonly men: number }
  | { readonly type: 'unit-routed'; readonly unitId: string }
  | { readonly type: 'unit-destroyed'; readonly unitId: string }
  | { readonly type: 'turn-ended'; readonly side: Side; readonly turn: number }
  | { readonly type: 'turn-started'; readonly side: Side; readonly turn: number; readonly time: string }
  | { readonly type: 'milestone'; readonly id: string; readonly name: string; readonly turn: number }
  | { readonly type: 'objective'; readonly id: string; readonly side: Side; readonly achieved: boolean; readonly turn: number }
  | { readonly type: 'game-over'; readonly result: GameResult };

/** A command the rules will not carry out: a code from the closed `REFUSAL_CODES` for programs, a sentence for people. */
export interface Refusal {
  readonly ok: false;
  readonly code: RefusalCode;
  readonly reason: string;
}

export type CommandResult = { readonly ok: true; readonly state: GameState; readonly events: readonly GameEvent[] } | Refusal;
