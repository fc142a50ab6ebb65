import { describe, expect, it } from 'vitest';
import { BATCH_FLAGS, parseGameArgs, SIM_FLAGS } from '../../src/cli/game-args';

describe('sim and batch arguments', () => {
  it('reads the documented sim options', () => {
    const r = parseGameArgs(
      ['--scenario', 'august-offensive', '--seed', '7', '--set', 'japanese-trucks=150', '--set', 'air-strikes=true', '--soviet', 'veteran', '--out', 'r.json', '--record', 'g.json'],
      SIM_FLAGS,
      ['--scenario', '--seed'],
    );
    expect(r).toEqual({
      ok: true,
      args: {
        scenario: 'august-offensive', seed: 7, levers: { 'japanese-trucks': 150, 'air-strikes': 1 }, soviet: 'veteran', japanese: 'regular',
        runs: 1, seedStart: 1, quiet: false, out: 'r.json', record: 'g.json',
      },
    });
  });

  it('reads batch options, with --flag=value too', () => {
    const r = parseGameArgs(['--scenario=azuma-encirclement', '--runs', '50', '--seed-start', '100', '--workers', '2', '--csv', 'runs.csv'], BATCH_FLAGS, ['--scenario', '--runs']);
    expect(r.ok && r.args).toMatchObject({ scenario: 'azuma-encirclement', runs: 50, seedStart: 100, workers: 2, csv: 'runs.csv' });
  });

  it.each([
    [['--seed', '1'], '--scenario is required'],
    [['--scenario', 'x', '--seed', 'abc'], "--seed must be a whole number from 0 to 4294967295, got 'abc'"],
    [['--scenario', 'x', '--seed', '1', '--set', 'trucks'], "--set wants LEVER=VALUE, got 'trucks'"],
    [['--scenario', 'x', '--seed', '1', '--set', 'trucks=lots'], "--set trucks: 'lots' is not a number"],
    [['--scenario', 'x', '--seed', '1', '--soviet', 'general'], "--soviet must be one of recruit, regular, veteran, got 'general'"],
    [['--scenario', 'x', '--seed', '1', '--runs', '3'], "unknown option '--runs'"],
    [['--scenario', 'x', '--seed'], '--seed needs a value'],
    [['--scenario', 'x', '--seed', '1', '--shard', '1/2'], "unknown option '--shard'"],
  ])('refuses %j with a one-line reason', (argv, message) => {
    expect(parseGameArgs(argv, SIM_FLAGS, ['--scenario', '--seed'])).toEqual({ ok: false, message });
  });

  it('reads --shard K/N for batch and refuses a K outside 1…N', () => {
    const ok = parseGameArgs(['--scenario', 'x', '--runs', '8', '--shard', '2/4'], BATCH_FLAGS, ['--scenario', '--runs']);
    expect(ok.ok && ok.args.shard).toEqual({ index: 2, count: 4 });
    for (const bad of ['3/2', '0/2', '2', 'a/b'])
      expect(parseGameArgs(['--scenario', 'x', '--runs', '8', '--shard', bad], BATCH_FLAGS, ['--scenario', '--runs'])).toEqual({ ok: false, message: `--shard wants K/N with 1 ≤ K ≤ N (e.g. 2/4), got '${bad}'` });
  });
});
