import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioGame, runGame, type LoadedScenario } from '../../src/game/node';
import { parseRecord } from '../../src/replay/record';
import { verifyRecord } from '../../src/replay/replay';
import { runCli } from '../helpers/cli';

const ROOT = new URL('../../', import.meta.url).pathname;
const BUNDLED = readdirSync(join(ROOT, 'scenarios'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort();

const load = (id: string): LoadedScenario => {
  const l = loadScenarioGame(id);
  if (!l.ok) throw new Error(l.message);
  return l;
};

const playOnce = (id: string, seed: number) => {
  const l = load(id);
  const s = l.start(seed, {});
  if (!s.ok) throw new Error(s.message);
  return runGame({ state: s.state, plan: l.plan, difficulty: { soviet: 'regular', japanese: 'regular' }, seed, levers: s.levers, engineVersion: 'test' });
};

const sim = (...args: string[]) => runCli('sim', args);

describe('every bundled scenario plays to its end', () => {
  it.each(BUNDLED)('%s', (id) => {
    const a = playOnce(id, 3);
    expect(a.game.state.result).not.toBeNull();
    expect(a.summary.turnsPlayed).toBeGreaterThan(0);
    expect(a.summary.turnsPlayed).toBeLessThanOrEqual(load(id).scenario.clock.turns);
    expect(a.game.turnHashes.length).toBe(a.summary.turnsPlayed);
  }, 600_000);

  it('the same seed gives the same game', () => {
    expect(playOnce('azuma-encirclement', 5).summary.finalHash).toBe(playOnce('azuma-encirclement', 5).summary.finalHash);
  }, 600_000);
});

describe('npm run sim', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-sim-'));

  it('writes result.json with every field of the contract and a record that replays', () => {
    const out = join(dir, 'result.json');
    const rec = join(dir, 'replay.json');
    const r = sim('--scenario', 'tutorial', '--seed', '4', '--soviet', 'veteran', '--out', out, '--record', rec);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/seed 4, Soviet veteran vs Japanese regular/);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    for (const k of ['scenario', 'seed', 'levers', 'engineVersion', 'winner', 'victoryLevel', 'turnsPlayed', 'finalHash', 'initial', 'losses', 'events']) expect(result).toHaveProperty(k);
    expect(result.scenario).toBe('tutorial');
    expect(Object.keys(result.initial.soviet).sort()).toEqual(['aircraft', 'armouredCars', 'guns', 'men', 'tanks', 'units']);
    expect(Object.keys(result.losses.japanese).sort()).toEqual(['aircraft', 'armouredCars', 'guns', 'killed', 'missing', 'tanks', 'wounded']);
    const l = load('tutorial');
    for (const id of [...l.scenario.objectives.map((o) => o.id), ...l.scenario.milestones.map((m) => m.id)]) expect(result.events).toHaveProperty(id);
    const parsed = parseRecord(readFileSync(rec, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const verified = verifyRecord(l.scenario, parsed.record);
    expect(verified).toMatchObject({ ok: true, finalHash: result.finalHash });
  }, 300_000);

  it.each([
    [['--seed', '1'], 2, 'sim: --scenario is required\n'],
    [['--scenario', 'tutorial', '--seed', 'x'], 2, "sim: --seed must be a whole number from 0 to 4294967295, got 'x'\n"],
    [['--scenario', 'no-such-battle', '--seed', '1'], 1, /^sim: no scenario 'no-such-battle'/],
    [['--scenario', 'tutorial', '--seed', '1', '--set', 'no-such-lever=3'], 2, "sim: unknown lever 'no-such-lever' (levers: tutorial-japanese-strength)\n"],
  ] as const)('refuses %j with exit %i and one line', (args, status, message) => {
    const r = sim(...args);
    expect(r.status).toBe(status);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    if (typeof message === 'string') expect(r.stderr).toBe(message);
    else expect(r.stderr).toMatch(message);
  }, 120_000);
});

// `batch` (threads and one process give the same games, stats.json, CSV): tests/cli/lab-commands.test.ts.
