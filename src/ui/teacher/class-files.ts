/**
 * A class's files as the teacher opens them (many at once, a folder, or dropped): each file read as a student's
 * result, or as the exercise itself when one is among them; files that are neither are named with the reason; the
 * results grouped by the exercise they answer (id and hash), so one class view shows one exercise. No DOM here: the
 * page hands over names and texts, the tests do the same.
 */
import { EXERCISE_MAX_BYTES, parseExercise, parseResult, RESULT_MAX_BYTES, type Exercise, type ExerciseResult } from '../../exercise';

export interface ClassFile {
  readonly name: string;
  readonly text: string;
}

export interface LoadedResult {
  readonly fileName: string;
  readonly result: ExerciseResult;
}

/** The results that answer one exercise (one id and hash). */
export interface ResultGroup {
  readonly key: string;
  readonly exerciseId: string;
  readonly title: string;
  readonly hash: string;
  readonly results: readonly LoadedResult[];
}

export interface ClassFiles {
  readonly groups: readonly ResultGroup[];
  /** Exercise files among the opened ones (the teacher's own copy), parsed. */
  readonly exercises: readonly Exercise[];
  /** One sentence per file that could not be used. */
  readonly problems: readonly string[];
}

/** Nothing bigger is read (a result holds at most ten records of about 0.5 MB). */
export const MAX_FILE_BYTES = Math.max(RESULT_MAX_BYTES, EXERCISE_MAX_BYTES);

/** Which kind a file says it is, from its first few kilobytes (as `validate` tells records from scenarios). */
const kindOf = (text: string): 'result' | 'exercise' | 'other' => {
  const head = text.slice(0, 4096);
  if (/"resultVersion"\s*:/.test(head)) return 'result';
  if (/"exerciseVersion"\s*:/.test(head)) return 'exercise';
  return 'other';
};

const firstError = (errors: readonly { path: string; message: string }[]): string => {
  const e = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return e ? `${e.path ? `${e.path}: ` : ''}${e.message}${more}` : 'unreadable';
};

export const readClassFiles = (files: readonly ClassFile[]): ClassFiles => {
  const problems: string[] = [];
  const exercises: Exercise[] = [];
  const byKey = new Map<string, { exerciseId: string; title: string; hash: string; results: LoadedResult[] }>();
  const seen = new Set<string>();
  for (const f of files) {
    const kind = kindOf(f.text);
    if (kind === 'exercise') {
      const parsed = parseExercise(f.text);
      if (parsed.ok) exercises.push(parsed.exercise);
      else problems.push(`${f.name}: not a usable exercise file: ${firstError(parsed.errors)}`);
      continue;
    }
    if (kind === 'other') {
      problems.push(`${f.name}: not a result file (it has no resultVersion); left out.`);
      continue;
    }
    const parsed = parseResult(f.text);
    if (!parsed.ok) {
      problems.push(`${f.name}: ${firstError(parsed.errors)}`);
      continue;
    }
    const r = parsed.result;
    // The same file opened twice (a file and then its folder) is shown once.
    const id = `${r.className}\u0000${r.student}\u0000${r.attempt}\u0000${r.checksum}`;
    if (seen.has(id)) {
      problems.push(`${f.name}: the same result as another file (${r.student}, attempt ${r.attempt}); shown once.`);
      continue;
    }
    seen.add(id);
    const key = `${r.exercise.id}@${r.exercise.hash}`;
    const group = byKey.get(key) ?? { exerciseId: r.exercise.id, title: r.exercise.title, hash: r.exercise.hash, results: [] };
    group.results.push({ fileName: f.name, result: r });
    byKey.set(key, group);
  }
  const order = (a: LoadedResult, b: LoadedResult) =>
    a.result.className.localeCompare(b.result.className) || a.result.student.localeCompare(b.result.student) || a.result.attempt - b.result.attempt;
  const groups = [...byKey.entries()]
    .map(([key, g]) => ({ key, ...g, results: g.results.sort(order) }))
    // The largest group first: that is the class; the others are usually strays from another lesson.
    .sort((a, b) => b.results.length - a.results.length || a.title.localeCompare(b.title));
  return { groups, exercises, problems };
};
