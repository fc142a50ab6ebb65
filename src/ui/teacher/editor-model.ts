/**
 * The exercise editor's draft, free of the DOM: what the form holds (text as typed, a mode per lever), the exercise
 * object it stands for, and its check — `parseExercise` on exactly the text the download would write, then the
 * cross-check with the scenario's levers. A draft is made from an exercise to edit it, so a teacher's file round-trips.
 */
import { checkExercise, DEFAULT_LESSON_PLAN, DEFAULT_QUESTIONS, EXERCISE_VERSION, LAB_MEASURES, parseExercise, serializeExercise, type Exercise, type LabMeasure } from '../../exercise';
import type { FileError } from '../../format';
import { contentHash, type Scenario } from '../../scenario';

export type LeverMode = 'history' | 'fixed' | 'open';

export interface LeverDraft {
  mode: LeverMode;
  /** The fixed value. */
  value: number;
  /** The open range (the lever's own when not narrowed). */
  min: number;
  max: number;
}

export interface StageDraft {
  name: string;
  minutes: number;
  what: string;
}

export interface QuestionDraft {
  id: string;
  text: string;
}

export interface EditorDraft {
  scenarioId: string;
  id: string;
  /** The id follows the title until the teacher types one. */
  idTouched: boolean;
  title: string;
  className: string;
  author: string;
  briefing: string;
  sides: { soviet: boolean; japanese: boolean };
  difficulty: Exercise['play']['difficulty'];
  /** As typed: "1, 2, 3". */
  seeds: string;
  levers: Record<string, LeverDraft>;
  stages: StageDraft[];
  questions: QuestionDraft[];
  teacherNotes: string;
  labAllowed: boolean;
  labRuns: number;
  measures: Record<LabMeasure, boolean>;
}

/** An id from a title: lower-case letters, digits and hyphens, as the format asks. */
export const slug = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

export const presetStages = (): StageDraft[] => DEFAULT_LESSON_PLAN.stages.map((s) => ({ name: s.name, minutes: s.minutes, what: s.what ?? '' }));

export const leverDrafts = (scenario: Scenario): Record<string, LeverDraft> =>
  Object.fromEntries(scenario.levers.map((l) => [l.id, { mode: 'history' as LeverMode, value: l.default, min: l.min, max: l.max }]));

export const newDraft = (scenario: Scenario): EditorDraft => ({
  scenarioId: scenario.id,
  id: '',
  idTouched: false,
  title: '',
  className: '',
  author: '',
  briefing: '',
  sides: { soviet: true, japanese: false },
  difficulty: 'regular',
  seeds: '1',
  levers: leverDrafts(scenario),
  stages: presetStages(),
  questions: DEFAULT_QUESTIONS.map((q) => ({ ...q })),
  teacherNotes: '',
  labAllowed: true,
  labRuns: 20,
  measures: Object.fromEntries(LAB_MEASURES.map((m) => [m, true])) as Record<LabMeasure, boolean>,
});

/** A draft of an existing exercise (its levers laid over the scenario's; levers the scenario lacks are kept as fixed). */
export const draftOf = (exercise: Exercise, scenario: Scenario | undefined): EditorDraft => {
  const levers = scenario ? leverDrafts(scenario) : {};
  for (const [id, value] of Object.entries(exercise.levers.fixed)) levers[id] = { ...(levers[id] ?? { min: value, max: value }), mode: 'fixed', value };
  for (const open of exercise.levers.open) {
    const own = levers[open.id] ?? { mode: 'open', value: open.min ?? 0, min: open.min ?? 0, max: open.max ?? 0 };
    levers[open.id] = { ...own, mode: 'open', min: open.min ?? own.min, max: open.max ?? own.max };
  }
  return {
    scenarioId: exercise.scenarioId,
    id: exercise.id,
    idTouched: true,
    title: exercise.title,
    className: exercise.className ?? '',
    author: exercise.author ?? '',
    briefing: exercise.briefing,
    sides: { soviet: exercise.play.sides.includes('soviet'), japanese: exercise.play.sides.includes('japanese') },
    difficulty: exercise.play.difficulty,
    seeds: exercise.play.seeds.join(', '),
    levers,
    stages: exercise.lessonPlan.stages.map((s) => ({ name: s.name, minutes: s.minutes, what: s.what ?? '' })),
    questions: exercise.questions.map((q) => ({ ...q })),
    teacherNotes: exercise.teacherNotes ?? '',
    labAllowed: exercise.lab.allowed,
    labRuns: exercise.lab.runs,
    measures: Object.fromEntries(LAB_MEASURES.map((m) => [m, exercise.lab.measures.includes(m)])) as Record<LabMeasure, boolean>,
  };
};

