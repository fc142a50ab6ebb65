import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftProblems, exerciseLevers, exerciseSeed, parseExercise, parseResult, resultBody, resultFileName, sealResult, serializeResult, type StudentDraft } from '../../src/exercise';
import { bundledScenarios } from '../../src/game/node';
import { parseRecord } from '../../src/replay';
import { playRandomGame } from '../replay/play-random';

const parsed = parseExercise(readFileSync('scenarios/exercises/yasuoka-night-attack.json', 'utf8'));
if (!parsed.ok) throw new Error('the shipped exercise must parse');
// The shipped exercise with two open levers of known steps (its own may change as it is tuned).
const exercise = {
  ...parsed.exercise,
  levers: { fixed: {}, open: [{ id: 'yasuoka-keeps-infantry', min: -3, max: 0 }, { id: 'soviet-fire-proofing', min: 30, max: 100 }] },
};
const scenario = bundledScenarios().get('yasuoka-night-attack')!;

const draft: StudentDraft = {
  className: '9B',
  student: 'Anna Łukasik',
  attempt: 6,
  side: 'japanese',
  levers: { 'yasuoka-keeps-infantry': -7, 'soviet-fire-proofing': 55, 'japanese-trucks': 400 },
  prediction: 'They will lose half the tanks.',
  answers: { 'close-run': 'Close.' },
};

describe('an exercise played and handed in', () => {
  it('plays seeds in turn by attempt', () => {
    expect([1, 2, 4, 5, 6].map((k) => exerciseSeed(exercise, k))).toEqual([3, 7, 19, 3, 7]);
  });

  it('plays history, then the fixed levers, then the student’s within the open ranges and on the steps', () => {
    const levers = exerciseLevers(exercise, scenario, draft.levers);
    expect(levers['yasuoka-keeps-infantry']).toBe(-3); // below the open range's −3
    expect(levers['soviet-fire-proofing']).toBe(60); // 55 is between steps of 10 (rounded up to the nearer)
    expect(levers['japanese-trucks']).toBe(100); // not open: history's value, whatever the draft says
    expect(Object.keys(levers).sort()).toEqual(scenario.levers.map((l) => l.id).sort());
  });

  it('makes a result file that parses, checks and carries the record as its file would', () => {
    const { record } = playRandomGame(bundledScenarios().get('tutorial')!, 5);
    const body = resultBody(exercise, draft, {
      engineVersion: 'test',
      submittedAt: '2026-12-03T09:00:00.000Z',
      levers: exerciseLevers(exercise, scenario, draft.levers),
      game: { record, outcome: { winner: 'draw', points: { soviet: 0, japanese: 0 }, margin: 0, turn: 3, finished: false } },
      afterAction: null,
      lab: null,
    });
    const text = serializeResult(sealResult(body));
    const back = parseResult(text);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.checksumOk).toBe(true);
    expect(back.result.student).toBe('Anna Łukasik');
    expect(back.result.choices).toMatchObject({ seed: 7, side: 'japanese', played: true });
    expect(back.result.answers.map((a) => a.questionId)).toEqual(exercise.questions.map((q) => q.id));
    expect(text).not.toContain(exercise.teacherNotes!.slice(0, 40));
    const rec = parseRecord(JSON.stringify(back.result.games[0]!.record));
    expect(rec.ok && rec.record.commands.length).toBe(record.commands.length);
    expect(resultFileName(back.result.className, back.result.student, back.result.attempt)).toBe('9B_Anna-Łukasik_6.json');
  });

  it('asks for a name and a class before handing in', () => {
    expect(draftProblems(exercise, { ...draft, student: ' ', className: '' })).toEqual(['Write your name.', 'Write your class.']);
    expect(draftProblems(exercise, draft)).toEqual([]);
  });
});
