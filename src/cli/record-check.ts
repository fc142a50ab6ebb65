/**
 * Checking a game record file from the command line (`validate` and `replay --verify`): read it, find its scenario
 * (bundled, by the record's scenario id, unless a scenario is given), refuse a different scenario content, and replay it.
 */
import { contentHash, formatFileError, type Scenario } from '../scenario';
import { parseRecord, verifyRecord, type GameRecord } from '../replay';
import { bundledScenarios } from '../game/node';
import { cappedErrors } from '../format';

export type RecordCheck =
  | { readonly ok: true; readonly record: GameRecord; readonly scenario: Scenario; readonly summary: string }
  | { readonly ok: false; readonly lines: readonly string[] };

/** Parses and verifies a record's text against `scenario` or the bundled scenario it names. */
export const checkRecordText = (text: string, scenario?: Scenario): RecordCheck => {
  const first = parseRecord(text);
  if (!first.ok) return { ok: false, lines: cappedErrors(first.errors).map(formatFileError) };
  const id = first.record.scenarioId;
  const target = scenario ?? bundledScenarios().get(id);
  if (!target) {
    return { ok: false, lines: [`scenarioId: no bundled scenario '${id}' (bundled: ${bundledScenarios().ids.join(', ')}); give its file with --scenario`] };
  }
  const parsed = parseRecord(text, { id: target.id, contentHash: contentHash(target) });
  if (!parsed.ok) return { ok: false, lines: cappedErrors(parsed.errors).map(formatFileError) };
  const record = parsed.record;
  const verified = verifyRecord(target, record);
  if (!verified.ok) return { ok: false, lines: [verified.message] };
  const moves = record.commands.length;
  return {
    ok: true,
    record,
    scenario: target,
    summary: `${record.scenarioId} record: ok — seed ${record.seed}, ${verified.turns} turn${verified.turns === 1 ? '' : 's'} and ${moves.toLocaleString('en-US')} command${moves === 1 ? '' : 's'} verified, final hash ${verified.finalHash}`,
  };
};
