/**
 * `levers --effects` tells the same story as `batch` + `compare` (slow tier): each trial's rows are exactly what
 * `compare --json` prints for the two batches a teacher would run by hand with the same seeds.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { leverEffects } from '../../src/cli/lever-effects';
import { loadScenarioGame } from '../../src/game/node';
import { runCli } from '../helpers/cli';

it('a trial of --effects equals compare --json of the two batches played by hand', async () => {
  const loaded = loadScenarioGame('tutorial');
  if (!loaded.ok) throw new Error(loaded.message);
  const effects = await leverEffects({ scenarioArg: 'tutorial', loaded, runs: 6, seedStart: 3, threads: 1, difficulty: { soviet: 'regular', japanese: 'regular' } });
  const trial = effects.trials.find((t) => t.value === 150)!;
  expect(trial.lever.id).toBe('tutorial-japanese-strength');

  const dir = mkdtempSync(join(tmpdir(), 'kg-lever-effects-'));
  const batch = (file: string, ...set: string[]) => {
    const r = runCli('batch', ['--scenario', 'tutorial', '--runs', '6', '--seed-start', '3', '--workers', '1', '-q', '--out', join(dir, file), ...set]);
    expect(r.status, r.stderr).toBe(0);
  };
  batch('a.json');
  batch('b.json', '--set', 'tutorial-japanese-strength=150');
  const r = runCli('compare', [join(dir, 'a.json'), join(dir, 'b.json'), '--json']);
  expect(r.status, r.stderr).toBe(0);
  const byHand = JSON.parse(r.stdout).rows;
  expect(byHand.length).toBeGreaterThan(5);
  expect(JSON.parse(JSON.stringify(trial.rows))).toEqual(byHand);
  // And the games with history's settings are the batch's own.
  expect(effects.base.games.map((g) => g.finalHash)).toEqual(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')).games.map((g: { finalHash: string }) => g.finalHash));
}, 120_000);
