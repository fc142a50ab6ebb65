/**
 * The few questions the AI asks the rules, in the shape the AI wants them. `engine-rules.ts` answers them with the
 * real engine (`reachable`, `previewAttack`); tests of the decision logic may answer them with a hand-written table.
 * Every question is asked of the side's fogged view state, never of the real state.
 */
import type { Axial, Command, CommandResult, GameState, Side } from '../engine';

export interface ReachableHex {
  /** Map index (row * width + col). */
  readonly index: number;
  readonly hex: Axial;
  /** Movement points spent to get there. */
  readonly cost: number;
}

/** What the AI reads from an attack preview: expected losses on each side and the chance to win the hex. */
export interface AttackOdds {
  /** Expected enemy losses in men-equivalents (men, plus vehicles and guns weighted by their worth). */
  readonly enemyLoss: number;
  /** Expected own losses on the same scale. */
  readonly ownLoss: number;
  /** Percent chance that an assault takes the hex (0 for fire and bombardment). */
  readonly takePercent: number;
}

export interface AiRules {
  /** Hexes the unit can move to this turn (its own hex excluded), in map-index order. */
  reachableHexes(state: GameState, unitId: string): readonly ReachableHex[];
  /** Odds of an assault by `attackerIds` on the adjacent `target`, or null when it is not allowed. */
  assaultOdds(state: GameState, attackerIds: readonly string[], target: Axial): AttackOdds | null;
  /** Odds of direct fire or bombardment by one unit at `target`, or null when it is not allowed. */
  fireOdds(state: GameState, unitId: string, target: Axial, kind: 'fire' | 'bombard'): AttackOdds | null;
  /** Odds of one of the active side's air sorties on `target`, or null when none may fly (night, weather, none left). */
  airStrikeOdds(state: GameState, target: Axial): AttackOdds | null;
}

/** What a side may know: the fogged state and which hexes it sees now (1 per map index). */
export interface SideViewLike {
  readonly state: GameState;
  readonly visible: Uint8Array;
}

/** What a headless game needs from the engine besides the AI's questions. */
export interface GameDriver {
  viewFor(state: GameState, side: Side): SideViewLike;
  applyCommand(state: GameState, command: Command): CommandResult;
}
