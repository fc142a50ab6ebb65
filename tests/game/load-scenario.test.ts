/**
 * src/game's scenario loading: text in (browser-safe), a one-line message naming the file for a broken one, a start
 * that checks the levers; and the engine version written into results.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, loadScenarioText } from '../../src/game';
import { loadScenarioGame, scenarioFile } from '../../src/game/node';

const tutorial = readFileSync(new URL('../../scenarios/tutorial.json', import.meta.url), 'utf8');

describe('loadScenarioText', () => {
  it('prepares a scenario from its text and starts it with checked levers', () => {
    const l = loadScenarioText(tutorial, 'tutorial.json');
    if (!l.ok) throw new Error(l.message);
    expect(l.scenario.id).toBe('tutorial');
    expect(l.engineVersion).toBe(ENGINE_VERSION);
    const s = l.start(1, {});
    expect(s.ok && s.state.setup.scenarioId).toBe('tutorial');
    const bad = l.start(1, { 'no-such-lever': 1 });
    expect(bad.ok).toBe(false);
  });

  it('names the file and the first problem in one line', () => {
    const r = loadScenarioText('{ "id": ', 'broken.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.startsWith('broken.json: ')).toBe(true);
      expect(r.message).not.toContain('\n');
    }
  });
});

describe('loadScenarioGame (Node)', () => {
  it('takes a bundled id or a path and reads the same scenario', () => {
    const byId = loadScenarioGame('tutorial');
    const byPath = loadScenarioGame(scenarioFile('tutorial'));
    expect(byId.ok && byPath.ok && byId.scenario.id === byPath.scenario.id).toBe(true);
    const missing = loadScenarioGame('no-such-scenario');
    expect(!missing.ok && missing.message).toMatch(/^no scenario 'no-such-scenario'/);
  });
});

describe('ENGINE_VERSION', () => {
  it("is the package's name and version", () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(ENGINE_VERSION).toBe(`khalkhin-gol-1939/${pkg.version}`);
  });
});
