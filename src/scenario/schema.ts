/**
 * The scenario file format, schemaVersion 1, as one zod schema (docs/scenario-format.md is its guide). Every type a
 * scenario reader uses is inferred from here, so the guide, the parser and the types cannot drift apart.
 *
 * The schema checks shape: types, closed vocabularies, ranges of single values, unknown keys (every object is strict).
 * What needs the whole document (hexes on the map, ids that must exist, rivers under crossings) is checked afterwards
 * by the semantic checks, which read the parsed types below.
 */
import { z } from 'zod';
import { TASK_KINDS } from './ai-plan';
import { DEFAULT_SIDE_RULES, DIRECTIONS, EQUIPMENT_CLASSES, parseLocalDateTime, PLACE_KINDS, SIDES, TERRAINS, UNIT_KINDS, UNIT_SIZES, type SideRules } from '../engine';
import { equipmentKeysCheck } from './equipment-check';

export const SCHEMA_VERSION = 1;

const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'kebab-case id expected (lower-case letters, digits and single hyphens)' });
const count = z.int().min(0);
const turn = z.int().min(1);
const side = z.enum(SIDES);

/** A hex in offset coordinates: [col, row], row 0 north, odd rows shifted half a hex east. */
export const OffsetSchema = z.tuple([z.int(), z.int()]);
/** A hexside: a hex and the direction of the side, written once for both hexes that share it. */
export const HexsideSchema = z.tuple([z.int(), z.int(), z.enum(DIRECTIONS)]);
const hexes = z.array(OffsetSchema).min(1);

const BriefingSchema = z.strictObject({ title: text, commander: text, text });

const ElevationSchema = z.strictObject({
  base: z.int(),
  step: z.int().min(0),
  /** One string per row of digits 0–9 then a–z: metres = base + step × digit. */
  rows: z.array(z.string()),
});

export const RiverSchema = z.strictObject({ name: text, kind: z.enum(['major', 'minor']), sides: z.array(HexsideSchema).min(1) });
export const CrossingSchema = z.strictObject({ id, name: text, kind: z.enum(['bridge', 'pontoon', 'ford']), side: HexsideSchema });
export const RoadSchema = z.strictObject({ name: text, kind: z.enum(['road', 'track']), path: z.array(OffsetSchema).min(2) });
export const PlaceSchema = z.strictObject({ id, name: text, kind: z.enum(PLACE_KINDS), at: OffsetSchema });

export const MapSchema = z.strictObject({
  width: z.int().min(1).max(200),
  height: z.int().min(1).max(200),
  hexMetres: z.union([z.literal(500), z.literal(1000)]),
  /** One character → terrain. */
  legend: z.record(z.string().length(1, { error: 'a legend key is one character' }), z.enum(TERRAINS)),
  terrain: z.array(z.string()),
  elevation: ElevationSchema,
  rivers: z.array(RiverSchema).default([]),
  crossings: z.array(CrossingSchema).default([]),
  roads: z.array(RoadSchema).default([]),
  places: z.array(PlaceSchema).default([]),
});

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'a local time "HH:MM" expected' });
const WeatherSchema = z.strictObject({
  id,
  name: text,
  fromTurn: turn,
  toTurn: turn,
  visibilityMetres: z.int().min(0),
  flying: z.boolean(),
});

export const ClockSchema = z.strictObject({
  start: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, {
      error: 'a local date and time "YYYY-MM-DDTHH:MM" expected',
    })
    // The pattern lets 30 February through; the calendar the clock runs on does not.
    .refine((s) => !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s) || parseLocalDateTime(s) !== null, { error: 'no such day in the calendar' }),
  minutesPerTurn: z.int().min(1).max(1440),
  turns: z.int().min(1).max(1000),
  sunrise: clockTime,
  sunset: clockTime,
  firstSide: side,
  weather: z.array(WeatherSchema).default([]),
});

/** The SideRules keys, in sorted order, and which of them are yes/no rules. */
export const SIDE_RULE_KEYS = Object.keys(DEFAULT_SIDE_RULES).sort() as (keyof SideRules)[];
export const BOOLEAN_SIDE_RULES: ReadonlySet<keyof SideRules> = new Set(
  SIDE_RULE_KEYS.filter((k) => typeof DEFAULT_SIDE_RULES[k] === 'boolean'),
);
const ruleShape = Object.fromEntries(
  SIDE_RULE_KEYS.map((k) => [k, (BOOLEAN_SIDE_RULES.has(k) ? z.boolean() : z.int()).optional()]),
) as { [K in keyof SideRules]: z.ZodOptional<SideRules[K] extends boolean ? z.ZodBoolean : z.ZodInt> };
const SideRulesSchema = z.strictObject(ruleShape);

