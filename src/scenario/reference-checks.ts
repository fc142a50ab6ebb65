/**
 * Checks across the document: ids are unique; units stand on the map (not in a lake), start or arrive but not both,
 * arrive within the clock and carry their own army's equipment; objectives, milestones, levers and the AI plan name
 * units, hexes and ids that exist; lever defaults lie within their range.
 */
import { EQUIPMENT, SIDES, type Side, SIDE_NAMES } from '../engine';
import { showHex, type CheckContext } from './check-context';
import type { ScenarioDraft } from './draft';
import type { AiTask, OffsetTuple, ScenarioUnit } from './schema';
import { BOOLEAN_SIDE_RULES } from './schema';
import { sourceProblem } from './source-keys';
import { didYouMean } from '../format';


/** Reports repeated ids among `items` (in file order, pointing at the first use). */
const uniqueIds = (ctx: CheckContext, seen: Map<string, string>, items: readonly ({ id: string } | undefined)[], base: string, what: string): void => {
  items.forEach((item, i) => {
    if (!item) return;
    const first = seen.get(item.id);
    if (first !== undefined) ctx.add(`${base}[${i}].id`, `'${item.id}' is already used by ${first}; ${what} ids must be unique`);
    else seen.set(item.id, `${base}[${i}]`);
  });
};

interface Refs {
  readonly units: ReadonlyMap<string, ScenarioUnit>;
  readonly inFile: ReadonlySet<string>;
  readonly unitIds: readonly string[];
  readonly turns: number | undefined;
  /** False when the file has no `units` list: that is one error already, so references to units are not checked. */
  readonly listed: boolean;
}

/** A list of unit ids that must exist (and, when `side` is given, belong to that side). */
const checkUnitRefs = (ctx: CheckContext, refs: Refs, path: string, ids: readonly string[], side?: { side: Side; why: string }): void => {
  if (!refs.listed) return;
  ids.forEach((id, k) => {
    const unit = refs.units.get(id);
    if (!unit) {
      if (!refs.inFile.has(id)) ctx.add(`${path}[${k}]`, `unknown unit '${id}'${didYouMean(id, refs.unitIds)}`);
      return;
    }
    if (side && unit.side !== side.side) ctx.add(`${path}[${k}]`, `'${id}' is a ${SIDE_NAMES[unit.side]} unit; ${side.why}`);
  });
};

const checkTurn = (ctx: CheckContext, refs: Refs, path: string, turn: number | undefined): void => {
  if (turn !== undefined && refs.turns !== undefined && turn > refs.turns) {
    ctx.add(path, `turn ${turn} is after the last turn of the clock (${refs.turns})`);
  }
};

const checkHexes = (ctx: CheckContext, path: string, hexes: readonly OffsetTuple[]): void =>
  hexes.forEach((h, k) => ctx.onMap(`${path}[${k}]`, h));

const terrainAt = (draft: ScenarioDraft, [col, row]: OffsetTuple): string | undefined => {
  const m = draft.map;
  const ch = m?.terrain[row] !== undefined ? [...m.terrain[row]!][col] : undefined;
  return ch === undefined ? undefined : m?.legend[ch];
};

const checkUnits = (ctx: CheckContext, draft: ScenarioDraft, refs: Refs): void => {
  const standOn = (path: string, hex: OffsetTuple): void => {
    if (ctx.onMap(path, hex) && terrainAt(draft, hex) === 'lake') ctx.add(path, `${showHex(hex)} is a lake, where no unit can stand`);
  };
  draft.units.forEach((u, i) => {
    if (!u) return;
    const base = `units[${i}]`;
    if (u.at && u.arrives) ctx.add(base, "has both 'at' and 'arrives'; a unit either starts on the map or arrives later");
    if (!u.at && !u.arrives) ctx.add(base, "needs 'at' (where it starts) or 'arrives' (when and where a reinforcement enters)");
    if (u.at) standOn(`${base}.at`, u.at);
    if (u.arrives) {
      standOn(`${base}.arrives.at`, u.arrives.at);
      checkTurn(ctx, refs, `${base}.arrives.turn`, u.arrives.turn);
    }
    for (const key of Object.keys(u.equipment)) {
      const type = EQUIPMENT[key];
      if (type && !type.users.includes(u.side)) {
        ctx.add(`${base}.equipment.${key}`, `${type.name} is ${type.users.map((u) => SIDE_NAMES[u]).join('/')} equipment, but ${u.id} is a ${SIDE_NAMES[u.side]} unit`);
      }
    }
    const problem = sourceProblem(u.source);
    if (problem) ctx.add(`${base}.source`, problem);
  });
};

