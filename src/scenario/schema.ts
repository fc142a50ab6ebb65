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
import {
  ELEVATION_METRES,
  ELEVATION_RANGE_TEXT,
  HEX_COORDINATE,
  LEVER_NUMBER,
  MAX_EQUIPMENT_PER_UNIT,
  MAX_HISTORICAL_MEN,
  MAX_HISTORICAL_PIECES,
  MAX_MARGIN,
  MAX_OBJECTIVE_POINTS,
  MAX_RADIUS,
  MAX_TURNS,
  MAX_UNIT_MEN,
  MAX_VISIBILITY_METRES,
  SIDE_RULE_BOUNDS,
} from './bounds';

export const SCHEMA_VERSION = 1;

const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'kebab-case id expected (lower-case letters, digits and single hyphens)' });
// Every number has a range (src/scenario/bounds.ts): a bare z.int() would accept 1e12 men or quote 2^53 − 1 as a limit.
const within = (min: number, max: number) => z.int().min(min).max(max);
const turn = within(1, MAX_TURNS);
const radius = within(0, MAX_RADIUS);
const side = z.enum(SIDES);

/** A hex in offset coordinates: [col, row], row 0 north, odd rows shifted half a hex east. */
const coordinateError = { error: 'a hex column or row is a whole number near the map (maps are at most 200×200 hexes)' };
const coordinate = z.int().min(HEX_COORDINATE.min, coordinateError).max(HEX_COORDINATE.max, coordinateError);
export const OffsetSchema = z.tuple([coordinate, coordinate]);
/** A hexside: a hex and the direction of the side, written once for both hexes that share it. */
export const HexsideSchema = z.tuple([coordinate, coordinate, z.enum(DIRECTIONS)]);
const hexes = z.array(OffsetSchema).min(1);

const BriefingSchema = z.strictObject({ title: text, commander: text, text });

const ElevationSchema = z.strictObject({
  base: z.int().min(ELEVATION_METRES.min, { error: ELEVATION_RANGE_TEXT }).max(ELEVATION_METRES.max, { error: ELEVATION_RANGE_TEXT }),
  /** Metres per digit; with the base, every digit used must give an elevation on Earth (checked with the rows). */
  step: within(0, ELEVATION_METRES.max - ELEVATION_METRES.min),
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
  visibilityMetres: within(0, MAX_VISIBILITY_METRES),
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
  turns: turn,
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
  SIDE_RULE_KEYS.map((k) => {
    if (BOOLEAN_SIDE_RULES.has(k)) return [k, z.boolean().optional()];
    const b = SIDE_RULE_BOUNDS[k as keyof typeof SIDE_RULE_BOUNDS];
    return [k, within(b.min, b.max).optional()];
  }),
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
  /** At least one man; the range for the unit's size is checked with the whole unit (reference-checks.ts). */
  men: within(1, MAX_UNIT_MEN),
  /** Catalogue ids (src/engine/equipment.ts) → how many. Unknown ids are reported with the nearest known one. */
  equipment: z.record(z.string(), within(0, MAX_EQUIPMENT_PER_UNIT)).superRefine(equipmentKeysCheck),
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

const objectiveBase = { id, side, name: text, description: z.string(), points: within(1, MAX_OBJECTIVE_POINTS) };
const unitIds = z.array(id).min(1);
const groups = z.array(z.array(id).min(1)).min(2);
export const ObjectiveSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...objectiveBase, kind: z.literal('hold-hex'), hexes, byTurn: turn.optional() }),
  z.strictObject({ ...objectiveBase, kind: z.literal('take-hex'), hexes, byTurn: turn.optional() }),
  z.strictObject({ ...objectiveBase, kind: z.literal('destroy-unit'), units: unitIds, byTurn: turn.optional() }),
  z.strictObject({ ...objectiveBase, kind: z.literal('extract-unit'), units: unitIds, exitHexes: hexes, byTurn: turn.optional() }),
  z.strictObject({ ...objectiveBase, kind: z.literal('link-up'), groups, hexes, radius, byTurn: turn.optional() }),
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
    z.strictObject({ kind: z.literal('link-up'), groups, hexes, radius }),
    z.strictObject({ kind: z.literal('side-cleared'), side, hexes, radius: radius.optional() }),
  ]),
});

/** Margins in points; that decisive is not below marginal is checked with the whole document. */
export const VictorySchema = z.strictObject({ decisiveMargin: within(0, MAX_MARGIN), marginalMargin: within(0, MAX_MARGIN) });

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
  default: within(LEVER_NUMBER.min, LEVER_NUMBER.max),
  min: within(LEVER_NUMBER.min, LEVER_NUMBER.max),
  max: within(LEVER_NUMBER.min, LEVER_NUMBER.max),
  step: within(1, LEVER_NUMBER.max),
  unit: z.string().optional(),
  effects: z.array(LeverEffectSchema).min(1),
});

export const TaskSchema = z.strictObject({
  kind: z.enum(TASK_KINDS),
  hexes,
  radius,
  /** Attack only in darkness (Yasuoka's night attack). */
  timing: z.literal('night').optional(),
  /** Formations (same side) that must go with this one: tanks do not drive alone into anti-tank guns. */
  withInfantry: z.array(id).optional(),
  /** Least odds accepted for an assault, in percent of the difficulty's threshold (default by task kind: attack 80). */
  assaultOddsPercent: z.int().min(10).max(400).optional(),
  /** Hold to the last: no pulling back from the positions under fire (hold tasks only). */
  noRetreat: z.literal(true).optional(),
});

export const TriggerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('turn'), turn }),
  z.strictObject({ kind: z.literal('milestone'), milestone: id }),
  z.strictObject({ kind: z.literal('objective'), objective: id }),
  z.strictObject({ kind: z.literal('losses'), percent }),
  z.strictObject({ kind: z.literal('enemy-seen'), hexes, radius }),
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

const men = within(0, MAX_HISTORICAL_MEN);
const pieces = within(0, MAX_HISTORICAL_PIECES);
const StrengthSchema = z.strictObject({
  men,
  tanks: pieces,
  armouredCars: pieces,
  guns: pieces,
  aircraft: pieces.optional(),
  source: text,
});
const LossesSchema = z.strictObject({
  killed: men.nullable(),
  wounded: men.nullable(),
  missing: men.nullable(),
  tanks: pieces.nullable(),
  armouredCars: pieces.nullable(),
  guns: pieces.nullable(),
  aircraft: pieces.nullable(),
  /** Killed and wounded together, where a source gives no split (KNIGALUB: 9,284 Soviet in August). */
  killedAndWounded: men.nullable().optional(),
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
