/**
 * A scenario and lever values → the engine's GameSetup: legend rows → terrain, elevation digits → metres, offset
 * coordinates → axial, rivers and crossings → hexside specs, side rules = defaults ⊕ the scenario's ⊕ the levers',
 * units with their lever effects, objectives and milestones in axial hexes.
 */
import type { AiPlan, PlanTrigger, SidePlan, Task, TriggerCondition } from './ai-plan';
import { buildMap, makeSetup, makeSideRules, makeUnitSetup, DEFAULT_SIDE_RULES, DIRECTIONS, offsetToAxial, SIDES, type Axial, type BySide, type Direction, type GameSetup, type HexsideSpec, type MapData, type MapSpec, type Milestone, type Objective, type SideRules, type SupplySource, type Terrain, type UnitSetup } from '../engine';
import { contentHash } from './content-hash';
import { applyLeverRules, applyLeverUnits, resolveLevers, type LeverValues } from './levers';
import { ELEVATION_DIGITS } from './map-checks';
import type { AiTask, HexsideTuple, OffsetTuple, Scenario, ScenarioAiPlan, ScenarioMilestone, ScenarioObjective, ScenarioUnit } from './schema';

const axial = ([col, row]: OffsetTuple): Axial => offsetToAxial({ col, row });
const axials = (hexes: readonly OffsetTuple[]): Axial[] => hexes.map(axial);
const direction = (d: HexsideTuple[2]): Direction => DIRECTIONS.indexOf(d) as Direction;

/** The map in the engine's authoring form. */
export const mapSpecOf = (scenario: Scenario): MapSpec => {
  const m = scenario.map;
  const terrain: Terrain[] = [];
  const elevation: number[] = [];
  for (let row = 0; row < m.height; row++) {
    const chars = [...(m.terrain[row] ?? '')];
    const digits = m.elevation.rows[row] ?? '';
    for (let col = 0; col < m.width; col++) {
      terrain.push(m.legend[chars[col] ?? ''] ?? 'steppe');
      elevation.push(m.elevation.base + m.elevation.step * Math.max(0, ELEVATION_DIGITS.indexOf(digits[col] ?? '0')));
    }
  }
  const hexsides: HexsideSpec[] = [
    ...m.rivers.flatMap((river) => river.sides.map((s) => ({ hex: axial([s[0], s[1]]), direction: direction(s[2]), river: river.kind }))),
    ...m.crossings.map((c) => ({ hex: axial([c.side[0], c.side[1]]), direction: direction(c.side[2]), crossing: c.kind })),
  ];
  return {
    width: m.width,
    height: m.height,
    hexMetres: m.hexMetres,
    terrain,
    elevation,
    hexsides,
    roads: m.roads.map((r) => ({ kind: r.kind, name: r.name, path: axials(r.path) })),
    places: m.places.map((p) => ({ id: p.id, name: p.name, kind: p.kind, hex: axial(p.at) })),
  };
};

const sortedCounts = (c: Readonly<Record<string, number>>): Record<string, number> =>
  Object.fromEntries(Object.keys(c).sort().map((k) => [k, c[k]!]));

/** A unit's setup, built by `makeUnitSetup` so every setup unit has one shape (src/engine/unit-shape.ts says why). */
export const unitSetupOf = (u: ScenarioUnit): UnitSetup =>
  makeUnitSetup({
    id: u.id,
    side: u.side,
    name: u.name,
    label: u.label,
    formation: u.formation,
    kind: u.kind,
    size: u.size,
    men: u.men,
    equipment: sortedCounts(u.equipment),
    hex: u.at ? axial(u.at) : undefined,
    arrives: u.arrives ? { turn: u.arrives.turn, hex: axial(u.arrives.at) } : undefined,
    cohesion: u.cohesion,
    entrenchment: u.entrenchment,
    ammo: u.ammo,
    source: u.source,
    note: u.note,
  });

/**
 * An objective of the setup. Each kind is one object literal with all its fields (`byTurn`/`own` `undefined` when the
 * scenario has none), not a spread of shared fields plus optional ones: one hidden class per kind in every game, so
 * the victory checks that loop over the objectives each turn are not recompiled (see src/engine/unit-shape.ts).
 */
export const objectiveOf = (o: ScenarioObjective): Objective => {
  const { id, side, name, description, points } = o;
  switch (o.kind) {
    case 'hold-hex':
    case 'take-hex':
      return { id, side, name, description, points, kind: o.kind, hexes: axials(o.hexes), byTurn: o.byTurn };
    case 'destroy-unit':
      return { id, side, name, description, points, kind: o.kind, units: o.units, byTurn: o.byTurn };
    case 'extract-unit':
      return { id, side, name, description, points, kind: o.kind, units: o.units, exitHexes: axials(o.exitHexes), byTurn: o.byTurn };
    case 'link-up':
      return { id, side, name, description, points, kind: o.kind, groups: o.groups, hexes: axials(o.hexes), radius: o.radius, byTurn: o.byTurn };
    case 'loss-threshold':
      return { id, side, name, description, points, kind: o.kind, percent: o.percent, own: o.own };
    case 'milestone':
      return { id, side, name, description, points, kind: o.kind, milestone: o.milestone, byTurn: o.byTurn };
  }
};