const checkObjectivesAndMilestones = (ctx: CheckContext, draft: ScenarioDraft, refs: Refs): void => {
  const milestoneIds = new Set(draft.milestones.flatMap((m) => (m ? [m.id] : [])));
  draft.objectives.forEach((o, i) => {
    if (!o) return;
    const base = `objectives[${i}]`;
    const enemy = { side: o.side === 'soviet' ? ('japanese' as const) : ('soviet' as const), why: `a ${SIDE_NAMES[o.side]} ${o.kind} objective names enemy units` };
    const own = { side: o.side, why: `a ${SIDE_NAMES[o.side]} ${o.kind} objective names the side's own units` };
    if ('hexes' in o) checkHexes(ctx, `${base}.hexes`, o.hexes);
    if (o.kind === 'destroy-unit') checkUnitRefs(ctx, refs, `${base}.units`, o.units, enemy);
    if (o.kind === 'extract-unit') {
      checkUnitRefs(ctx, refs, `${base}.units`, o.units, own);
      checkHexes(ctx, `${base}.exitHexes`, o.exitHexes);
    }
    if (o.kind === 'link-up') o.groups.forEach((g, k) => checkUnitRefs(ctx, refs, `${base}.groups[${k}]`, g, own));
    if (o.kind === 'milestone' && !milestoneIds.has(o.milestone)) {
      ctx.add(`${base}.milestone`, `unknown milestone '${o.milestone}'${didYouMean(o.milestone, [...milestoneIds])}`);
    }
    if ('byTurn' in o) checkTurn(ctx, refs, `${base}.byTurn`, o.byTurn);
  });
  draft.milestones.forEach((m, i) => {
    if (!m) return;
    const base = `milestones[${i}].when`;
    const w = m.when;
    if ('hexes' in w) checkHexes(ctx, `${base}.hexes`, w.hexes);
    if ('units' in w) checkUnitRefs(ctx, refs, `${base}.units`, w.units);
    if (w.kind === 'link-up') w.groups.forEach((g, k) => checkUnitRefs(ctx, refs, `${base}.groups[${k}]`, g));
  });
};

const checkLevers = (ctx: CheckContext, draft: ScenarioDraft, refs: Refs): void => {
  draft.levers.forEach((lever, i) => {
    if (!lever) return;
    const base = `levers[${i}]`;
    const problem = sourceProblem(lever.source);
    if (problem) ctx.add(`${base}.source`, problem);
    if (lever.min >= lever.max) ctx.add(`${base}.min`, `${lever.min} is not below max ${lever.max}; a lever runs over a range`);
    else if (lever.default < lever.min || lever.default > lever.max) {
      ctx.add(`${base}.default`, `${lever.default} is outside the lever's range ${lever.min}–${lever.max}`);
    }
    lever.effects.forEach((e, k) => {
      const path = `${base}.effects[${k}]`;
      if (e.kind === 'side-rule') {
        if (BOOLEAN_SIDE_RULES.has(e.rule)) {
          if (e.op !== 'set') ctx.add(`${path}.op`, `'${e.rule}' is a yes/no rule; only 'set' applies to it (0 = no, 1 = yes)`);
          else if (lever.min < 0 || lever.max > 1) ctx.add(`${base}.max`, `'${e.rule}' is a yes/no rule; its lever must run from 0 to 1`);
        }
        return;
      }
      checkUnitRefs(ctx, refs, `${path}.units`, e.units);
      if (e.kind === 'unit-arrival') {
        e.units.forEach((id, n) => {
          const u = refs.units.get(id);
          if (u && !u.arrives) ctx.add(`${path}.units[${n}]`, `'${id}' starts on the map; only a reinforcement (with 'arrives') can arrive earlier or later`);
        });
      }
    });
  });
};

