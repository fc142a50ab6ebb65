import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONS, parseExercise, parseResult, resultFileName, sealResult, serializeExercise, serializeResult, type ResultBody } from '../../src/exercise';

const minimal = {
  exerciseVersion: 1,
  id: 'yasuoka-infantry',
  title: 'Yasuoka: what if the infantry had kept up?',
  scenarioId: 'yasuoka-night-attack',
  briefing: 'Lieutenant General Yasuoka’s tanks attack at night.',
  play: { sides: ['japanese'], difficulty: 'regular', seeds: [7] },
};

describe('parseExercise', () => {
  it('fills the defaults a teacher leaves out: the three questions, the 50-minute plan, the lab', () => {
    const r = parseExercise(JSON.stringify(minimal));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.exercise.questions.map((q) => q.id)).toEqual(DEFAULT_QUESTIONS.map((q) => q.id));
    expect(r.exercise.lessonPlan.stages.map((s) => s.minutes)).toEqual([10, 25, 15]);
    expect(r.exercise.lab).toMatchObject({ allowed: true, runs: 20 });
    expect(parseExercise(serializeExercise(r.exercise))).toEqual(r);
  });

  it('names the field of every problem', () => {
    const bad = { ...minimal, title: '', play: { sides: ['martian'], difficulty: 'godlike', seeds: [] }, levers: { fixed: { a: 1 }, open: [{ id: 'a', min: 5, max: 1 }] } };
    const r = parseExercise(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path);
    for (const p of ['title', 'play.sides[0]', 'play.difficulty', 'play.seeds', 'levers.open[0].max']) expect(paths).toContain(p);
  });

  it('refuses a byte-order mark, another version, a __proto__ key and a huge file in one sentence each', () => {
    for (const [text, path, words] of [
      [`\ufeff${JSON.stringify(minimal)}`, '', 'byte-order mark'],
      [JSON.stringify({ ...minimal, exerciseVersion: 9 }), 'exerciseVersion', 'version 1'],
      ['{"exerciseVersion":1,"__proto__":{}}', '__proto__', '__proto__'],
      [' '.repeat(2 * 1024 * 1024), '', 'at most'],
    ] as const) {
      const r = parseExercise(text);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]!.path).toBe(path);
      expect(r.errors[0]!.message).toContain(words);
    }
  });
});

describe('result files', () => {
  const body: ResultBody = {
    resultVersion: 1,
    exercise: { id: 'yasuoka-infantry', title: 'Yasuoka', hash: '0123456789abcdef' },
    className: '9B',
    student: 'Anna Łukasik',
    attempt: 1,
    submittedAt: '2026-12-03T08:00:00Z',
    engineVersion: '1',
    choices: { side: 'japanese', difficulty: 'regular', seed: 7, levers: {}, played: true },
    answers: [{ questionId: 'close-run', text: 'Very.' }],
    games: [],
    afterAction: null,
  };

  it('round-trips and its checksum catches an edit', () => {
    const sealed = sealResult(body);
    const r = parseResult(serializeResult(sealed));
    expect(r).toEqual({ ok: true, result: sealed, checksumOk: true });
    const edited = serializeResult(sealed).replace('Very.', 'Very, very.');
    const e = parseResult(edited);
    expect(e.ok && e.checksumOk).toBe(false);
    expect(e.ok).toBe(true);
  });

  it('is named class_student_attempt with only safe characters', () => {
    expect(resultFileName('9B', 'Anna Łukasik', 2)).toBe('9B_Anna-Łukasik_2.json');
    expect(resultFileName('../..', '<img>', 1)).toBe('unnamed_img_1.json');
  });
});