/** The seeds as typed, read: numbers, or the tokens that are not. */
const readSeeds = (text: string): { seeds: number[]; bad: string[] } => {
  const tokens = text.split(/[\s,;]+/).filter((t) => t !== '');
  const bad = tokens.filter((t) => !/^\d+$/.test(t));
  return { seeds: tokens.filter((t) => /^\d+$/.test(t)).map(Number), bad };
};

/** The exercise object the draft stands for (not yet checked): empty optional fields are left out. */
export const exerciseObject = (d: EditorDraft, scenario: Scenario | undefined): Record<string, unknown> => {
  const fixed: Record<string, number> = {};
  const open: { id: string; min: number; max: number }[] = [];
  for (const [id, l] of Object.entries(d.levers)) {
    if (l.mode === 'fixed') fixed[id] = l.value;
    if (l.mode === 'open') open.push({ id, min: l.min, max: l.max });
  }
  const optional = (key: string, v: string) => (v.trim() ? { [key]: v.trim() } : {});
  return {
    exerciseVersion: EXERCISE_VERSION,
    id: d.id,
    title: d.title,
    ...optional('className', d.className),
    ...optional('author', d.author),
    scenarioId: d.scenarioId,
    ...(scenario && scenario.id === d.scenarioId ? { scenarioHash: contentHash(scenario) } : {}),
    briefing: d.briefing,
    play: { sides: (['soviet', 'japanese'] as const).filter((s) => d.sides[s]), difficulty: d.difficulty, seeds: readSeeds(d.seeds).seeds },
    levers: { fixed, open },
    lessonPlan: { stages: d.stages.map((s) => ({ name: s.name, minutes: s.minutes, ...(s.what.trim() ? { what: s.what.trim() } : {}) })) },
    questions: d.questions.map((q) => ({ id: q.id, text: q.text })),
    ...optional('teacherNotes', d.teacherNotes),
    lab: { allowed: d.labAllowed, runs: d.labRuns, measures: LAB_MEASURES.filter((m) => d.measures[m]) },
  };
};

export type DraftCheck = { readonly ok: true; readonly exercise: Exercise; readonly text: string } | { readonly ok: false; readonly errors: readonly FileError[] };

/** The draft checked as its file would be read, then against the scenario: every problem with its path. */
export const checkDraft = (d: EditorDraft, scenario: Scenario | undefined): DraftCheck => {
  const errors: FileError[] = [];
  const { bad } = readSeeds(d.seeds);
  if (bad.length) errors.push({ path: 'play.seeds', message: `seeds are whole numbers separated by commas; ${bad.slice(0, 3).map((b) => `'${b.slice(0, 20)}'`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not` });
  const parsed = parseExercise(JSON.stringify(exerciseObject(d, scenario)));
  if (!parsed.ok) return { ok: false, errors: [...errors, ...parsed.errors] };
  if (!scenario) errors.push({ path: 'scenarioId', message: `the scenario '${d.scenarioId}' is not installed here` });
  else errors.push(...checkExercise(parsed.exercise, scenario).errors);
  if (errors.length) return { ok: false, errors };
  return { ok: true, exercise: parsed.exercise, text: serializeExercise(parsed.exercise) };
};

export const totalMinutes = (d: EditorDraft): number => d.stages.reduce((s, st) => s + (Number.isFinite(st.minutes) ? st.minutes : 0), 0);
