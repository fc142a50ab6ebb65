/**
 * What the UI asks of the rules, in the UI's own terms (hex indices, plain numbers). The UI never decides a rule:
 * every answer here comes from the engine through `engine-rules.ts`, which adapts the engine's shapes; tests pass a
 * small fake instead, so the controller can be tested without the whole engine or Phaser.
 */
import type { Command, CommandResult, GameState, MobilityClass, Side, SupplyState, Terrain } from '../../engine';

/** Where a unit can go this turn and what it costs. */
export interface ReachView {
  readonly unitId: string;
  /** Hex index → movement points it costs to get there (the start hex is not included). */
  readonly costs: ReadonlyMap<number, number>;
  /** Hex indices from the unit's hex (first) to `index` (last), or null when it cannot get there. */
  pathTo(index: number): readonly number[] | null;
}

/** One named modifier as the engine reports it, e.g. { name: "Night", value: "×0.50" }. */
export interface ModifierView {
  readonly name: string;
  readonly value: string;
  /** Why it applies, in a sentence (the tooltip). */
  readonly why?: string;
}

/** An outcome band and its probability, e.g. { label: "Defender retreats", percent: 35 }. */
export interface OutcomeView {
  readonly label: string;
  readonly percent: number;
}

export type AttackKind = 'assault' | 'fire' | 'bombard';

export interface AttackPreviewView {
  readonly kind: AttackKind;
  readonly attackerIds: readonly string[];
  readonly targetIndex: number;
  /** Headline odds, e.g. "3.2 : 1". */
  readonly odds: string;
  readonly modifiers: readonly ModifierView[];
  readonly outcomes: readonly OutcomeView[];
  /** Expected losses in words, e.g. "Defender: about 40 men, 2 tanks". */
  readonly expected: readonly string[];
  /** The command that carries the attack out. */
  readonly command: Command;
}

/** What a side may see: a fogged state and which hexes are in sight. */
export interface SideViewLite {
  readonly side: Side;
  readonly state: GameState;
  /** Per hex index: 1 in sight now. */
  readonly visible: Uint8Array;
}

/** A side's supply as it may know it: the lorries' reach over the ground and each own unit's supply state. */
export interface SupplyView {
  /** Per hex index: the lorry cost from the nearest source, Infinity where no line reaches. */
  readonly distances: Float64Array;
  /** The side's lorry range (the largest finite distance). */
  readonly range: number;
  /** Each own unit on the map: its supply state this turn. */
  readonly units: ReadonlyMap<string, SupplyState>;
}

/** What moving costs a unit (or each mobility class): per terrain, along roads and tracks, across rivers. */
export interface MovementTable {
  /** The unit's class, or null for the table of every class. */
  readonly mobility: MobilityClass | null;
  readonly classes: readonly MobilityClass[];
  /** Terrain entered → MP per class (null: impassable). */
  readonly terrain: readonly { readonly terrain: Terrain; readonly costs: readonly (number | null)[] }[];
  /** Along a road or track, and across rivers: a name and MP per class (null: impassable). */
  readonly other: readonly { readonly name: string; readonly costs: readonly (number | null)[] }[];
  /** The unit's movement points left (null with no unit). */
  readonly mpLeft: number | null;
}

export interface RulesPort {
  apply(state: GameState, command: Command): CommandResult;
  reachable(state: GameState, unitId: string): ReachView | null;
  /** The attack `attackerIds` could make on the hex, or a reason it cannot. A preview never draws from the RNG. */
  previewAttack(state: GameState, attackerIds: readonly string[], targetIndex: number, kind: AttackKind): AttackPreviewView | { ok: false; reason: string };
  /** Which kinds of attack a unit could make on a hex, in the order the UI should prefer them. */
  attackKinds(state: GameState, unitId: string, targetIndex: number): readonly AttackKind[];
  viewFor(state: GameState, side: Side): SideViewLite;
  /** Whether `side` sees the other side's unit now, i.e. it is in the side's view (cheaper than a whole view). */
  sees(state: GameState, side: Side, unitId: string): boolean;
  /** The unit's orders besides moving and attacking that the engine would accept now (dig in, rally, bridge, exit). */
  unitOrders(state: GameState, unitId: string): readonly Command[];
  /** The side's supply as it knows it (from its fogged state): lorry reach and each own unit's state. */
  supply(state: GameState, side: Side): SupplyView;
  /** Per hex index: 1 where the enemy's zone of control lies for `side` (from the units `state` shows). */
  enemyZones(state: GameState, side: Side): Uint8Array;
  /** The movement costs for a unit's class (or every class when `unitId` is null). */
  movementTable(state: GameState, unitId: string | null): MovementTable;
}