const SupplySourceSchema = z.strictObject({ id, name: text, at: OffsetSchema });
export const SideSchema = z.strictObject({
  name: text,
  rules: SideRulesSchema.default({}),
  supplySources: z.array(SupplySourceSchema).default([]),
});

export const UnitSchema = z.strictObject({
  id,
  side,
  name: text,
  label: text,
  formation: text,
  kind: z.enum(UNIT_KINDS),
  size: z.enum(UNIT_SIZES),
  men: count,
  /** Catalogue ids (src/engine/equipment.ts) → how many. Unknown ids are reported with the nearest known one. */
  equipment: z.record(z.string(), count).superRefine(equipmentKeysCheck),
  /** Where it starts, or… */
  at: OffsetSchema.optional(),
  /** …when and where it arrives (a reinforcement). Exactly one of the two. */
  arrives: z.strictObject({ turn, at: OffsetSchema }).optional(),
  cohesion: z.int().min(0).max(100).optional(),
  entrenchment: z.int().min(0).max(3).optional(),
  ammo: z.int().min(0).max(100).optional(),
  /** Source keys from the fact sheet §G, separated by ";". */
  source: text,
  note: z.string().optional(),
});

const objectiveBase = { id, side, name: text, description: z.string(), points: z.int() };
const unitIds = z.array(id).min(1);
const groups = z.array(z.array(id).min(1)).min(2);
export const ObjectiveSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...objectiveBase, kind: z.literal('hold-hex'), hexes, byTurn: turn.optional() }),
  z.strictObject({ ...objectiveBase, kind: z.literal('take-hex'), hexes, byTurn: turn.optional() }),
  z.strictObject({ ...objectiveBase, kind: z.literal('destroy-unit'), units: unitIds, byTurn: turn.optional() }),
  z.strictObject({ ...objectiveBase, kind: z.literal('extract-unit'), units: unitIds, exitHexes: hexes, byTurn: turn.optional() }),
  z.strictObject({ ...objectiveBase, kind: z.literal('link-up'), groups, hexes, radius: count, byTurn: turn.optional() }),
  z.strictObject({ ...objectiveBase, kind: z.literal('loss-threshold'), percent: z.int().min(1).max(100), own: z.boolean().optional() }),
  z.strictObject({ ...objectiveBase, kind: z.literal('milestone'), milestone: id, byTurn: turn.optional() }),
]);

const percent = z.int().min(1).max(100);
export const MilestoneSchema = z.strictObject({
  id,
  name: text,
  when: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('hex-taken'), side, hexes }),
    z.strictObject({ kind: z.literal('units-broken'), units: unitIds, percent }),
    z.strictObject({ kind: z.literal('equipment-lost'), units: unitIds, classes: z.array(z.enum(EQUIPMENT_CLASSES)).min(1), percent }),
    z.strictObject({ kind: z.literal('link-up'), groups, hexes, radius: count }),
    z.strictObject({ kind: z.literal('side-cleared'), side, hexes, radius: count.optional() }),
  ]),
});

export const VictorySchema = z.strictObject({ decisiveMargin: z.int().min(0), marginalMargin: z.int().min(0) });

export const LeverEffectSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('side-rule'), side, rule: z.enum(SIDE_RULE_KEYS as [keyof SideRules, ...(keyof SideRules)[]]), op: z.enum(['set', 'scale-percent', 'add']) }),
  z.strictObject({ kind: z.literal('unit-arrival'), units: unitIds, op: z.literal('shift-turns') }),
  z.strictObject({ kind: z.literal('unit-strength'), units: unitIds, op: z.literal('scale-percent'), what: z.enum(['men', 'equipment', 'both', 'trucks']).optional() }),
  z.strictObject({ kind: z.literal('unit-attribute'), units: unitIds, attribute: z.enum(['cohesion', 'entrenchment', 'ammo']), op: z.enum(['set', 'add']) }),
]);

export const LeverSchema = z.strictObject({
  id,
  name: text,
  description: text,
  source: text,
  default: z.int(),
  min: z.int(),
  max: z.int(),
  step: z.int().min(1),
  unit: z.string().optional(),
  effects: z.array(LeverEffectSchema).min(1),
});

