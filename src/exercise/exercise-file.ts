/**
 * An exercise: a teacher's whole lesson in one file — which battle, which side the student plays, against which
 * computer level and seeds, which levers are fixed and which the student may set, the briefing, the lesson plan, the
 * questions to answer and what the lab shows. The file is carried by a school's learning platform like any document and
 * opened with no server, so it is self-contained, versioned and read as untrusted input: every problem is an error with
 * its JSON path, sizes are limited, and its text is shown as text (docs/exercise-format.md).
 */
import { z } from 'zod';
import { hashValue } from '../engine';
import { forbiddenKeys, parseJsonText, textTooLarge, zodErrors, type FileError } from '../format';

export const EXERCISE_VERSION = 1;
/** A lesson is text and a few numbers: 1 MB is far more than any real one needs and bounds a hostile file. */
export const EXERCISE_MAX_BYTES = 1024 * 1024;

/** The three questions a military historian asks of a battle (used when an exercise names none). */
export const DEFAULT_QUESTIONS: readonly Question[] = [
  { id: 'close-run', text: 'How close-run was the real battle? Point to the moments in your game and in the record that show it.' },
  { id: 'other-choices', text: 'How might other choices have changed the outcome? Name one choice, yours or a commander’s, and what it changed.' },
  { id: 'pressures', text: 'What pressures drove the real commanders’ decisions (orders, supply, time, what they could see)?' },
];

/** A 50-minute lesson: 10 minutes of briefing, 25 of play, 15 of debrief. */
export const DEFAULT_LESSON_PLAN: LessonPlan = {
  stages: [
    { name: 'Briefing', minutes: 10, what: 'Read the briefing and the historical situation; write a prediction.' },
    { name: 'Play', minutes: 25, what: 'Play the battle (or run the lab) and note the moments that decided it.' },
    { name: 'Debrief', minutes: 15, what: 'Compare your game with history and with the computer’s games; answer the questions.' },
  ],
};

/** The lab's measures an exercise can ask to show (src/ui/lab): who won, each side's losses, timings, points, history. */
export const LAB_MEASURES = ['winner', 'losses', 'milestones', 'objectives', 'points', 'history'] as const;
export type LabMeasure = (typeof LAB_MEASURES)[number];

const id = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'an id of lower-case letters, digits and hyphens expected' });
const line = (max: number) => z.string().trim().min(1).max(max);
const side = z.enum(['soviet', 'japanese']);
const difficulty = z.enum(['recruit', 'regular', 'veteran']);
/** Seeds as the CLI and the browser take them (src/ui/controller/url-params MAX_SEED). */
const seed = z.int().min(0).max(2_147_483_647);

const QuestionSchema = z.strictObject({ id, text: line(2000) });
const StageSchema = z.strictObject({ name: line(60), minutes: z.int().min(1).max(240), what: z.string().max(2000).optional() });
const LessonPlanSchema = z.strictObject({ stages: z.array(StageSchema).min(1).max(12) });

/** A lever the student may set, within a range inside the lever's own (checked against the scenario when opened). */
const OpenLeverSchema = z
  .strictObject({ id: line(80), min: z.int().optional(), max: z.int().optional() })
  .refine((l) => l.min === undefined || l.max === undefined || l.min <= l.max, { error: 'min must not be above max', path: ['max'] });

export const ExerciseSchema = z.strictObject({
  exerciseVersion: z.literal(EXERCISE_VERSION),
  id,
  title: line(120),
  /** The class the result files are named after ("class_student_attempt"); the student may type it if absent. */
  className: line(60).optional(),
  author: line(120).optional(),
  /** A bundled scenario's id (or, for a teacher's own scenario, its id; the page then asks for the file). */
  scenarioId: line(80),
  /** The scenario content the exercise was written for; a different version opens with a warning. */
  scenarioHash: z.string().regex(/^[0-9a-f]{8,64}$/).optional(),
  /** Plain text, paragraphs separated by a blank line. */
  briefing: z.string().trim().min(1).max(20_000),
  play: z.strictObject({
    /** The side(s) a student may play; the computer plays the other. */
    sides: z.array(side).min(1).max(2),
    /** The computer's level. */
    difficulty,
    /** Attempt k plays seeds[(k - 1) mod length]: one seed for the whole class makes games comparable. */
    seeds: z.array(seed).min(1).max(1000),
  }),
  levers: z
    .strictObject({
      /** Levers set for everyone (the rest are history's values unless open). */
      fixed: z.record(z.string().min(1).max(80), z.int()).default({}),
      /** Levers the student may set, each within a range. */
      open: z.array(OpenLeverSchema).max(40).default([]),
    })
    .default({ fixed: {}, open: [] }),
  lessonPlan: LessonPlanSchema.default(DEFAULT_LESSON_PLAN),
  questions: z.array(QuestionSchema).min(1).max(20).default([...DEFAULT_QUESTIONS]),
  /** For the teacher: shown folded away, never in the student's result. */
  teacherNotes: z.string().max(20_000).optional(),
  lab: z
    .strictObject({
      /** May the student run the computer's games with their levers? */
      allowed: z.boolean().default(true),
      /** Games per setting in the lab (the class view also plays this many with each student's levers). */
      runs: z.int().min(1).max(1000).default(20),
      measures: z.array(z.enum(LAB_MEASURES)).min(1).max(LAB_MEASURES.length).default([...LAB_MEASURES]),
    })
    .default({ allowed: true, runs: 20, measures: [...LAB_MEASURES] }),
});