const checkAiPlan = (ctx: CheckContext, draft: ScenarioDraft, refs: Refs, triggerIds: ReadonlySet<string>, objectiveIds: ReadonlySet<string>): void => {
  for (const side of SIDES) {
    const formations = draft.formations[side];
    const formationIds = formations.flatMap((f) => (f ? [f.id] : []));
    const member = new Map<string, string>();
    const checkTask = (path: string, task: AiTask): void => {
      checkHexes(ctx, `${path}.hexes`, task.hexes);
      task.withInfantry?.forEach((id, k) => {
        if (!formationIds.includes(id)) ctx.add(`${path}.withInfantry[${k}]`, `unknown ${SIDE_NAMES[side]} formation '${id}'${didYouMean(id, formationIds)}`);
      });
      if (task.noRetreat && task.kind !== 'hold') ctx.add(`${path}.noRetreat`, `noRetreat goes with a hold task (holding to the last); this task is '${task.kind}'`);
    };
    formations.forEach((f, i) => {
      if (!f) return;
      const base = `aiPlan.${side}.formations[${i}]`;
      checkUnitRefs(ctx, refs, `${base}.units`, f.units, { side, why: `the ${SIDE_NAMES[side]} plan commands only its own units` });
      f.units.forEach((id, k) => {
        const first = member.get(id);
        if (first) ctx.add(`${base}.units[${k}]`, `'${id}' is already in formation '${first}'; a unit belongs to one formation`);
        else member.set(id, f.id);
      });
      checkTask(`${base}.task`, f.task);
      f.triggers.forEach((t, k) => {
        const path = `${base}.triggers[${k}]`;
        checkTask(`${path}.task`, t.task);
        const w = t.when;
        if (w.kind === 'turn') checkTurn(ctx, refs, `${path}.when.turn`, w.turn);
        if (w.kind === 'enemy-seen') checkHexes(ctx, `${path}.when.hexes`, w.hexes);
        if (w.kind === 'milestone' && !triggerIds.has(w.milestone)) {
          ctx.add(`${path}.when.milestone`, `unknown milestone '${w.milestone}'${didYouMean(w.milestone, [...triggerIds])}`);
        }
        if (w.kind === 'objective' && !objectiveIds.has(w.objective)) {
          ctx.add(`${path}.when.objective`, `unknown objective '${w.objective}'${didYouMean(w.objective, [...objectiveIds])}`);
        }
      });
    });
  }
};

export const checkReferences = (ctx: CheckContext, draft: ScenarioDraft): void => {
  const units = new Map<string, ScenarioUnit>();
  for (const u of draft.units) if (u && !units.has(u.id)) units.set(u.id, u);
  const refs: Refs = { units, inFile: draft.unitIdsInFile, unitIds: [...draft.unitIdsInFile], turns: draft.clock?.turns, listed: draft.unitsListed };

  uniqueIds(ctx, new Map(), draft.unitIdList.map((id) => (id === undefined ? undefined : { id })), 'units', 'unit');
  // Objectives and milestones share one record of "what happened when" in the game state.
  const events = new Map<string, string>();
  uniqueIds(ctx, events, draft.objectives, 'objectives', 'objective and milestone');
  uniqueIds(ctx, events, draft.milestones, 'milestones', 'objective and milestone');
  uniqueIds(ctx, new Map(), draft.levers, 'levers', 'lever');
  if (draft.map) {
    uniqueIds(ctx, new Map(), draft.map.places, 'map.places', 'place');
    uniqueIds(ctx, new Map(), draft.map.crossings, 'map.crossings', 'crossing');
  }
  if (draft.clock) uniqueIds(ctx, new Map(), draft.clock.weather, 'clock.weather', 'weather');
  const sources = new Map<string, string>();
  const formations = new Map<string, string>();
  for (const side of SIDES) {
    const s = draft.sides[side];
    if (s) {
      uniqueIds(ctx, sources, s.supplySources, `sides.${side}.supplySources`, 'supply source');
      s.supplySources.forEach((src, i) => ctx.onMap(`sides.${side}.supplySources[${i}].at`, src.at));
    }
    uniqueIds(ctx, formations, draft.formations[side], `aiPlan.${side}.formations`, 'formation');
  }

  const clock = draft.clock;
  if (clock) {
    if (clock.sunrise >= clock.sunset) ctx.add('clock.sunset', `sunset ${clock.sunset} is not after sunrise ${clock.sunrise}`);
    clock.weather.forEach((w, i) => {
      if (w.fromTurn > w.toTurn) ctx.add(`clock.weather[${i}].toTurn`, `turn ${w.toTurn} is before fromTurn ${w.fromTurn}`);
      checkTurn(ctx, refs, `clock.weather[${i}].toTurn`, w.toTurn);
    });
  }

  checkUnits(ctx, draft, refs);
  checkObjectivesAndMilestones(ctx, draft, refs);
  checkLevers(ctx, draft, refs);
  const milestoneIds = new Set(draft.milestones.flatMap((m) => (m ? [m.id] : [])));
  const objectiveIds = new Set(draft.objectives.flatMap((o) => (o ? [o.id] : [])));
  checkAiPlan(ctx, draft, refs, milestoneIds, objectiveIds);
  if (draft.historical) {
    const sourcesProblem = sourceProblem(draft.historical.sources);
    if (sourcesProblem) ctx.add('historical.sources', sourcesProblem);
    const known = [...milestoneIds, ...objectiveIds];
    for (const key of Object.keys(draft.historical.milestones)) {
      if (!milestoneIds.has(key) && !objectiveIds.has(key)) {
        ctx.add(`historical.milestones.${key}`, `unknown milestone '${key}'${didYouMean(key, known)}`);
      }
    }
  }
};
