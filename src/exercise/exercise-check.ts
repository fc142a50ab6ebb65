/**
 * An exercise checked against the scenario it names: the schema (parseExercise) cannot know which levers a scenario has
 * or their ranges, so a teacher's typo ("japanese-truck") or a range beyond the lever's own would otherwise surface
 * only when a student presses Play. Every problem is an error with its JSON path; a scenario changed since the
 * exercise was written is a warning (the lesson still runs, its numbers may differ).
 */
import type { FileError } from '../format';
import { contentHash, leverValueProblem, type Scenario } from '../scenario';
import type { Exercise } from './exercise-file';

export interface ExerciseCheck {
  readonly ok: boolean;
  readonly errors: readonly FileError[];
  readonly warnings: readonly FileError[];
}

const didYouKnow = (scenario: Scenario): string =>
  scenario.levers.length ? ` (its levers: ${scenario.levers.map((l) => l.id).join(', ')})` : '; it has no levers';

export const checkExercise = (exercise: Exercise, scenario: Scenario): ExerciseCheck => {
  const errors: FileError[] = [];
  const warnings: FileError[] = [];
  if (exercise.scenarioId !== scenario.id) {
    errors.push({ path: 'scenarioId', message: `the exercise is for scenario '${exercise.scenarioId}', not '${scenario.id}'` });
  }
  if (exercise.scenarioHash !== undefined && exercise.scenarioHash !== contentHash(scenario)) {
    warnings.push({
      path: 'scenarioHash',
      message: `the scenario has changed since the exercise was written (${exercise.scenarioHash} → ${contentHash(scenario)}); results may differ from the teacher's`,
    });
  }
  exercise.play.sides.forEach((side, i) => {
    if (!scenario.units.some((u) => u.side === side)) errors.push({ path: `play.sides[${i}]`, message: `scenario '${scenario.id}' has no ${side} units to play` });
  });
  const leverOf = (id: string) => scenario.levers.find((l) => l.id === id);
  for (const [id, value] of Object.entries(exercise.levers.fixed)) {
    const lever = leverOf(id);
    if (!lever) {
      errors.push({ path: `levers.fixed.${id}`, message: `scenario '${scenario.id}' has no lever '${id}'${didYouKnow(scenario)}` });
      continue;
    }
    const problem = leverValueProblem(lever, value);
    if (problem) errors.push({ path: `levers.fixed.${id}`, message: problem });
  }
  exercise.levers.open.forEach((open, i) => {
    const lever = leverOf(open.id);
    if (!lever) {
      errors.push({ path: `levers.open[${i}].id`, message: `scenario '${scenario.id}' has no lever '${open.id}'${didYouKnow(scenario)}` });
      return;
    }
    const unit = lever.unit ? ` ${lever.unit}` : '';
    for (const end of ['min', 'max'] as const) {
      const v = open[end];
      if (v === undefined) continue;
      if (v < lever.min || v > lever.max) {
        errors.push({ path: `levers.open[${i}].${end}`, message: `lever '${lever.id}' runs from ${lever.min} to ${lever.max}${unit}; ${end} ${v} is outside it` });
      } else {
        const problem = leverValueProblem(lever, v);
        if (problem) errors.push({ path: `levers.open[${i}].${end}`, message: problem });
      }
    }
  });
  return { ok: errors.length === 0, errors, warnings };
};

/** The range a student may set an open lever in: the exercise's, or the lever's own where the exercise leaves it open. */
export const openLeverRange = (open: Exercise['levers']['open'][number], scenario: Scenario): { min: number; max: number } | undefined => {
  const lever = scenario.levers.find((l) => l.id === open.id);
  return lever ? { min: open.min ?? lever.min, max: open.max ?? lever.max } : undefined;
};
