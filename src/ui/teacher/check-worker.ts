/**
 * A class view worker: told the scenario (and the exercise, when the teacher has it) once, then checks one result
 * file per task with `checkResult` — the checksum and a replay of every embedded game. Replaying a whole battle takes
 * a second or more, so thirty files are checked off the page's thread, several at once (the lab's worker pool).
 */
import { checkResult, type Exercise } from '../../exercise';
import type { Scenario } from '../../scenario';
import type { CheckInit, CheckReply, CheckTask } from './check-messages';

const scope = self as unknown as { onmessage: ((e: MessageEvent<CheckInit | CheckTask>) => void) | null; postMessage(m: CheckReply): void };

let scenario: Scenario | null = null;
let exercise: Exercise | null = null;

scope.onmessage = (e) => {
  const msg = e.data;
  if ('kind' in msg) {
    scenario = msg.scenario;
    exercise = msg.exercise;
    return;
  }
  if (!scenario) {
    scope.postMessage({ taskId: msg.taskId, check: { checksumOk: false, exerciseOk: null, replayOk: false, games: [], problems: ['The checking worker was given no scenario.'] } });
    return;
  }
  scope.postMessage({ taskId: msg.taskId, check: checkResult(msg.result, scenario, exercise ?? undefined) });
};
