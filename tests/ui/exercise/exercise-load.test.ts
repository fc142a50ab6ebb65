/** Reading an exercise for the page: each problem a sentence with its field, checked against the installed scenarios. */
import { describe, expect, it } from 'vitest';
import { bundledScenarios } from '../../../src/game/node';
import { openExerciseText } from '../../../src/ui/exercise/exercise-load';

const registry = bundledScenarios();
const open = (value: unknown) => openExerciseText(typeof value === 'string' ? value : JSON.stringify(value), (id) => registry.get(id), registry.ids);
const base = { exerciseVersion: 1, id: 'x', title: 'X', scenarioId: 'tutorial', briefing: 'B.', play: { sides: ['soviet'], difficulty: 'regular', seeds: [1] } };

describe('openExerciseText', () => {
  it('opens a good exercise with its hash and scenario', () => {
    const r = open(base);
    expect(r.ok && [r.scenario.id, r.hash.length]).toEqual(['tutorial', 16]);
  });

  it('names the field of each problem: the schema, the scenario, the levers', () => {
    expect(open('{')).toMatchObject({ ok: false, problems: [expect.stringContaining('not valid JSON')] });
    expect(open({ ...base, play: { ...base.play, difficulty: 'godlike' } })).toMatchObject({ ok: false, problems: [expect.stringMatching(/^play\.difficulty: /)] });
    expect(open({ ...base, scenarioId: 'kursk' })).toMatchObject({ ok: false, problems: [expect.stringMatching(/^scenarioId: this game has no scenario "kursk" \(it has .*tutorial/)] });
    expect(open({ ...base, levers: { open: [{ id: 'tutorial-japanese-strength', max: 999 }] } })).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^levers\.open\[0\]\.max: lever 'tutorial-japanese-strength' runs from/)],
    });
  });

  it('opens an exercise written for other content of the scenario with a warning', () => {
    const r = open({ ...base, scenarioHash: '0123456789abcdef' });
    expect(r.ok && r.warnings).toEqual([expect.stringMatching(/^scenarioHash: the scenario has changed/)]);
  });
});
