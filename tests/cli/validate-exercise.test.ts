/** `validate` on exercise files, as a teacher runs it: recognised by exerciseVersion and checked against the scenario. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'kg-exercise-'));
const write = (name: string, value: object): string => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
};
const base = {
  exerciseVersion: 1,
  id: 'august-intelligence',
  title: 'August: what if the Japanese had read the build-up?',
  scenarioId: 'august-offensive',
  briefing: 'The Soviet build-up.',
  play: { sides: ['japanese'], difficulty: 'regular', seeds: [1, 2] },
  levers: { open: [{ id: 'japanese-intelligence-acts', min: 1, max: 2 }] },
};

describe('validate on exercise files', () => {
  it('summarises a good exercise in one line', () => {
    const r = runCli('validate', [write('good.json', base)]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'august-intelligence exercise: ok — august-offensive, japanese at regular, 2 seeds, 0 fixed and 1 open lever (japanese-intelligence-acts), 3 questions, a 50-minute lesson\n',
    );
    expect(r.status).toBe(0);
  });

  it('names the file and the path of each problem, from the schema and from the scenario', () => {
    const schema = write('schema.json', { ...base, play: { sides: ['martian'], difficulty: 'regular', seeds: [1] } });
    const lever = write('lever.json', { ...base, levers: { fixed: { 'japanese-truck': 200 }, open: [{ id: 'shtern-pause', min: 0, max: 20 }] } });
    const missing = write('missing.json', { ...base, scenarioId: 'kursk', levers: {} });
    const r = runCli('validate', [schema, lever, missing]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${schema}: play\\.sides\\[0\\]: `));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${lever}: levers\\.fixed\\.japanese-truck: .*has no lever 'japanese-truck'.*japanese-trucks`)));
    expect(lines).toContainEqual(`${lever}: levers.open[0].max: lever 'shtern-pause' runs from 0 to 12 turns; max 20 is outside it`);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${missing}: scenarioId: no bundled scenario 'kursk'`)));
  });

  it('validates the shipped exercises', () => {
    const r = runCli('validate', ['scenarios/exercises/azuma-encirclement.json', 'scenarios/exercises/yasuoka-night-attack.json', 'scenarios/exercises/august-offensive.json']);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    expect(r.status).toBe(0);
  });
});