export type Exercise = z.infer<typeof ExerciseSchema>;
export type ExerciseInput = z.input<typeof ExerciseSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type LessonPlan = z.infer<typeof LessonPlanSchema>;
export type OpenLever = z.infer<typeof OpenLeverSchema>;

export type ParseExerciseResult = { readonly ok: true; readonly exercise: Exercise } | { readonly ok: false; readonly errors: readonly FileError[] };

/** A JSON file's text read as an object, or the first-level problems (shared by exercises and results). */
export const readJsonObject = (text: string, maxBytes: number, what: string): { ok: true; value: Record<string, unknown> } | { ok: false; errors: FileError[] } => {
  const big = textTooLarge(text, maxBytes, what);
  if (big) return { ok: false, errors: [big] };
  if (text.charCodeAt(0) === 0xfeff) return { ok: false, errors: [{ path: '', message: 'the file starts with a byte-order mark; save it as UTF-8 without one' }] };
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, errors: [{ path: '', message: `not valid JSON: line ${json.line}, column ${json.column}: ${json.message}` }] };
  const raw = json.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, errors: [{ path: '', message: 'expected one JSON object ({ … })' }] };
  const forbidden = forbiddenKeys(raw);
  if (forbidden.length) return { ok: false, errors: forbidden };
  return { ok: true, value: raw as Record<string, unknown> };
};

/** Reads an exercise file's text. Never throws; every problem has its JSON path. Cross-checks with the scenario are separate. */
export const parseExercise = (text: string): ParseExerciseResult => {
  const read = readJsonObject(text, EXERCISE_MAX_BYTES, 'exercise files');
  if (!read.ok) return { ok: false, errors: read.errors.map((e) => ({ path: e.path, message: `not an exercise: ${e.message}` })) };
  const version = read.value.exerciseVersion;
  if (version !== EXERCISE_VERSION) {
    const what = version === undefined ? 'has no exerciseVersion' : `is of exerciseVersion ${JSON.stringify(version)}`;
    return { ok: false, errors: [{ path: 'exerciseVersion', message: `this exercise ${what}; this game reads version ${EXERCISE_VERSION}` }] };
  }
  const parsed = ExerciseSchema.safeParse(read.value, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error, ExerciseSchema, read.value) };
  const ids = new Set<string>();
  const errors: FileError[] = [];
  parsed.data.questions.forEach((q, i) => {
    if (ids.has(q.id)) errors.push({ path: `questions[${i}].id`, message: `question id '${q.id}' is used twice` });
    ids.add(q.id);
  });
  parsed.data.levers.open.forEach((l, i) => {
    if (l.id in parsed.data.levers.fixed) errors.push({ path: `levers.open[${i}].id`, message: `lever '${l.id}' is both fixed and open` });
  });
  if (new Set(parsed.data.play.sides).size !== parsed.data.play.sides.length) errors.push({ path: 'play.sides', message: 'a side is listed twice' });
  return errors.length ? { ok: false, errors } : { ok: true, exercise: parsed.data };
};

/** The exercise's content hash: a result names the exercise it answers by this. */
export const exerciseHash = (exercise: Exercise): string => hashValue(exercise);

/** The exercise as file text (two-space JSON, keys in schema order). */
export const serializeExercise = (exercise: Exercise): string => `${JSON.stringify(exercise, null, 2)}\n`;
