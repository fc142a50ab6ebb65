/**
 * Real result files for tests: a whole game played by the computer on a bundled scenario (src/game runGame), its
 * record with the student's side marked as a human's (as the student's page writes it), the outcome the replay
 * gives, sealed with the real checksum. Shared by the checkResult, validate and class-view tests.
 */
import { exerciseHash, gameOutcome, parseExercise, sealResult, type Exercise, type ExerciseResult } from '../../src/exercise';
import { headlessRecord, loadScenarioGame, runGame, type LoadedScenario } from '../../src/game/node';
import type { Side } from '../../src/engine';

export const loadBundled = (id: string): LoadedScenario => {
  const l = loadScenarioGame(id);
  if (!l.ok) throw new Error(l.message);
  return l;
};

/** A small tutorial exercise: the Soviet side, seeds 1–3, the defenders' strength open from 50 to 150 %. */
export const tutorialExercise = (): Exercise => {
  const r = parseExercise(
    JSON.stringify({
      exerciseVersion: 1,
      id: 'tutorial-river',
      title: 'Across the river',
      className: '9B',
      scenarioId: 'tutorial',
      briefing: 'Cross the river and take the hill.',
      play: { sides: ['soviet'], difficulty: 'regular', seeds: [1, 2, 3] },
      levers: { open: [{ id: 'tutorial-japanese-strength', min: 50, max: 150 }] },
      lab: { runs: 4 },
    }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.exercise;
};

/** An Azuma exercise (history recorded, so the class view has history's outcome and timings to set games against). */
export const azumaExercise = (): Exercise => {
  const r = parseExercise(
    JSON.stringify({
      exerciseVersion: 1,
      id: 'azuma-lorries',
      title: 'Azuma: could the lorries have saved him?',
      className: '10A',
      scenarioId: 'azuma-encirclement',
      briefing: 'Azuma’s detachment is cut off at the bridge.',
      play: { sides: ['soviet'], difficulty: 'regular', seeds: [1, 2, 3] },
      levers: { open: [{ id: 'japanese-trucks', min: 100, max: 400 }] },
      lab: { runs: 4 },
    }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.exercise;
};

export interface ResultSpec {
  readonly student: string;
  readonly seed: number;
  readonly levers?: Readonly<Record<string, number>>;
  readonly side?: Side;
  readonly attempt?: number;
  readonly className?: string;
}

/** One student's sealed result: a real game with `spec`'s seed and levers on `loaded`'s scenario. */
export const realResult = (loaded: LoadedScenario, exercise: Exercise, spec: ResultSpec): ExerciseResult => {
  const side = spec.side ?? exercise.play.sides[0]!;
  const difficulty = { soviet: exercise.play.difficulty, japanese: exercise.play.difficulty };
  const start = loaded.start(spec.seed, spec.levers ?? {});
  if (!start.ok) throw new Error(start.message);
  const out = runGame({ state: start.state, plan: loaded.plan, difficulty, seed: spec.seed, levers: start.levers, engineVersion: loaded.engineVersion });
  const record = headlessRecord(out.game, { engineVersion: loaded.engineVersion, seed: spec.seed, difficulty }, start.state.setup);
  const played = { ...record, sides: { ...record.sides!, [side]: { player: 'human' as const } } };
  return sealResult({
    resultVersion: 1,
    exercise: { id: exercise.id, title: exercise.title, hash: exerciseHash(exercise) },
    className: spec.className ?? exercise.className ?? '9B',
    student: spec.student,
    attempt: spec.attempt ?? 1,
    submittedAt: '2026-12-03T09:00:00.000Z',
    engineVersion: loaded.engineVersion,
    choices: { side, difficulty: exercise.play.difficulty, seed: spec.seed, levers: { ...start.levers }, played: true },
    prediction: 'The Soviet side crosses and wins.',
    answers: exercise.questions.map((q) => ({ questionId: q.id, text: `${spec.student} on ${q.id}.` })),
    games: [{ record: played as unknown as Record<string, unknown>, outcome: gameOutcome(out.game.state) }],
    afterAction: null,
  });
};
