/**
 * The editor's check of an exercise against its scenario: every lever named exists, fixed values and open ranges are
 * values the lever allows, and the sides chosen have units to play. One small function, so helper play's
 * `checkExercise` (src/exercise, issue 12) can take its place when both branches are merged.
 */
import type { Exercise } from '../../exercise';
import type { FileError } from '../../format';
import { resolveLevers, type Scenario } from '../../scenario';

export const scenarioProblems = (exercise: Exercise, scenario: Scenario): FileError[] => {
  const errors: FileError[] = [];
  const ids = scenario.levers.map((l) => l.id).join(', ') || 'none';
  // resolveLevers names a value the lever does not allow (out of range, between steps) in a sentence.
  const valueProblem = (id: string, value: number): string | undefined => {
    const r = resolveLevers(scenario, { [id]: value });
    return r.ok ? undefined : r.errors[0];
  };
  exercise.play.sides.forEach((side, i) => {
    if (!scenario.units.some((u) => u.side === side)) errors.push({ path: `play.sides[${i}]`, message: `this scenario has no ${side} units to play` });
  });
  for (const [id, value] of Object.entries(exercise.levers.fixed)) {
    if (!scenario.levers.some((l) => l.id === id)) errors.push({ path: `levers.fixed.${id}`, message: `this scenario has no lever '${id}' (its levers: ${ids})` });
    else {
      const p = valueProblem(id, value);
      if (p) errors.push({ path: `levers.fixed.${id}`, message: p });
    }
  }
  exercise.levers.open.forEach((open, i) => {
    if (!scenario.levers.some((l) => l.id === open.id)) {
      errors.push({ path: `levers.open[${i}].id`, message: `this scenario has no lever '${open.id}' (its levers: ${ids})` });
      return;
    }
    for (const end of ['min', 'max'] as const) {
      const v = open[end];
      const p = v === undefined ? undefined : valueProblem(open.id, v);
      if (p) errors.push({ path: `levers.open[${i}].${end}`, message: p });
    }
  });
  return errors;
};
