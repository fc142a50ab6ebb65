import { beforeAll, describe, expect, it } from 'vitest';
import { scenarioLabels, type GameResultSummary, type ScenarioLabels } from '../../../src/analysis';
import { checkResult, serializeExercise, serializeResult, type Exercise, type ExerciseResult } from '../../../src/exercise';
import type { LoadedScenario } from '../../../src/game';
import { readClassFiles } from '../../../src/ui/teacher/class-files';
import { classCsv, classHeadline, classRow, csvText, leverKey, unusualReasons, type ComputerGames } from '../../../src/ui/teacher/class-model';
import { loadBundled, realResult, tutorialExercise } from '../../helpers/result-files';

let tutorial: LoadedScenario;
let labels: ScenarioLabels;
let exercise: Exercise;
let anna: ExerciseResult;
let ben: ExerciseResult;

beforeAll(() => {
  tutorial = loadBundled('tutorial');
  labels = scenarioLabels(tutorial.scenario);
  exercise = tutorialExercise();
  anna = realResult(tutorial, exercise, { student: 'Anna', seed: 1 });
  ben = realResult(tutorial, exercise, { student: '=HYPERLINK("x")', seed: 3, levers: { 'tutorial-japanese-strength': 150 } });
});

describe('reading a class’s files', () => {
  it('groups results by exercise, takes the exercise file, names every file it leaves out', () => {
    const other = { ...anna, exercise: { ...anna.exercise, id: 'other', hash: 'ffffffffffffffff' }, student: 'Cleo' };
    const files = readClassFiles([
      { name: 'b.json', text: serializeResult(ben) },
      { name: 'a.json', text: serializeResult(anna) },
      { name: 'a-again.json', text: serializeResult(anna) },
      { name: 'c.json', text: serializeResult(other) },
      { name: 'exercise.json', text: serializeExercise(exercise) },
      { name: 'scenario.json', text: '{"id":"x"}' },
      { name: 'broken.json', text: '{"resultVersion":1,' },
    ]);
    expect(files.groups.map((g) => [g.exerciseId, g.results.map((r) => r.result.student)])).toEqual([
      ['tutorial-river', ['=HYPERLINK("x")', 'Anna']],
      ['other', ['Cleo']],
    ]);
    expect(files.exercises.map((e) => e.id)).toEqual(['tutorial-river']);
    expect(files.problems).toHaveLength(3);
    expect(files.problems.join('\n')).toMatch(/a-again\.json: the same result/);
    expect(files.problems.join('\n')).toMatch(/scenario\.json: not a result file/);
    expect(files.problems.join('\n')).toMatch(/broken\.json: .*not valid JSON/);
  });
});

describe('the class table, flags and CSV', () => {
  it('shows the replayed outcome and the levers away from history, and writes one CSV row per result', () => {
    const rows = [anna, ben].map((r, i) => classRow(i, { fileName: `${r.student}.json`, result: r }, checkResult(r, tutorial.scenario, exercise), labels));
    expect(rows[0]!.choicesText).toBe("history's settings");
    expect(rows[1]!.choicesText).toMatch(/150 %/);
    expect(rows[0]!.leverKey).not.toBe(rows[1]!.leverKey);
    expect(rows[1]!.outcomeReplayed).toBe(true);
    expect(rows[1]!.outcome).toEqual(ben.games[0]!.outcome);
    const csv = classCsv(rows, labels, exercise, () => []);
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('"answer: How close-run was the real battle?');
    // A student's name that a spreadsheet would run as a formula is made plain text.
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[1]).toContain(`,${anna.games[0]!.outcome.winner},`);
    expect(lines[1]).toContain('"Anna on close-run."');
    expect(csvText('-1')).toBe(`"'-1"`);
  });

  it('raises a game against the run of the computer’s games, outside their 10–90 % range, or far from history’s timing', () => {
    const row = classRow(0, { fileName: 'a.json', result: anna }, checkResult(anna, tutorial.scenario, exercise), labels);
    const o = row.outcome!;
    const other = o.winner === 'soviet' ? 'japanese' : 'soviet';
    const game = (winner: GameResultSummary['winner'], margin: number) => ({ winner, margin, seed: 1 }) as unknown as GameResultSummary;
    const against: ComputerGames = { key: row.leverKey, levers: row.levers, planned: 10, summaries: Array.from({ length: 10 }, (_, i) => game(other, -o.margin - i)) };
    const reasons = unusualReasons(row, against, labels, 8);
    expect(reasons[0]).toMatch(/against the run of the computer's games: 10 of 10 with the same levers ended in a/);
    expect(reasons[1]).toMatch(/outside the computer's 10–90 % range/);
    const alike: ComputerGames = { ...against, summaries: Array.from({ length: 10 }, (_, i) => game(o.winner, o.margin + (i - 5))) };
    expect(unusualReasons(row, alike, labels, 8)).toEqual([]);
    expect(leverKey({ b: 1, a: 2 })).toBe('a=2,b=1');
    const words = o.winner === 'soviet' ? 'Soviet victory' : 'Japanese victory';
    expect(classHeadline([row], [against], labels)).toEqual([
      `The class's 1 finished game: 1 ${words}.`,
      `The computer's 10 games with the class's levers: 10 ${other === 'soviet' ? 'Soviet victories' : 'Japanese victories'}.`,
    ]);
  });

  it('raises a milestone far from history’s turn, by the milestone’s name and history’s date', () => {
    const azuma = loadBundled('azuma-encirclement');
    const azumaLabels = scenarioLabels(azuma.scenario);
    const ex = { ...exercise, id: 'azuma', scenarioId: 'azuma-encirclement', play: { ...exercise.play, seeds: [1] }, levers: { fixed: {}, open: [] } };
    const r = realResult(azuma, ex, { student: 'Dana', seed: 1 });
    const row = classRow(0, { fileName: 'd.json', result: r }, checkResult(r, azuma.scenario, ex), azumaLabels);
    expect(row.outcomeReplayed).toBe(true);
    const name = azumaLabels.events.find((e) => e.id === 'azuma-destroyed')!.name;
    const early = unusualReasons({ ...row, events: { 'azuma-destroyed': 6 } }, undefined, azumaLabels, 20);
    expect(early).toEqual([`${name} in turn 6, well before history's turn 15 (29 May 1939).`]);
    // The real game's own timings are judged the same way (the command post's fall, history's turn 3 at 08:00).
    const own = unusualReasons(row, undefined, azumaLabels, 20);
    const post = row.events['mpr-command-post-overrun'];
    if (post !== undefined && Math.abs(post - 3) >= 5) expect(own.join(' ')).toContain("history's turn 3 (28 May 1939, 08:00)");
    expect(unusualReasons({ ...row, events: { 'azuma-destroyed': 14 } }, undefined, azumaLabels, 20)).toEqual([]);
  });
});
