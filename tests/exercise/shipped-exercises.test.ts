/** The three exercises shipped in scenarios/exercises/: each parses and fits the real scenario it names. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkExercise, parseExercise } from '../../src/exercise';
import { bundledScenarios } from '../../src/game/node';

const files = readdirSync('scenarios/exercises').filter((f) => f.endsWith('.json')).sort();

describe('shipped exercises', () => {
  it('are one per battle', () => {
    expect(files).toEqual(['august-offensive.json', 'azuma-encirclement.json', 'yasuoka-night-attack.json']);
  });

  it.each(files)('%s parses, is named after its file and fits its scenario', (file) => {
    const parsed = parseExercise(readFileSync(`scenarios/exercises/${file}`, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const ex = parsed.exercise;
    expect(`${ex.id}.json`).toBe(file);
    const scenario = bundledScenarios().get(ex.scenarioId);
    expect(scenario, ex.scenarioId).toBeDefined();
    expect(checkExercise(ex, scenario!)).toEqual({ ok: true, errors: [], warnings: [] });
    // Something for the student to choose, and a briefing of paragraphs.
    expect(ex.levers.open.length).toBeGreaterThan(0);
    expect(ex.briefing.split(/\n\s*\n/).length).toBeGreaterThanOrEqual(2);
    expect(ex.teacherNotes?.length).toBeGreaterThan(0);
  });
});
