/**
 * The operational layer's vocabulary: a side's plan is a list of formations (groups of unit ids), each with a task
 * and triggers that switch the task. This is the runtime form, in axial hexes; scenario files write the same shape in
 * offset `[col, row]` pairs (docs/scenario-format.md, "AI plan") and `planFromScenario` converts it.
 */
import { offsetToAxial, type Axial } from '../engine/hex';
import type { BySide } from '../engine/vocabulary';

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

/** A hex as a scenario file writes it (`[col, row]`) or already converted (`{q, r}`). */
type HexInput = readonly [number, number] | readonly number[] | Axial;
interface TaskInput {
  readonly kind: TaskKind;
  readonly hexes: readonly HexInput[];
  readonly radius?: number;
  readonly timing?: 'night' | undefined;
  readonly withInfantry?: readonly string[] | undefined;
}
type TriggerInput =
  | { readonly kind: 'turn'; readonly turn: number }
  | { readonly kind: 'milestone'; readonly milestone: string }
  | { readonly kind: 'objective'; readonly objective: string }
  | { readonly kind: 'losses'; readonly percent: number }
  | { readonly kind: 'enemy-seen'; readonly hexes: readonly HexInput[]; readonly radius?: number };
/** The plan as it appears in a parsed scenario file (offset or axial hexes; missing radius means 0). */
export interface AiPlanInput {
  readonly formations: readonly {
    readonly id: string;
    readonly name?: string;
    readonly units: readonly string[];
    readonly task: TaskInput;
    readonly triggers?: readonly { readonly when: TriggerInput; readonly task: TaskInput }[];
  }[];
}

const toAxial = (h: HexInput): Axial => {
  if (Array.isArray(h)) return offsetToAxial({ col: h[0] ?? 0, row: h[1] ?? 0 });
  const a = h as Axial;
  return { q: a.q, r: a.r };
};

const toTask = (t: TaskInput): Task => ({
  kind: t.kind,
  hexes: t.hexes.map(toAxial),
  radius: t.radius ?? 0,
  ...(t.timing ? { timing: t.timing } : {}),
  ...(t.withInfantry ? { withInfantry: [...t.withInfantry] } : {}),
});

const toCondition = (w: TriggerInput): TriggerCondition =>
  w.kind === 'enemy-seen' ? { kind: 'enemy-seen', hexes: w.hexes.map(toAxial), radius: w.radius ?? 0 } : { ...w };

/** Converts one side's plan from the scenario file's form. */
export const sidePlanFromInput = (input: AiPlanInput | undefined): SidePlan => ({
  formations: (input?.formations ?? []).map((f) => ({
    id: f.id,
    name: f.name ?? f.id,
    units: [...f.units],
    task: toTask(f.task),
    triggers: (f.triggers ?? []).map((t) => ({ when: toCondition(t.when), task: toTask(t.task) })),
  })),
});

/** Converts a scenario's `aiPlan` (either side may be absent: the AI then plans from the objectives alone). */
export const planFromScenario = (aiPlan: Partial<Record<'soviet' | 'japanese', AiPlanInput>> | undefined): AiPlan => ({
  soviet: sidePlanFromInput(aiPlan?.soviet),
  japanese: sidePlanFromInput(aiPlan?.japanese),
});

export const EMPTY_PLAN: AiPlan = { soviet: { formations: [] }, japanese: { formations: [] } };
