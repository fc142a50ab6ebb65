/**
 * The AI plan a scenario gives each side, in the form the AI reads (it lives with the scenario format, below the AI,
 * so the format can check it without importing the AI). The operational layer's vocabulary: a side's plan is a list of formations (groups of unit ids), each with a task
 * and triggers that switch the task. This is the one runtime form, in axial hexes with every default filled in;
 * scenario files write the same shape in offset `[col, row]` pairs (docs/scenario-format.md, "AI plan"), the
 * scenario schema checks it against `TASK_KINDS`, and `scenarioAiPlan` (src/scenario/build-setup.ts) converts it once.
 */
import type { Axial, BySide } from '../engine';

export const TASK_KINDS = ['hold', 'advance', 'attack', 'screen', 'reserve', 'withdraw'] as const;
/**
 * - hold: keep the units inside the area, dig in, strike what comes into reach;
 * - advance: move to the area, fighting only when the odds are good;
 * - attack: close with the enemy in the area and assault it;
 * - screen: stay near the area, watch, avoid a stand-up fight;
 * - reserve: stay back out of enemy reach until a trigger commits it;
 * - withdraw: move to the area away from the enemy, not attacking.
 */
export type TaskKind = (typeof TASK_KINDS)[number];

export interface Task {
  readonly kind: TaskKind;
  /** Target hexes of the task (at least one). */
  readonly hexes: readonly Axial[];
  /** How many hexes round the targets count as "there". */
  readonly radius: number;
  /** `night`: assault only in darkness or dusk (Yasuoka's tanks); move up by day. */
  readonly timing?: 'night';
  /** Formation ids whose infantry this formation's tanks keep close to (combined arms). */
  readonly withInfantry?: readonly string[];
  /**
   * The least odds the formation accepts for an assault, in percent of the difficulty's threshold, in place of its
   * task kind's: an order to attack at any cost (Zhukov sent the 11th Tank Brigade in off the march, without infantry).
   */
  readonly assaultOddsPercent?: number;
  /**
   * `hold` only: hold to the last. Fighting troops stay in their positions inside the area under fire and when the
   * enemy is next to them, even a rifle battalion whose only support weapons are mortars (it does not pull back out
   * of reach like a battery); only a rout moves them (the Japanese in the August strongpoints).
   */
  readonly noRetreat?: boolean;
}

export type TriggerCondition =
  | { readonly kind: 'turn'; readonly turn: number }
  | { readonly kind: 'milestone'; readonly milestone: string }
  | { readonly kind: 'objective'; readonly objective: string }
  /** The formation has lost this percent of its starting men. */
  | { readonly kind: 'losses'; readonly percent: number }
  /** An enemy unit is seen (or remembered) within `radius` of any of `hexes`. */
  | { readonly kind: 'enemy-seen'; readonly hexes: readonly Axial[]; readonly radius: number };

export interface PlanTrigger {
  readonly when: TriggerCondition;
  readonly task: Task;
}

export interface Formation {
  readonly id: string;
  readonly name: string;
  readonly units: readonly string[];
  readonly task: Task;
  /** Checked in order every turn; the last one that has fired gives the current task. A fired trigger stays fired. */
  readonly triggers: readonly PlanTrigger[];
}

export interface SidePlan {
  readonly formations: readonly Formation[];
}

export type AiPlan = BySide<SidePlan>;

export const EMPTY_PLAN: AiPlan = { soviet: { formations: [] }, japanese: { formations: [] } };
