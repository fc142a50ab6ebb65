/**
 * The exercise layer's front door: a teacher's exercise file and a student's result file — their schemas, parsers
 * (every problem with its JSON path, never a throw), checksums and file names. Browser-safe; above engine and format.
 * Other layers import these names from here, never from the files behind them.
 */
export { checkResult, type GameCheck, type GameVerdict, type ResultCheck } from './check-result';
export {
  DEFAULT_LESSON_PLAN,
  DEFAULT_QUESTIONS,
  EXERCISE_MAX_BYTES,
  EXERCISE_VERSION,
  type Exercise,
  exerciseHash,
  type ExerciseInput,
  ExerciseSchema,
  LAB_MEASURES,
  type LabMeasure,
  type LessonPlan,
  type OpenLever,
  parseExercise,
  type ParseExerciseResult,
  type Question,
  serializeExercise,
} from './exercise-file';
export {
  type AfterActionSummary,
  type ExerciseResult,
  type GameOutcome,
  parseResult,
  type ParseResultResult,
  RESULT_MAX_BYTES,
  RESULT_VERSION,
  type ResultBody,
  resultChecksum,
  resultFileName,
  ResultSchema,
  sealResult,
  serializeResult,
} from './result-file';
export { checkExercise, type ExerciseCheck, openLeverRange } from './exercise-check';
export { type AfterActionBuild, type AfterActionOptions, buildAfterAction, shortDate, withAmongComputer } from './after-action-summary';
export { amongComputer, type AmongComputer, gameOutcome, marginText } from './game-outcome';
export { draftProblems, exerciseLevers, exerciseSeed, type LabSummary, type PlayedGame, resultBody, type StudentDraft } from './exercise-play';
