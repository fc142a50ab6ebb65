/**
 * A student's result: one file per attempt that they hand in — which exercise it answers, who they are, what they
 * chose, their prediction and answers, their game record(s) and the after-action report. The checksum (a hash of
 * everything else) shows damage or a hand edit; the class view also replays each record and checks the outcome it
 * claims, which no edit of the text can fake without playing the game. With no server and no account it cannot be a
 * signature, and the format says so (docs/exercise-format.md).
 */
import { z } from 'zod';
import { hashValue } from '../engine';
import { zodErrors, type FileError } from '../format';
import { readJsonObject } from './exercise-file';

export const RESULT_VERSION = 1;
/** A result carries whole game records (August's is ~0.5 MB); ten attempts' records and the text fit well inside. */
export const RESULT_MAX_BYTES = 25 * 1024 * 1024;

const side = z.enum(['soviet', 'japanese']);
const winner = z.enum(['soviet', 'japanese', 'draw']);
const name = z.string().trim().min(1).max(60);
const hex16 = z.string().regex(/^[0-9a-f]{16}$/, { error: 'a hash of 16 hex digits expected' });
const bySideInt = z.strictObject({ soviet: z.int(), japanese: z.int() });

const OutcomeSchema = z.strictObject({
  winner,
  /** "decisive" | "marginal" | "draw" as the scenario's victory rules call it. */
  level: z.string().max(40).optional(),
  points: bySideInt,
  /** Soviet points minus Japanese points. */
  margin: z.int(),
  /** The turn the game ended in (or was handed in at, when unfinished). */
  turn: z.int().min(0).max(10_000),
  finished: z.boolean(),
});

const TimelineRowSchema = z.strictObject({
  id: z.string().max(80),
  name: z.string().max(200),
  gameTurn: z.int().nullable(),
  historicalTurn: z.int().nullable(),
  historicalDate: z.string().max(80).nullable(),
});
const LossRowSchema = z.strictObject({
  side,
  figure: z.string().max(40),
  game: z.number().nullable(),
  historical: z.number().nullable(),
  covers: z.string().max(200).optional(),
});
const MomentSchema = z.strictObject({
  turn: z.int().min(0),
  side: side.optional(),
  what: z.string().max(500),
  /** How large the swing was, in the unit `measure` names (objective points, men). */
  swing: z.number(),
  measure: z.enum(['points', 'men', 'tanks']),
});
/** Where this game falls among the computer's games with the same levers. */
const AmongSchema = z.strictObject({
  runs: z.int().min(1).max(10_000),
  sameWinner: z.int().min(0),
  /** The share of computer games whose margin was below this game's, 0–100. */
  marginPercentile: z.number().min(0).max(100).nullable(),
  text: z.string().max(500),
});

export const AfterActionSchema = z.strictObject({
  /** Short sentences first: the outcome against history, the decisive moment, the losses against the record. */
  summary: z.array(z.string().max(500)).max(12),
  outcome: OutcomeSchema,
  historicalWinner: winner.nullable(),
  historicalResult: z.string().max(500).nullable(),
  timeline: z.array(TimelineRowSchema).max(200),
  losses: z.array(LossRowSchema).max(100),
  decisiveMoments: z.array(MomentSchema).max(20),
  amongComputer: AmongSchema.nullable(),
});

const GameSchema = z.strictObject({
  /** The game record as `serializeRecord` writes it, embedded as an object (read with `parseRecord`). */
  record: z.record(z.string(), z.unknown()),
  outcome: OutcomeSchema,
});

export const ResultSchema = z.strictObject({
  resultVersion: z.literal(RESULT_VERSION),
  exercise: z.strictObject({ id: z.string().min(1).max(60), title: z.string().min(1).max(120), hash: hex16 }),
  className: name,
  student: name,
  attempt: z.int().min(1).max(99),
  /** ISO 8601 time the file was made (from the student's clock: informative only). */
  submittedAt: z.iso.datetime(),
  engineVersion: z.string().min(1).max(40),
  choices: z.strictObject({
    side,
    difficulty: z.enum(['recruit', 'regular', 'veteran']),
    seed: z.int().min(0),
    /** Every lever's value the game was played with (fixed, open and history's). */
    levers: z.record(z.string().max(80), z.int()),
    /** Did the student play, or only run the lab? */
    played: z.boolean(),
  }),
  prediction: z.string().max(10_000).optional(),
  answers: z.array(z.strictObject({ questionId: z.string().min(1).max(60), text: z.string().max(20_000) })).max(20),
  games: z.array(GameSchema).max(10),
  afterAction: AfterActionSchema.nullable(),
  /** The lab the student ran within the exercise, summed up (A: history, B: their levers). */
  lab: z
    .strictObject({
      runs: z.int().min(1).max(1000),
      levers: z.record(z.string().max(80), z.int()),
      wins: z.strictObject({ soviet: z.int().min(0), japanese: z.int().min(0), draw: z.int().min(0) }),
    })
    .optional(),
  checksum: hex16,
});

export type ExerciseResult = z.infer<typeof ResultSchema>;
export type ResultBody = Omit<ExerciseResult, 'checksum'>;
export type AfterActionSummary = z.infer<typeof AfterActionSchema>;
export type GameOutcome = z.infer<typeof OutcomeSchema>;

/**
 * A result read from a file. A bad checksum does not refuse the file (the teacher still wants to see it): the class
 * view flags it.
 */
export type ParseResultResult =
  | { readonly ok: true; readonly result: ExerciseResult; readonly checksumOk: boolean }
  | { readonly ok: false; readonly errors: readonly FileError[] };

/** The checksum of everything but the checksum. */
export const resultChecksum = (body: ResultBody): string => hashValue({ ...body, checksum: undefined });

export const sealResult = (body: ResultBody): ExerciseResult => ({ ...body, checksum: resultChecksum(body) });

export const parseResult = (text: string): ParseResultResult => {
  const read = readJsonObject(text, RESULT_MAX_BYTES, 'result files');
  if (!read.ok) return { ok: false, errors: read.errors.map((e) => ({ path: e.path, message: `not a result file: ${e.message}` })) };
  const version = read.value.resultVersion;
  if (version !== RESULT_VERSION) {
    const what = version === undefined ? 'has no resultVersion' : `is of resultVersion ${JSON.stringify(version)}`;
    return { ok: false, errors: [{ path: 'resultVersion', message: `this result file ${what}; this game reads version ${RESULT_VERSION}` }] };
  }
  const parsed = ResultSchema.safeParse(read.value, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error, ResultSchema, read.value) };
  const { checksum, ...body } = parsed.data;
  return { ok: true, result: parsed.data, checksumOk: resultChecksum(body) === checksum };
};

export const serializeResult = (result: ExerciseResult): string => `${JSON.stringify(result, null, 1)}\n`;

/** `class_student_attempt.json`, each part reduced to letters (any alphabet), digits and hyphens so any file system takes it. */
export const resultFileName = (className: string, student: string, attempt: number): string => {
  const part = (s: string) =>
    s
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'unnamed';
  return `${part(className)}_${part(student)}_${attempt}.json`;
};
