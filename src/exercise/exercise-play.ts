/**
 * What an exercise plays and what a student hands in: the levers of the game (history's, then the teacher's fixed
 * ones, then the student's within their ranges), the seed of an attempt, and the result file's body from the page's
 * draft. Pure, so the student's page, the class view and the tests agree on them.
 */
import type { Side } from '../engine';
import { serializeRecord, type GameRecord } from '../replay';
import { leverDefaults, type Scenario } from '../scenario';
import { exerciseHash, type Exercise } from './exercise-file';
import { openLeverRange } from './exercise-check';
import type { AfterActionSummary, GameOutcome, ResultBody } from './result-file';

/** Attempt k plays seeds[(k − 1) mod n]. */
export const exerciseSeed = (exercise: Exercise, attempt: number): number => {
  const seeds = exercise.play.seeds;
  const k = Math.max(1, Math.floor(attempt));
  return seeds[(k - 1) % seeds.length]!;
};

/** A chosen value moved into [min, max] and onto the lever's steps (a slider cannot leave them; a stored draft might). */
const fit = (value: number, min: number, max: number, leverMin: number, step: number): number => {
  const stepped = leverMin + Math.round((value - leverMin) / step) * step;
  return Math.min(max, Math.max(min, Number.isFinite(stepped) ? stepped : min));
};

/** Every lever's value for the game: history's defaults, the exercise's fixed values, the student's open ones. */
export const exerciseLevers = (exercise: Exercise, scenario: Scenario, chosen: Readonly<Record<string, number>>): Record<string, number> => {
  const values = leverDefaults(scenario);
  for (const [id, v] of Object.entries(exercise.levers.fixed)) if (id in values) values[id] = v;
  for (const open of exercise.levers.open) {
    const lever = scenario.levers.find((l) => l.id === open.id);
    const range = openLeverRange(open, scenario);
    const v = chosen[open.id];
    if (!lever || !range || v === undefined) continue;
    values[open.id] = fit(v, range.min, range.max, lever.min, lever.step);
  }
  return values;
};

/** What the student's page keeps while they work (and the result file is made from). */
export interface StudentDraft {
  readonly className: string;
  readonly student: string;
  readonly attempt: number;
  readonly side: Side;
  /** The open levers' values the student chose. */
  readonly levers: Readonly<Record<string, number>>;
  readonly prediction: string;
  /** Question id → answer. */
  readonly answers: Readonly<Record<string, string>>;
}

export interface PlayedGame {
  readonly record: GameRecord;
  readonly outcome: GameOutcome;
}

export interface LabSummary {
  readonly runs: number;
  readonly levers: Readonly<Record<string, number>>;
  readonly wins: { readonly soviet: number; readonly japanese: number; readonly draw: number };
}

/** The result file's body (seal it with `sealResult`). The teacher's notes never go into it. */
export const resultBody = (
  exercise: Exercise,
  draft: StudentDraft,
  made: {
    readonly engineVersion: string;
    readonly submittedAt: string;
    readonly levers: Readonly<Record<string, number>>;
    readonly game: PlayedGame | null;
    readonly afterAction: AfterActionSummary | null;
    readonly lab: LabSummary | null;
  },
): ResultBody => ({
  resultVersion: 1,
  exercise: { id: exercise.id, title: exercise.title, hash: exerciseHash(exercise) },
  className: exercise.className ?? draft.className.trim(),
  student: draft.student.trim(),
  attempt: draft.attempt,
  submittedAt: made.submittedAt,
  engineVersion: made.engineVersion,
  choices: { side: draft.side, difficulty: exercise.play.difficulty, seed: exerciseSeed(exercise, draft.attempt), levers: { ...made.levers }, played: made.game !== null },
  ...(draft.prediction.trim() ? { prediction: draft.prediction } : {}),
  answers: exercise.questions.map((q) => ({ questionId: q.id, text: draft.answers[q.id] ?? '' })),
  // The record exactly as its file would be, so `parseRecord(JSON.stringify(game.record))` reads it back.
  games: made.game ? [{ record: JSON.parse(serializeRecord(made.game.record)) as Record<string, unknown>, outcome: made.game.outcome }] : [],
  afterAction: made.afterAction,
  ...(made.lab ? { lab: { runs: made.lab.runs, levers: { ...made.lab.levers }, wins: { ...made.lab.wins } } } : {}),
});

/** Why the draft cannot be handed in yet (a name, a class), or null. */
export const draftProblems = (exercise: Exercise, draft: StudentDraft): string[] => {
  const out: string[] = [];
  if (!draft.student.trim()) out.push('Write your name.');
  if (!exercise.className && !draft.className.trim()) out.push('Write your class.');
  if (!Number.isInteger(draft.attempt) || draft.attempt < 1 || draft.attempt > 99) out.push('The attempt is a number from 1 to 99.');
  if (draft.student.trim().length > 60 || draft.className.trim().length > 60) out.push('A name or class may be at most 60 characters.');
  return out;
};
