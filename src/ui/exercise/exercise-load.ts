/**
 * Getting an exercise's text from where `?exercise=` or the menu points, and reading it: fetched (same-origin or with
 * CORS, no cookies), from a file, or from this browser's store; then parsed and checked against the scenario it names.
 * Every failure is a sentence that says what failed — never a throw.
 */
import { checkExercise, EXERCISE_MAX_BYTES, exerciseHash, parseExercise, type Exercise } from '../../exercise';
import type { Scenario } from '../../scenario';
import type { ExerciseSource } from './exercise-source';
import { loadWork } from './exercise-store';

export type ExerciseText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string };

export const fetchExerciseText = async (source: ExerciseSource): Promise<ExerciseText> => {
  if (source.kind === 'stored') {
    const { work, problem } = await loadWork(source.hash);
    if (work) return { ok: true, text: work.text };
    return { ok: false, problem: problem ?? 'That exercise is not kept in this browser any more; open its file again.' };
  }
  const where = source.kind === 'bundled' ? `the shipped exercise "${source.id}"` : source.url;
  let res: Response;
  try {
    res = await fetch(source.url, { mode: source.kind === 'url' && !source.sameOrigin ? 'cors' : 'same-origin', credentials: 'omit' });
  } catch {
    return {
      ok: false,
      problem:
        source.kind === 'url' && !source.sameOrigin
          ? `${where} could not be fetched: the site did not answer, or it does not let other sites read the file (CORS). Download the file and open it with "Open exercise…" instead.`
          : `${where} could not be fetched (are you offline, and was the page never opened with it?).`,
    };
  }
  if (!res.ok) return { ok: false, problem: `${where} could not be fetched: the server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.` };
  // A server that answers every unknown path with its home page (a single-page app's fallback) sends HTML, not JSON.
  if ((res.headers.get('content-type') ?? '').includes('text/html')) return { ok: false, problem: `${where} is a web page, not an exercise file: is the address right?` };
  const length = Number(res.headers.get('content-length') ?? '0');
  if (length > EXERCISE_MAX_BYTES) return { ok: false, problem: `${where} is ${Math.round(length / 1024)} KB; exercise files may be at most ${EXERCISE_MAX_BYTES / 1024} KB.` };
  return { ok: true, text: await res.text() };
};

export const readExerciseFile = async (file: File): Promise<ExerciseText> => {
  if (file.size > EXERCISE_MAX_BYTES) return { ok: false, problem: `${file.name} is ${Math.round(file.size / 1024)} KB; exercise files may be at most ${EXERCISE_MAX_BYTES / 1024} KB.` };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, problem: `${file.name} could not be read.` };
  }
};

export type OpenedExercise =
  | { readonly ok: true; readonly exercise: Exercise; readonly hash: string; readonly scenario: Scenario; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Parses the text and checks it against the installed scenario; each problem names its field. */
export const openExerciseText = (text: string, scenarioOf: (id: string) => Scenario | undefined, installed: readonly string[]): OpenedExercise => {
  const parsed = parseExercise(text);
  const at = (e: { path: string; message: string }) => (e.path ? `${e.path}: ${e.message}` : e.message);
  if (!parsed.ok) return { ok: false, problems: parsed.errors.slice(0, 8).map(at) };
  const scenario = scenarioOf(parsed.exercise.scenarioId);
  if (!scenario) return { ok: false, problems: [`scenarioId: this game has no scenario "${parsed.exercise.scenarioId}" (it has ${installed.join(', ')}).`] };
  const check = checkExercise(parsed.exercise, scenario);
  if (!check.ok) return { ok: false, problems: check.errors.slice(0, 8).map(at) };
  return { ok: true, exercise: parsed.exercise, hash: exerciseHash(parsed.exercise), scenario, warnings: check.warnings.map(at) };
};
