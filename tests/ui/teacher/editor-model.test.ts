import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExercise, serializeExercise } from '../../../src/exercise';
import { checkDraft, draftOf, newDraft, slug } from '../../../src/ui/teacher/editor-model';
import { loadBundled } from '../../helpers/result-files';

const azuma = loadBundled('azuma-encirclement').scenario;

describe('the exercise editor’s draft', () => {
  it('starts with the 50-minute plan and the three questions, and says what is missing', () => {
    const d = newDraft(azuma);
    expect(d.stages.map((s) => s.minutes)).toEqual([10, 25, 15]);
    expect(d.questions.map((q) => q.id)).toEqual(['close-run', 'other-choices', 'pressures']);
    const c = checkDraft(d, azuma);
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['id', 'title', 'briefing']));
  });

  it('makes a file parseExercise reads back as the same exercise, and opens it again as the same draft', () => {
    const d = newDraft(azuma);
    d.title = 'Azuma: could the lorries have saved him?';
    d.id = slug(d.title);
    d.briefing = 'Azuma’s detachment is cut off at the bridge.';
    d.className = '10A';
    d.seeds = '3, 4, 5';
    d.levers['japanese-trucks'] = { mode: 'open', value: 100, min: 100, max: 400 };
    d.levers['soviet-fire-proofing'] = { mode: 'fixed', value: 50, min: 30, max: 100 };
    const c = checkDraft(d, azuma);
    expect(c.ok ? [] : c.errors).toEqual([]);
    if (!c.ok) return;
    expect(d.id).toBe('azuma-could-the-lorries-have-saved-him');
    const read = parseExercise(c.text);
    expect(read).toEqual({ ok: true, exercise: c.exercise });
    expect(c.exercise.levers).toEqual({ fixed: { 'soviet-fire-proofing': 50 }, open: [{ id: 'japanese-trucks', min: 100, max: 400 }] });
    expect(c.exercise.play.seeds).toEqual([3, 4, 5]);
    const again = checkDraft(draftOf(c.exercise, azuma), azuma);
    expect(again.ok && again.text).toBe(serializeExercise(c.exercise));
  });

  it('names a lever value the scenario does not allow, a bad seed and an empty question with their paths', () => {
    const d = newDraft(azuma);
    Object.assign(d, { title: 'T', id: 't', briefing: 'B', seeds: '1, two' });
    d.levers['japanese-trucks'] = { mode: 'open', value: 100, min: 100, max: 900 };
    const both = checkDraft(d, azuma);
    expect(both.ok ? [] : both.errors).toEqual([
      { path: 'play.seeds', message: expect.stringContaining("'two' is not") },
      { path: 'levers.open[0].max', message: "lever 'japanese-trucks' runs from 50 to 400 %; max 900 is outside it" },
    ]);
    d.seeds = '1';
    const c = checkDraft(d, azuma);
    expect(c.ok ? [] : c.errors.map((e) => e.path)).toEqual(['levers.open[0].max']);
    d.levers['japanese-trucks']!.max = 400;
    d.questions[1]!.text = '';
    const q = checkDraft(d, azuma);
    expect(q.ok ? [] : q.errors.map((e) => e.path)).toEqual(['questions[1].text']);
  });

  it('keeps a scenario file’s lever list in mind: the tutorial has one lever', () => {
    const tutorial = JSON.parse(readFileSync('scenarios/tutorial.json', 'utf8')) as { levers: unknown[] };
    expect(Object.keys(newDraft(loadBundled('tutorial').scenario).levers)).toHaveLength(tutorial.levers.length);
  });
});
