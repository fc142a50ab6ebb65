/**
 * A scenario as far as it parsed. The semantic checks read this, so that a file with a wrong type in one unit still
 * gets its other units, its map and its references checked: every error is reported in one pass, not one per run.
 * Each part is either its parsed value or undefined; list items keep their place (and so their index in error paths).
 */
import type { z } from 'zod';
import { TERRAINS, type BySide, type Side } from '../engine';
import {
  ClockSchema,
  CrossingSchema,
  PlaceSchema,
  RiverSchema,
  RoadSchema,
  FormationSchema,
  HistoricalSchema,
  LeverSchema,
  MapSchema,
  MilestoneSchema,
  ObjectiveSchema,
  SideSchema,
  UnitSchema,
  VictorySchema,
  type AiFormation,
  type HistoricalOutcome,
  type Scenario,
  type ScenarioClock,
  type ScenarioLever,
  type ScenarioMap,
  type ScenarioMilestone,
  type ScenarioObjective,
  type ScenarioUnit,
} from './schema';

type Item<L> = L extends readonly (infer T)[] ? T : never;
type Holes<L> = readonly (Item<L> | undefined)[];

/** A map whose size, legend and pictures parsed; items of its lists that did not parse are holes. */
export interface MapDraft extends Omit<ScenarioMap, 'rivers' | 'crossings' | 'roads' | 'places'> {
  readonly rivers: Holes<ScenarioMap['rivers']>;
  readonly crossings: Holes<ScenarioMap['crossings']>;
  readonly roads: Holes<ScenarioMap['roads']>;
  readonly places: Holes<ScenarioMap['places']>;
}

export interface ScenarioDraft {
  readonly id: string | undefined;
  readonly map: MapDraft | undefined;
  /** Every string unit id in the file, parsed or not, so a reference to a malformed unit is not reported twice. */
  readonly unitIdsInFile: ReadonlySet<string>;
  /** The id of every unit in file order (undefined where a unit has no string id), for the uniqueness check. */
  readonly unitIdList: readonly (string | undefined)[];
  /** Whether the file has a `units` list at all: without one, references to units are not checked (one error, not dozens). */
  readonly unitsListed: boolean;
  readonly clock: ScenarioClock | undefined;
  readonly sides: Partial<Record<Side, Scenario['sides']['soviet']>>;
  readonly units: readonly (ScenarioUnit | undefined)[];
  readonly objectives: readonly (ScenarioObjective | undefined)[];
  readonly milestones: readonly (ScenarioMilestone | undefined)[];
  readonly levers: readonly (ScenarioLever | undefined)[];
  readonly formations: BySide<readonly (AiFormation | undefined)[]>;
  readonly historical: HistoricalOutcome | undefined;
  readonly victory: Scenario['victory'] | undefined;
}

/** The draft of a scenario that passed the schema: everything present. */
export const draftOf = (s: Scenario): ScenarioDraft => ({
  id: s.id,
  map: s.map,
  unitIdsInFile: new Set(s.units.map((u) => u.id)),
  unitIdList: s.units.map((u) => u.id),
  unitsListed: true,
  clock: s.clock,
  sides: s.sides,
  units: s.units,
  objectives: s.objectives,
  milestones: s.milestones,
  levers: s.levers,
  formations: { soviet: s.aiPlan.soviet.formations, japanese: s.aiPlan.japanese.formations },
  historical: s.historical,
  victory: s.victory,
});

const field = (o: unknown, key: string): unknown =>
  o !== null && typeof o === 'object' && !Array.isArray(o) ? (o as Record<string, unknown>)[key] : undefined;

const one = <S extends z.ZodType>(schema: S, value: unknown): z.infer<S> | undefined => {
  const r = schema.safeParse(value);
  return r.success ? r.data : undefined;
};

const each = <S extends z.ZodType>(schema: S, value: unknown): (z.infer<S> | undefined)[] =>
  Array.isArray(value) ? value.map((v) => one(schema, v)) : [];

const MAP_LISTS = { rivers: RiverSchema, crossings: CrossingSchema, roads: RoadSchema, places: PlaceSchema } as const;

/**
 * The map without its malformed list items (left as holes) and with legend entries of unknown terrain kept as steppe:
 * their characters are defined, so the terrain picture is not reported again for every hex that uses them.
 */
const salvageMap = (raw: unknown): MapDraft | undefined => {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const m = raw as Record<string, unknown>;
  const legend = field(m, 'legend');
  const fixedLegend =
    legend && typeof legend === 'object'
      ? Object.fromEntries(Object.entries(legend).map(([k, v]) => [k, (TERRAINS as readonly unknown[]).includes(v) ? v : 'steppe']))
      : legend;
  const core = one(MapSchema, { ...m, legend: fixedLegend, rivers: [], crossings: [], roads: [], places: [] });
  if (!core) return undefined;
  return {
    ...core,
    rivers: each(MAP_LISTS.rivers, m.rivers),
    crossings: each(MAP_LISTS.crossings, m.crossings),
    roads: each(MAP_LISTS.roads, m.roads),
    places: each(MAP_LISTS.places, m.places),
  };
};

/** The parts of a document that failed the whole-file schema but parse on their own. */
export const salvageDraft = (raw: unknown): ScenarioDraft => {
  const id = field(raw, 'id');
  const units = field(raw, 'units');
  const unitIdList = Array.isArray(units)
    ? units.map((u) => {
        const v = field(u, 'id');
        return typeof v === 'string' ? v : undefined;
      })
    : [];
  const unitIdsInFile = new Set(unitIdList.filter((v) => v !== undefined));
  const sides = field(raw, 'sides');
  const plan = field(raw, 'aiPlan');
  const soviet = one(SideSchema, field(sides, 'soviet'));
  const japanese = one(SideSchema, field(sides, 'japanese'));
  return {
    id: typeof id === 'string' ? id : undefined,
    map: salvageMap(field(raw, 'map')),
    unitIdsInFile,
    unitIdList,
    unitsListed: Array.isArray(units),
    clock: one(ClockSchema, field(raw, 'clock')),
    sides: { ...(soviet ? { soviet } : {}), ...(japanese ? { japanese } : {}) },
    units: each(UnitSchema, field(raw, 'units')),
    objectives: each(ObjectiveSchema, field(raw, 'objectives')),
    milestones: each(MilestoneSchema, field(raw, 'milestones')),
    levers: each(LeverSchema, field(raw, 'levers')),
    formations: {
      soviet: each(FormationSchema, field(field(plan, 'soviet'), 'formations')),
      japanese: each(FormationSchema, field(field(plan, 'japanese'), 'formations')),
    },
    historical: one(HistoricalSchema, field(raw, 'historical')),
    victory: one(VictorySchema, field(raw, 'victory')),
  };
};