export const TaskSchema = z.strictObject({
  kind: z.enum(TASK_KINDS),
  hexes,
  radius: count,
  /** Attack only in darkness (Yasuoka's night attack). */
  timing: z.literal('night').optional(),
  /** Formations (same side) that must go with this one: tanks do not drive alone into anti-tank guns. */
  withInfantry: z.array(id).optional(),
  /** Least odds accepted for an assault, in percent of the difficulty's threshold (default by task kind: attack 80). */
  assaultOddsPercent: z.int().min(10).max(400).optional(),
});

export const TriggerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('turn'), turn }),
  z.strictObject({ kind: z.literal('milestone'), milestone: id }),
  z.strictObject({ kind: z.literal('objective'), objective: id }),
  z.strictObject({ kind: z.literal('losses'), percent }),
  z.strictObject({ kind: z.literal('enemy-seen'), hexes, radius: count }),
]);

export const FormationSchema = z.strictObject({
  id,
  name: text,
  units: unitIds,
  task: TaskSchema,
  triggers: z.array(z.strictObject({ when: TriggerSchema, task: TaskSchema })).default([]),
});

export const SidePlanSchema = z.strictObject({ formations: z.array(FormationSchema).default([]) });
export const AiPlanSchema = z.strictObject({ soviet: SidePlanSchema, japanese: SidePlanSchema });

const nullableCount = count.nullable();
const StrengthSchema = z.strictObject({
  men: count,
  tanks: count,
  armouredCars: count,
  guns: count,
  aircraft: count.optional(),
  source: text,
});
const LossesSchema = z.strictObject({
  killed: nullableCount,
  wounded: nullableCount,
  missing: nullableCount,
  tanks: nullableCount,
  armouredCars: nullableCount,
  guns: nullableCount,
  aircraft: nullableCount,
  /** Killed and wounded together, where a source gives no split (KNIGALUB: 9,284 Soviet in August). */
  killedAndWounded: nullableCount.optional(),
  /** Source keys of these figures (facts.md §G). */
  source: text.optional(),
  /** The units these figures cover, when less than the whole side (the game's losses are then counted over them). */
  units: z.array(id).min(1).optional(),
  /** The same in words, for the end screen ("Azuma's group only"). */
  covers: text.optional(),
});
export const HistoricalSchema = z.strictObject({
  winner: z.enum(['soviet', 'japanese', 'draw']),
  result: text,
  strength: z.strictObject({ soviet: StrengthSchema, japanese: StrengthSchema }),
  losses: z.strictObject({ soviet: LossesSchema, japanese: LossesSchema }),
  /** Milestone id → when it happened in history. */
  milestones: z.record(z.string(), z.strictObject({ date: z.string(), turn: turn.optional() })).default({}),
  sources: text,
});

export const ScenarioSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  title: text,
  dates: text,
  summary: text,
  briefings: z.strictObject({ soviet: BriefingSchema, japanese: BriefingSchema }),
  map: MapSchema,
  clock: ClockSchema,
  sides: z.strictObject({ soviet: SideSchema, japanese: SideSchema }),
  units: z.array(UnitSchema).min(1),
  objectives: z.array(ObjectiveSchema).default([]),
  milestones: z.array(MilestoneSchema).default([]),
  victory: VictorySchema,
  levers: z.array(LeverSchema).default([]),
  aiPlan: AiPlanSchema.default({ soviet: { formations: [] }, japanese: { formations: [] } }),
  historical: HistoricalSchema.optional(),
});

/** A parsed, valid scenario (defaults filled in). */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** What an author may write (optional lists may be left out). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type ScenarioMap = z.infer<typeof MapSchema>;
export type ScenarioClock = z.infer<typeof ClockSchema>;
export type ScenarioUnit = z.infer<typeof UnitSchema>;
export type ScenarioObjective = z.infer<typeof ObjectiveSchema>;
export type ScenarioMilestone = z.infer<typeof MilestoneSchema>;
export type ScenarioLever = z.infer<typeof LeverSchema>;
export type LeverEffect = z.infer<typeof LeverEffectSchema>;
/** The AI plan as a file writes it (offset hexes); `scenarioAiPlan` (build-setup.ts) gives the runtime `AiPlan`. */
export type ScenarioAiPlan = z.infer<typeof AiPlanSchema>;
export type AiFormation = z.infer<typeof FormationSchema>;
export type AiTask = z.infer<typeof TaskSchema>;
export type AiTrigger = z.infer<typeof TriggerSchema>;
export type HistoricalOutcome = z.infer<typeof HistoricalSchema>;
export type OffsetTuple = z.infer<typeof OffsetSchema>;
export type HexsideTuple = z.infer<typeof HexsideSchema>;
