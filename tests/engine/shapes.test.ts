/**
 * One hidden class per engine type (src/engine/unit-shape.ts, state-shape.ts): V8 optimises the rules for the shapes
 * it has seen and throws the optimised code away when another turns up, so a second shape of unit or state costs
 * recompiles in every game of every batch worker. Before the constructors, six side-turns of the August offensive made
 * 10 state shapes and over a thousand unit shapes (fogged views spread units without their arrival). V8 tells shapes
 * apart only behind a flag, so the census runs in a child process (tests/helpers/shape-census.ts).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/game/node';

const census = (scenario: string, sideTurns: number, levers = ''): Record<string, number> => {
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', 'tests/helpers/shape-census.ts', scenario, String(sideTurns), levers], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Record<string, number>;
};

describe('engine object shapes', () => {
  it('gives states, setups, side rules, setup units, units and their action flags one hidden class each', () => {
    expect(census('august-offensive', 6)).toEqual({ state: 1, setup: 1, 'side rules': 1, 'unit setup': 1, unit: 1, 'unit actions': 1 });
  }, 60_000);

  it('keeps them in one shape when levers change side rules, unit strengths and an arrival', () => {
    // The 149th's battalion moved to turn 1 becomes a unit that starts on the map: the levers' own rewrite of a setup unit.
    expect(census('azuma-encirclement', 8, 'japanese-trucks=300,soviet-fire-proofing=50,four-regiment-division=125,rifle-battalion-149-arrival=-6')).toEqual({ state: 1, setup: 1, 'side rules': 1, 'unit setup': 1, unit: 1, 'unit actions': 1 });
  }, 60_000);
});
