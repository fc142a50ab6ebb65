/**
 * Checking an exercise file from the command line (`validate`): the schema, then the cross-check with the bundled
 * scenario it names (levers exist, values and ranges within each lever's own, sides playable).
 */
import { formatFileError } from '../scenario';
import { bundledScenarios } from '../game/node';
import { checkExercise, parseExercise } from '../exercise';

export type ExerciseFileCheck = { readonly ok: boolean; readonly lines: readonly string[] };

export const checkExerciseText = (text: string): ExerciseFileCheck => {
  const parsed = parseExercise(text);
  if (!parsed.ok) return { ok: false, lines: parsed.errors.map(formatFileError) };
  const ex = parsed.exercise;
  const scenario = bundledScenarios().get(ex.scenarioId);
  if (!scenario) return { ok: false, lines: [`scenarioId: no bundled scenario '${ex.scenarioId}' (bundled: ${bundledScenarios().ids.join(', ')})`] };
  const check = checkExercise(ex, scenario);
  const warnings = check.warnings.map((w) => `warning: ${formatFileError(w)}`);
  if (!check.ok) return { ok: false, lines: [...check.errors.map(formatFileError), ...warnings] };
  const open = ex.levers.open.map((l) => l.id);
  const summary =
    `${ex.id} exercise: ok — ${scenario.id}, ${ex.play.sides.join(' or ')} at ${ex.play.difficulty}, ${ex.play.seeds.length} seed${ex.play.seeds.length === 1 ? '' : 's'}, ` +
    `${Object.keys(ex.levers.fixed).length} fixed and ${open.length} open lever${open.length === 1 ? '' : 's'}${open.length ? ` (${open.join(', ')})` : ''}, ` +
    `${ex.questions.length} question${ex.questions.length === 1 ? '' : 's'}, a ${ex.lessonPlan.stages.reduce((s, st) => s + st.minutes, 0)}-minute lesson`;
  return { ok: true, lines: [summary, ...warnings] };
};
