/**
 * Checking a student's result file from the command line (`validate`): read it, find the bundled scenario its games
 * were played on, and let `checkResult` recompute the checksum and replay every embedded game. The summary line says
 * whose file it is and both verdicts; a failed check gives each problem as a line.
 */
import { checkResult, parseResult } from '../exercise';
import { formatFileError, type Scenario } from '../scenario';
import { bundledScenarios } from '../game/node';

export type ResultFileCheck = { readonly ok: boolean; readonly lines: readonly string[] };

/** The scenario a result's games name (the first embedded record's scenarioId), or why there is none. */
const scenarioOf = (records: readonly Record<string, unknown>[]): Scenario | string | undefined => {
  const id = records[0]?.scenarioId;
  if (id === undefined) return undefined;
  const scenario = typeof id === 'string' ? bundledScenarios().get(id) : undefined;
  return scenario ?? `games[0].record.scenarioId: no bundled scenario ${JSON.stringify(id)} (bundled: ${bundledScenarios().ids.join(', ')})`;
};

export const checkResultText = (text: string): ResultFileCheck => {
  const read = parseResult(text);
  if (!read.ok) return { ok: false, lines: read.errors.map(formatFileError) };
  const r = read.result;
  const who = `${r.className} / ${r.student} / attempt ${r.attempt} (exercise ${r.exercise.id})`;
  const scenario = scenarioOf(r.games.map((g) => g.record));
  if (typeof scenario === 'string') return { ok: false, lines: [scenario] };
  if (scenario === undefined) {
    const checksum = read.checksumOk ? 'checksum ok' : 'checksum does not match';
    return { ok: read.checksumOk, lines: read.checksumOk ? [`result ${who}: ${checksum}, no game to replay`] : ['checksum: the file was changed after it was made (by hand or damage)'] };
  }
  const check = checkResult(r, scenario);
  const ok = check.checksumOk && check.replayOk;
  const games = `${check.games.length} game${check.games.length === 1 ? '' : 's'}`;
  if (ok) return { ok, lines: [`result ${who}: checksum ok, ${games} replayed on ${scenario.id} to the outcome claimed`] };
  return { ok, lines: [`checksum ${check.checksumOk ? 'ok' : 'FAILED'}, replay ${check.replayOk ? 'ok' : 'FAILED'} (${games})`, ...check.problems] };
};
