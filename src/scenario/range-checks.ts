/**
 * Ranges that need more than one value to judge (src/scenario/bounds.ts holds the numbers): a unit's men for its size,
 * victory margins in order, every digit of the elevation picture on Earth, and each lever's whole range landing on
 * values its effects can take (a truck lever that could set −1,000 lorries is refused in the file, not at play).
 */
import { DEFAULT_SIDE_RULES, type SideRules } from '../engine';
import { ATTRIBUTE_RANGE, ELEVATION_METRES, ELEVATION_RANGE_TEXT, MEN_BY_SIZE, SCALE_PERCENT, showBound, showNumber, SIDE_RULE_BOUNDS, UNIT_STRENGTH_PERCENT, type Bound } from './bounds';
import type { CheckContext } from './check-context';
import type { ScenarioDraft } from './draft';
import { ELEVATION_DIGITS } from './map-checks';
import type { LeverEffect, ScenarioLever } from './schema';

const checkMen = (ctx: CheckContext, draft: ScenarioDraft): void =>
  draft.units.forEach((u, i) => {
    if (!u) return;
    const b = MEN_BY_SIZE[u.size];
    if (u.men < b.min || u.men > b.max) {
      ctx.add(`units[${i}].men`, `${showNumber(u.men)} men is not a ${u.size}; a ${u.size} has ${showBound(b)} men`);
    }
  });

const checkVictory = (ctx: CheckContext, draft: ScenarioDraft): void => {
  const v = draft.victory;
  if (v && v.decisiveMargin < v.marginalMargin) {
    ctx.add('victory.decisiveMargin', `${v.decisiveMargin} is below marginalMargin ${v.marginalMargin}; a decisive victory needs at least the margin of a marginal one`);
  }
};

const checkElevation = (ctx: CheckContext, draft: ScenarioDraft): void => {
  const e = draft.map?.elevation;
  if (!e) return;
  let top = -1;
  for (const row of e.rows) for (const ch of row) top = Math.max(top, ELEVATION_DIGITS.indexOf(ch));
  if (top < 0) return;
  const highest = e.base + e.step * top;
  if (highest > ELEVATION_METRES.max) {
    ctx.add('map.elevation.step', `digit '${ELEVATION_DIGITS[top]}' gives ${showNumber(highest)} m (base ${e.base} + ${top} × step ${e.step}); ${ELEVATION_RANGE_TEXT}`);
  }
};

/** What one effect's rule or attribute becomes at lever value `v`, and the range it must stay in. */
const effectResult = (e: LeverEffect, v: number, rules: SideRules): { value: number; bound: Bound; what: string } | undefined => {
  if (e.kind === 'side-rule') {
    const base = rules[e.rule];
    if (typeof base === 'boolean') return undefined;
    const bound = SIDE_RULE_BOUNDS[e.rule as keyof typeof SIDE_RULE_BOUNDS];
    const value = e.op === 'set' ? v : e.op === 'add' ? base + v : Math.floor((base * v) / 100);
    return { value, bound, what: `${e.side} ${e.rule}` };
  }
  if (e.kind === 'unit-attribute') {
    const [lo, hi] = ATTRIBUTE_RANGE[e.attribute];
    // `add` is clamped into the attribute's range when applied; it only needs to be no wider than that range.
    return e.op === 'set' ? { value: v, bound: { min: lo, max: hi }, what: e.attribute } : { value: v, bound: { min: lo - hi, max: hi - lo }, what: `a change of ${e.attribute}` };
  }
  return undefined;
};

/** The lever values an effect's op accepts at all, whatever the base. */
const opRange = (e: LeverEffect, turns: number | undefined): { bound: Bound; what: string } | undefined => {
  if (e.kind === 'side-rule' && e.op === 'scale-percent') return { bound: SCALE_PERCENT, what: 'a scale-percent lever' };
  if (e.kind === 'unit-strength') return { bound: UNIT_STRENGTH_PERCENT, what: 'a unit-strength lever' };
  if (e.kind === 'unit-arrival' && turns !== undefined) return { bound: { min: -turns, max: turns }, what: `a shift of arrival in a ${turns}-turn game` };
  return undefined;
};

const checkLeverRanges = (ctx: CheckContext, draft: ScenarioDraft): void => {
  const rulesOf = (side: 'soviet' | 'japanese'): SideRules => ({ ...DEFAULT_SIDE_RULES, ...(draft.sides[side]?.rules as Partial<SideRules> | undefined) });
  draft.levers.forEach((lever: ScenarioLever | undefined, i) => {
    if (!lever || lever.min >= lever.max) return;
    const base = `levers[${i}]`;
    if (lever.step > lever.max - lever.min) ctx.add(`${base}.step`, `${lever.step} is more than the whole range ${lever.min}–${lever.max}`);
    lever.effects.forEach((e, k) => {
      const path = `${base}.effects[${k}]`;
      const op = opRange(e, draft.clock?.turns);
      if (op && (lever.min < op.bound.min || lever.max > op.bound.max)) {
        ctx.add(`${base}.${lever.min < op.bound.min ? 'min' : 'max'}`, `${lever.min}–${lever.max} is outside ${op.bound.min}–${op.bound.max}, the range of ${op.what} (${path})`);
        return;
      }
      const rules = e.kind === 'side-rule' ? rulesOf(e.side) : DEFAULT_SIDE_RULES;
      for (const [key, v] of [['min', lever.min], ['max', lever.max]] as const) {
        const r = effectResult(e, v, rules);
        if (r && (r.value < r.bound.min || r.value > r.bound.max)) {
          ctx.add(`${base}.${key}`, `at ${v} the lever makes ${r.what} ${showNumber(r.value)} (${path}); it must stay within ${showBound(r.bound)}`);
          return;
        }
      }
    });
  });
};

export const checkRanges = (ctx: CheckContext, draft: ScenarioDraft): void => {
  checkMen(ctx, draft);
  checkVictory(ctx, draft);
  checkElevation(ctx, draft);
  checkLeverRanges(ctx, draft);
};
