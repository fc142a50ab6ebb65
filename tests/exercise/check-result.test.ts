import { beforeAll, describe, expect, it } from 'vitest';
import { checkResult, parseResult, sealResult, serializeResult, type Exercise, type ExerciseResult, type ResultBody } from '../../src/exercise';
import type { LoadedScenario } from '../../src/game';
import { loadBundled, realResult, tutorialExercise } from '../helpers/result-files';

let tutorial: LoadedScenario;
let exercise: Exercise;
let anna: ExerciseResult;
let ben: ExerciseResult;

/** The result with `edit` applied to its body and the checksum recomputed: a careful forger's file. */
const resealed = (r: ExerciseResult, edit: (body: ResultBody) => ResultBody): ExerciseResult => {
  const { checksum: _, ...body } = structuredClone(r);
  return sealResult(edit(body));
};

beforeAll(() => {
  tutorial = loadBundled('tutorial');
  exercise = tutorialExercise();
  anna = realResult(tutorial, exercise, { student: 'Anna', seed: 1 });
  ben = realResult(tutorial, exercise, { student: 'Ben', seed: 3, levers: { 'tutorial-japanese-strength': 150 } });
});

describe('checkResult', () => {
  it('passes real games read back from their files: checksum, exercise, replay and choices agree', () => {
    for (const r of [anna, ben]) {
      const read = parseResult(serializeResult(r));
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      const check = checkResult(read.result, tutorial.scenario, exercise);
      expect(check.problems).toEqual([]);
      expect(check).toMatchObject({ checksumOk: true, exerciseOk: true, replayOk: true });
      expect(check.games).toHaveLength(1);
      expect(check.games[0]!.verdict).toBe('ok');
      expect(check.games[0]!.replayed).toEqual(r.games[0]!.outcome);
    }
    expect(checkResult(anna, tutorial.scenario).exerciseOk).toBeNull();
  });

  it('catches an edited outcome with a recomputed checksum by replaying the game', () => {
    const real = anna.games[0]!.outcome;
    const forged = resealed(anna, (b) => ({
      ...b,
      games: [{ ...b.games[0]!, outcome: { ...real, winner: real.winner === 'soviet' ? 'japanese' : 'soviet', margin: -real.margin } }],
    }));
    const check = checkResult(forged, tutorial.scenario, exercise);
    expect(check.checksumOk).toBe(true);
    expect(check.replayOk).toBe(false);
    expect(check.games[0]!.verdict).toBe('mismatch');
    expect(check.problems.join(' ')).toMatch(/claims a (Japanese|Soviet) victory, but the replay gives a (Soviet|Japanese) victory/);
    expect(check.problems.join(' ')).toContain(`claims a margin of ${-real.margin}, but the replay gives ${real.margin}`);
  });

  it('flags an edited answer by its checksum, and the replay still passes', () => {
    const text = serializeResult(anna).replace('Anna on close-run.', 'A much better answer.');
    const read = parseResult(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const check = checkResult(read.result, tutorial.scenario, exercise);
    expect(check.checksumOk).toBe(false);
    expect(check.replayOk).toBe(true);
    expect(check.problems[0]).toContain('checksum does not match');
  });

  it('catches a record from another scenario, an edited log and stated choices the game was not played with', () => {
    const azuma = loadBundled('azuma-encirclement');
    expect(checkResult(anna, azuma.scenario).games[0]!.verdict).toBe('other-scenario');
    expect(checkResult(anna, azuma.scenario).problems[0]).toContain("not of 'azuma-encirclement'");

    // Ben's record swapped into Anna's file, outcome and all: the record replays, but not with her stated seed or levers.
    const swapped = resealed(anna, (b) => ({ ...b, games: ben.games }));
    const s = checkResult(swapped, tutorial.scenario, exercise);
    expect(s.games[0]!.verdict).toBe('mismatch');
    expect(s.problems.join(' ')).toContain('states seed 1, but the game was played with seed 3');
    expect(s.problems.join(' ')).toContain("lever 'tutorial-japanese-strength' at 100, but the game was played with 150");

    // A command dropped from the log: the replay no longer reaches the record's hashes.
    const cut = resealed(anna, (b) => {
      const record = { ...b.games[0]!.record, commands: (b.games[0]!.record.commands as unknown[]).slice(1) };
      return { ...b, games: [{ ...b.games[0]!, record }] };
    });
    const c = checkResult(cut, tutorial.scenario);
    expect(c.games[0]!.verdict).toBe('diverged');
    expect(c.problems[0]).toMatch(/^Game 1: the replay does not reproduce the game: /);

    // Played by the computer throughout, said to be the student's.
    const computer = resealed(anna, (b) => {
      const record = b.games[0]!.record as { sides: Record<string, unknown> };
      return { ...b, games: [{ ...b.games[0]!, record: { ...record, sides: { ...record.sides, soviet: { player: 'ai', difficulty: 'regular' } } } }] };
    });
    expect(checkResult(computer, tutorial.scenario).problems.join(' ')).toContain('the computer played it throughout');
  });

  it('holds the result to the exercise it names, and never throws on a broken record', () => {
    const other = resealed(anna, (b) => ({ ...b, exercise: { ...b.exercise, hash: '0123456789abcdef' }, choices: { ...b.choices, seed: 99, side: 'japanese' } }));
    const check = checkResult(other, tutorial.scenario, exercise);
    expect(check.exerciseOk).toBe(false);
    expect(check.problems.join(' ')).toContain('another version of this exercise');
    expect(check.problems.join(' ')).toContain('Seed 99 is not one of the exercise');
    expect(check.problems.join(' ')).toContain('The exercise does not let students play the Japanese side');

    const junk = resealed(anna, (b) => ({ ...b, games: [{ ...b.games[0]!, record: { recordVersion: 2, commands: 'none' } }] }));
    const j = checkResult(junk, tutorial.scenario);
    expect(j.games[0]!.verdict).toBe('unreadable');
    expect(j.replayOk).toBe(false);
  });
});