export const milestoneOf = (m: ScenarioMilestone): Milestone => {
  const w = m.when;
  switch (w.kind) {
    case 'hex-taken':
      return { id: m.id, name: m.name, when: { kind: w.kind, side: w.side, hexes: axials(w.hexes) } };
    case 'side-cleared':
      return { id: m.id, name: m.name, when: { kind: w.kind, side: w.side, hexes: axials(w.hexes), ...(w.radius !== undefined ? { radius: w.radius } : {}) } };
    case 'units-broken':
      return { id: m.id, name: m.name, when: { kind: w.kind, units: w.units, percent: w.percent } };
    case 'equipment-lost':
      return { id: m.id, name: m.name, when: { kind: w.kind, units: w.units, classes: w.classes, percent: w.percent } };
    case 'link-up':
      return { id: m.id, name: m.name, when: { kind: w.kind, groups: w.groups, hexes: axials(w.hexes), radius: w.radius } };
  }
};

const taskOf = (t: AiTask): Task => ({
  kind: t.kind,
  hexes: axials(t.hexes),
  radius: t.radius,
  ...(t.timing ? { timing: t.timing } : {}),
  ...(t.withInfantry ? { withInfantry: [...t.withInfantry] } : {}),
  ...(t.assaultOddsPercent !== undefined ? { assaultOddsPercent: t.assaultOddsPercent } : {}),
  ...(t.noRetreat ? { noRetreat: true } : {}),
});

const conditionOf = (w: ScenarioAiPlan['soviet']['formations'][number]['triggers'][number]['when']): TriggerCondition =>
  w.kind === 'enemy-seen' ? { kind: 'enemy-seen', hexes: axials(w.hexes), radius: w.radius } : { ...w };

const sidePlanOf = (plan: ScenarioAiPlan['soviet']): SidePlan => ({
  formations: plan.formations.map((f) => ({
    id: f.id,
    name: f.name,
    units: [...f.units],
    task: taskOf(f.task),
    triggers: f.triggers.map((t): PlanTrigger => ({ when: conditionOf(t.when), task: taskOf(t.task) })),
  })),
});

/** A file's AI plan in the runtime form: axial hexes, every default filled in. */
export const aiPlanOf = (plan: ScenarioAiPlan): AiPlan => ({ soviet: sidePlanOf(plan.soviet), japanese: sidePlanOf(plan.japanese) });

/** The scenario's AI plan, converted once per parsed scenario (like its map): levers never change the plan. */
const planCache = new WeakMap<Scenario, AiPlan>();
export const scenarioAiPlan = (scenario: Scenario): AiPlan => {
  let plan = planCache.get(scenario);
  if (!plan) {
    plan = aiPlanOf(scenario.aiPlan);
    planCache.set(scenario, plan);
  }
  return plan;
};

/** Defaults ⊕ the scenario's side rules (before levers). */
export const scenarioRules = (scenario: Scenario): BySide<SideRules> => {
  const rules = (side: (typeof SIDES)[number]): SideRules => {
    const own = scenario.sides[side].rules;
    const set = Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined));
    return makeSideRules({ ...DEFAULT_SIDE_RULES, ...set });
  };
  return { soviet: rules('soviet'), japanese: rules('japanese') };
};

/**
 * Levers never touch the map, so every game of one parsed scenario shares one MapData (plain data, never mutated):
 * a batch of games builds it once, and caches keyed on the map (sight tables) stay warm from game to game.
 */
const mapCache = new WeakMap<Scenario, MapData>();
export const scenarioMap = (scenario: Scenario): MapData => {
  let map = mapCache.get(scenario);
  if (!map) {
    map = buildMap(mapSpecOf(scenario));
    mapCache.set(scenario, map);
  }
  return map;
};

/** Raised only for lever values a caller did not check with `resolveLevers` first. */
export class LeverError extends Error {}

/**
 * The engine's setup for a game of `scenario` with `levers` (missing levers take their historical default).
 * Throws LeverError for an unknown lever or a value out of range: check user input with `resolveLevers` first.
 */
export const buildSetup = (scenario: Scenario, levers: LeverValues = {}): GameSetup => {
  const resolved = resolveLevers(scenario, levers);
  if (!resolved.ok) throw new LeverError(resolved.errors.join('; '));
  const values = resolved.levers;
  const supplySources: SupplySource[] = SIDES.flatMap((side) =>
    scenario.sides[side].supplySources.map((s) => ({ id: s.id, side, name: s.name, hex: axial(s.at) })),
  );
  const c = scenario.clock;
  // makeSetup: the one setup shape, shared with each side's view of it (src/engine/state-shape.ts).
  return makeSetup({
    scenarioId: scenario.id,
    contentHash: contentHash(scenario),
    title: scenario.title,
    levers: values,
    map: scenarioMap(scenario),
    clock: {
      start: c.start,
      minutesPerTurn: c.minutesPerTurn,
      turns: c.turns,
      sunrise: c.sunrise,
      sunset: c.sunset,
      weather: c.weather.map((w) => ({ ...w })),
      firstSide: c.firstSide,
    },
    units: applyLeverUnits(scenario.units.map(unitSetupOf), scenario, values),
    supplySources,
    rules: applyLeverRules(scenarioRules(scenario), scenario, values),
    objectives: scenario.objectives.map(objectiveOf),
    milestones: scenario.milestones.map(milestoneOf),
    victory: { ...scenario.victory },
  });
};
