/**
 * What the UI asks of the rules, in the UI's own terms (hex indices, plain numbers). The UI never decides a rule:
 * every answer here comes from the engine through `engine-rules.ts`, which adapts the engine's shapes; tests pass a
 * small fake instead, so the controller can be tested without the whole engine or Phaser.
 */
import type { Command, CommandResult, GameState } from '../../engine/types';
import type { Side } from '../../engine/vocabulary';

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
}
