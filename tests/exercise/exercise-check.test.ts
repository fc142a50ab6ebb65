import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkExercise, parseExercise, type Exercise } from '../../src/exercise';
import { contentHash, parseScenario, type Scenario } from '../../src/scenario';

const scenario = ((): Scenario => {
  const r = parseScenario(readFileSync('scenarios/yasuoka-night-attack.json', 'utf8'));
  if (!r.ok) throw new Error('yasuoka must parse');
  return r.scenario;
})();

const exercise = (patch: object = {}): Exercise => {
  const r = parseExercise(
    JSON.stringify({
      exerciseVersion: 1,
      id: 'yasuoka-infantry',
      title: 'Yasuoka',
      scenarioId: 'yasuoka-night-attack',
      briefing: 'Tanks at night.',
      play: { sides: ['japanese'], difficulty: 'regular', seeds: [7] },
      levers: { fixed: { 'soviet-fire-proofing': 70 }, open: [{ id: 'yasuoka-keeps-infantry', min: -3, max: 0 }] },
      ...patch,
    }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.exercise;
};

describe('checkExercise', () => {
  it('accepts levers that exist with values and ranges inside their own', () => {
    expect(checkExercise(exercise({ scenarioHash: contentHash(scenario) }), scenario)).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it('names the path of a lever the scenario lacks, a value off its range or steps, and a range beyond the lever', () => {
    const r = checkExercise(
      exercise({
        levers: {
          fixed: { 'japanese-truck': 100, 'soviet-fire-proofing': 75, 'japanese-trucks': 900 },
          open: [{ id: 'yasuoka-keeps-infantry', min: -5, max: 9 }, { id: 'shtern-pause' }],
        },
      }),
      scenario,
    );
    expect(r.ok).toBe(false);
    const byPath = Object.fromEntries(r.errors.map((e) => [e.path, e.message]));
    expect(Object.keys(byPath).sort()).toEqual(
      ['levers.fixed.japanese-truck', 'levers.fixed.soviet-fire-proofing', 'levers.fixed.japanese-trucks', 'levers.open[0].min', 'levers.open[0].max', 'levers.open[1].id'].sort(),
    );
    expect(byPath['levers.fixed.japanese-truck']).toContain('has no lever');
    expect(byPath['levers.fixed.japanese-truck']).toContain('japanese-trucks');
    expect(byPath['levers.fixed.soviet-fire-proofing']).toContain('steps of 10');
    expect(byPath['levers.fixed.japanese-trucks']).toContain('900 is outside');
    expect(byPath['levers.open[0].min']).toContain('-3 to 4');
    expect(byPath['levers.open[1].id']).toContain("no lever 'shtern-pause'");
  });

  it('refuses another scenario and warns (only) of changed scenario content', () => {
    const other = checkExercise(exercise({ scenarioId: 'august-offensive', levers: {} }), scenario);
    expect(other.errors.map((e) => e.path)).toEqual(['scenarioId']);
    const changed = checkExercise(exercise({ scenarioHash: '0123456789abcdef' }), scenario);
    expect(changed.ok).toBe(true);
    expect(changed.warnings.map((w) => w.path)).toEqual(['scenarioHash']);
  });
});
