/** The messages between the class view and its checking workers (check-worker.ts). Plain data: structured-cloned. */
import type { Exercise, ExerciseResult, ResultCheck } from '../../exercise';
import type { Scenario } from '../../scenario';

export interface CheckInit {
  readonly kind: 'init';
  readonly scenario: Scenario;
  readonly exercise: Exercise | null;
}

export interface CheckTask {
  readonly taskId: number;
  readonly result: ExerciseResult;
}

export interface CheckReply {
  readonly taskId: number;
  readonly check: ResultCheck;
}
