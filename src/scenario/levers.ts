/**
 * What-if levers: named numbers with a historical default and a range, each changing the game through its effects
 * (docs/scenario-format.md, "Lever effects"). `resolveLevers` checks values a user chose (a CLI `--set`, a menu, a
 * record); `applyLeverRules` and `applyLeverUnits` change the side rules and the order of battle accordingly.
 * Levers apply in file order, effects in their order, so two levers on one rule compose predictably.
 */
import { EQUIPMENT, makeSideRules, makeUnitSetup, type BySide, type SideRules, type UnitSetup } from '../engine';
import type { LeverEffect, Scenario, ScenarioLever } from './schema';
import { didYouMean } from '../format';
import { ATTRIBUTE_RANGE, SIDE_RULE_BOUNDS } from './bounds';

export type LeverValues = Readonly<Record<string, number>>;

export type ResolveLeversResult = { readonly ok: true; readonly levers: LeverValues } | { readonly ok: false; readonly errors: readonly string[] };

/** Every lever at its historical default, keys sorted. */
export const leverDefaults = (scenario: Scenario): Record<string, number> =>
  Object.fromEntries(scenario.levers.map((l) => [l.id, l.default] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** What a lever's value is checked against: the lever's own limits (a scenario lever or the UI's copy of one). */
export type LeverLimits = Pick<ScenarioLever, 'id' | 'name' | 'default' | 'min' | 'max' | 'step' | 'unit'>;

/** Why a value is not allowed for a lever, or undefined when it is. */
export const leverValueProblem = (lever: LeverLimits, value: number): string | undefined => {
  const range = `${lever.min}–${lever.max}${lever.unit ? ` ${lever.unit}` : ''}`;
  if (!Number.isInteger(value)) return `lever '${lever.id}' takes whole numbers (${range}), not ${value}`;
  if (value < lever.min || value > lever.max) return `lever '${lever.id}' runs from ${range}; ${value} is outside it`;
  if (value !== lever.default && value !== lever.max && (value - lever.min) % lever.step !== 0) {
    return `lever '${lever.id}' moves in steps of ${lever.step} from ${lever.min}; ${value} is between steps`;
  }
  return undefined;
};

/**
 * The nearest allowed value: `value` itself when `leverValueProblem` accepts it, otherwise clamped into the range and
 * snapped to the lever's steps. For hand-edited URLs and menus, which must start a game and say what they changed.
 */
export const clampLeverValue = (lever: LeverLimits, value: number): number => {
  if (!Number.isFinite(value)) return lever.default;
  const inRange = Math.min(lever.max, Math.max(lever.min, value));
  if (Number.isInteger(inRange) && (inRange === lever.default || inRange === lever.max || (inRange - lever.min) % lever.step === 0)) return inRange;
  const stepped = lever.min + Math.round((inRange - lever.min) / lever.step) * lever.step;
  return Math.min(lever.max, Math.max(lever.min, stepped));
};

/**
 * The chosen values made playable: every lever filled in (defaults for those not chosen), values out of range or
 * between steps moved to the nearest allowed one, unknown ids dropped — each change reported as a sentence.
 * `resolveLevers` is the strict twin for files and the command line, which refuse instead.
 */
export const clampLevers = (levers: readonly LeverLimits[], chosen: LeverValues): { levers: Record<string, number>; problems: string[] } => {
  const values: Record<string, number> = {};
  const problems: string[] = [];
  for (const l of levers) {
    const v = chosen[l.id];
    values[l.id] = v === undefined ? l.default : clampLeverValue(l, v);
    if (v !== undefined && values[l.id] !== v) problems.push(`${l.name}: ${v} is not allowed (${l.min}–${l.max} in steps of ${l.step}); using ${values[l.id]}.`);
  }
  for (const k of Object.keys(chosen)) if (!levers.some((l) => l.id === k)) problems.push(`This scenario has no lever "${k}".`);
  return { levers: values, problems };
};

/** The chosen values, checked, with every other lever at its default. */
export const resolveLevers = (scenario: Scenario, chosen: LeverValues = {}): ResolveLeversResult => {
  const errors: string[] = [];
  const values = leverDefaults(scenario);
  const ids = scenario.levers.map((l) => l.id);
  for (const id of Object.keys(chosen).sort()) {
    const lever = scenario.levers.find((l) => l.id === id);
    const value = chosen[id]!;
    if (!lever) {
      errors.push(`unknown lever '${id}'${didYouMean(id, ids)}${ids.length ? ` (levers: ${ids.join(', ')})` : '; this scenario has no levers'}`);
      continue;
    }
    const problem = leverValueProblem(lever, value);
    if (problem) errors.push(problem);
    else values[id] = value;
  }
  return errors.length ? { ok: false, errors } : { ok: true, levers: values };
};

const sideRuleValue = (rule: keyof SideRules, current: number | boolean, op: 'set' | 'scale-percent' | 'add', v: number): number | boolean => {
  if (typeof current === 'boolean') return v !== 0; // the schema only allows `set` on yes/no rules
  const value = op === 'set' ? v : op === 'add' ? current + v : Math.floor((current * v) / 100);
  // Validation keeps each lever's range within the rule's bounds; two levers on one rule could still compose past them.
  const b = SIDE_RULE_BOUNDS[rule as keyof typeof SIDE_RULE_BOUNDS];
  return clamp(value, b.min, b.max);
};

const effectsOf = (scenario: Scenario, levers: LeverValues): { effect: LeverEffect; lever: ScenarioLever; value: number }[] =>
  scenario.levers.flatMap((lever) => lever.effects.map((effect) => ({ effect, lever, value: levers[lever.id] ?? lever.default })));

/** Side rules with every `side-rule` effect applied. */
export const applyLeverRules = (rules: BySide<SideRules>, scenario: Scenario, levers: LeverValues): BySide<SideRules> => {
  let out = rules;
  for (const { effect, value } of effectsOf(scenario, levers)) {
    if (effect.kind !== 'side-rule') continue;
    const side = out[effect.side];
    const changed = makeSideRules({ ...side, [effect.rule]: sideRuleValue(effect.rule, side[effect.rule], effect.op, value) });
    // A literal, not `{ ...out, [side]: … }`: one shape for the pair of sides' rules (see makeSideRules).
    out = effect.side === 'soviet' ? { soviet: changed, japanese: out.japanese } : { soviet: out.soviet, japanese: changed };
  }
  return out;
};

const scaleCounts = (counts: Readonly<Record<string, number>>, v: number): Record<string, number> =>
  Object.fromEntries(Object.keys(counts).map((k) => [k, Math.floor((counts[k]! * v) / 100)]));

const trucksOf = (counts: Readonly<Record<string, number>>): Record<string, number> =>
  Object.fromEntries(Object.keys(counts).filter((k) => EQUIPMENT[k]?.class === 'truck').map((k) => [k, counts[k]!]));

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** One unit-level effect on one unit. */
const applyUnitEffect = (u: UnitSetup, effect: Exclude<LeverEffect, { kind: 'side-rule' }>, lever: ScenarioLever, v: number): UnitSetup => {
  switch (effect.kind) {
    case 'unit-arrival': {
      if (!u.arrives) return u;
      const turn = u.arrives.turn + (v - lever.default);
      if (turn > 1) return { ...u, arrives: { turn, hex: u.arrives.hex } };
      // Arriving on turn 1 or "before the start": the unit begins the game at its arrival hex.
      return { ...u, arrives: undefined, hex: u.arrives.hex };
    }
    case 'unit-strength': {
      const what = effect.what ?? 'both';
      // 'trucks' scales only the unit's own lorries: enough of them carry all its men, and it moves as a wheeled unit.
      if (what === 'trucks') return { ...u, equipment: { ...u.equipment, ...scaleCounts(trucksOf(u.equipment), v) } };
      return {
        ...u,
        // A unit keeps at least one man: a lever scales a unit, it does not delete it.
        ...(what !== 'equipment' ? { men: Math.max(1, Math.floor((u.men * v) / 100)) } : {}),
        ...(what !== 'men' ? { equipment: scaleCounts(u.equipment, v) } : {}),
      };
    }
    case 'unit-attribute': {
      const [lo, hi, base] = ATTRIBUTE_RANGE[effect.attribute];
      const current = u[effect.attribute] ?? base;
      return { ...u, [effect.attribute]: clamp(effect.op === 'set' ? v : current + v, lo, hi) };
    }
  }
};

/** The order of battle with every unit effect applied (unit-arrival, unit-strength, unit-attribute). */
export const applyLeverUnits = (units: readonly UnitSetup[], scenario: Scenario, levers: LeverValues): UnitSetup[] => {
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const { effect, lever, value } of effectsOf(scenario, levers)) {
    if (effect.kind === 'side-rule') continue;
    for (const id of effect.units) {
      const u = byId.get(id);
      if (u) byId.set(id, applyUnitEffect(u, effect, lever, value));
    }
  }
  // Each changed unit goes through makeUnitSetup again: the spreads above must not give it a shape of its own.
  return units.map((u) => {
    const changed = byId.get(u.id)!;
    return changed === u ? u : makeUnitSetup(changed);
  });
};
