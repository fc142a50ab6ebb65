/** `validate` on students' result files, as a teacher runs it: the checksum and the replay verdicts per file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealResult, serializeResult } from '../../src/exercise';
import { runCli } from '../helpers/cli';
import { loadBundled, realResult, tutorialExercise } from '../helpers/result-files';

const tutorial = loadBundled('tutorial');
const exercise = tutorialExercise();
const anna = realResult(tutorial, exercise, { student: 'Anna', seed: 2 });
const dir = mkdtempSync(join(tmpdir(), 'kg-result-'));
const write = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const good = write('9B_Anna_1.json', serializeResult(anna));
const edited = write('edited.json', serializeResult(anna).replace('Anna on pressures.', 'Copied from a friend.'));
const { checksum: _, ...body } = anna;
const outcome = anna.games[0]!.outcome;
const forged = write('forged.json', serializeResult(sealResult({ ...body, games: [{ ...body.games[0]!, outcome: { ...outcome, margin: outcome.margin + 5 } }] })));

describe('validate on result files', () => {
  it('says a good file is whole and its game replays to the outcome it claims', () => {
    const r = runCli('validate', [good]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('result 9B / Anna / attempt 1 (exercise tutorial-river): checksum ok, 1 game replayed on tutorial to the outcome claimed\n');
    expect(r.status).toBe(0);
  });

  it('flags an edited answer by the checksum and a forged outcome by the replay, file by file', () => {
    const r = runCli('validate', [edited, forged]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe(`${edited}: checksum FAILED, replay ok (1 game)`);
    expect(lines[1]).toContain(`${edited}: The checksum does not match`);
    expect(lines).toContain(`${forged}: checksum ok, replay FAILED (1 game)`);
    expect(lines).toContain(`${forged}: Game 1: the file claims a margin of ${outcome.margin + 5}, but the replay gives ${outcome.margin}.`);
  });
});
