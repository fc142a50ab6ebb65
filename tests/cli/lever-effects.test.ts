/**
 * What each lever does (src/cli/lever-effects.ts): which values a lever is tried at, the verdicts, and
 * `levers --effects` on the tutorial (one lever, quick games) in this process.
 */
import { describe, expect, it, vi } from 'vitest';
import type { CompareRow, LeverLabel } from '../../src/analysis';
import { effectsMain } from '../../src/cli/levers';
import { clearRows, trialValues, verdict, type LeverTrial } from '../../src/cli/lever-effects';

const capture = async (run: () => Promise<number>) => {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { status: await run(), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
};

describe('the values a lever is tried at', () => {
  it.each([
    [{ default: 100, min: 50, max: 400 }, [50, 400]],
    [{ default: 100, min: 30, max: 100 }, [30]],
    [{ default: 0, min: 0, max: 1 }, [1]],
    [{ default: 2, min: 1, max: 3 }, [1, 3]],
    [{ default: 0, min: -6, max: 4 }, [-6, 4]],
    [{ default: 5, min: 5, max: 5 }, []],
  ])('%j → %j', (lever, values) => {
    expect(trialValues(lever)).toEqual(values);
  });
});

const lever: LeverLabel = { id: 'x', name: 'X', default: 100, min: 50, max: 150, step: 25, unit: '%', description: '' };
const row = (name: string, low: number, high: number): CompareRow => ({ id: name, name, kind: 'mean', a: 'a', b: 'b', difference: (low + high) / 2, low, high, clear: low > 0 || high < 0, sentence: '' });

describe('verdicts', () => {
  it('says so when every game ended as with history', () => {
    expect(verdict({ lever, value: 150, rows: [row('m', -1, 1)], identical: true })).toBe('every game ended exactly as with history’s settings');
  });
  it('counts the measures moved beyond noise, the one farthest from zero first', () => {
    const t: LeverTrial = { lever, value: 150, rows: [row('noise', -1, 2), row('small', 0.5, 3), row('large', -9, -4)], identical: false };
    expect(verdict(t)).toBe('2 measures moved beyond noise');
    expect(clearRows(t).map((r) => r.name)).toEqual(['large', 'small']);
    expect(verdict({ ...t, rows: [row('noise', -1, 2)] })).toBe('no measure moved beyond noise');
  });
});

describe('levers --effects', () => {
  it('plays history and each end of the tutorial lever on the same seeds and says what moved', async () => {
    const r = await capture(() => effectsMain(['tutorial', '--effects', '--runs', '2', '--workers', '1', '-q']));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Tutorial: Across the River \(tutorial\): what each lever does — 2 games per setting \(seeds 1–2\), levels Soviet regular, Japanese regular; engine \S+, scenario content [0-9a-f]{16}$/);
    // Both ends, since history's 100 % lies inside the range.
    const trials = lines.filter((l) => l.startsWith('  Strength of the defenders'));
    expect(trials.map((l) => l.split(':')[0])).toEqual(['  Strength of the defenders at 50 % (history 100 %)', '  Strength of the defenders at 150 % (history 100 %)']);
    for (const t of trials) expect(t).toMatch(/: (every game ended exactly as with history’s settings|no measure moved beyond noise|\d+ measures? moved beyond noise)$/);
  });

  it.each([
    [['--effects'], 'levers: give one scenario id or file'],
    [['tutorial', '--effects', '--runs', '0'], 'levers: --runs must be'],
    [['tutorial', '--effects', '--set', 'x=1'], "levers: unknown option '--set'"],
    [['--doc', '--out', '/no/such/folder/effects.md'], 'levers: --out /no/such/folder/effects.md: the folder /no/such/folder does not exist'],
  ])('refuses %j before playing (exit 2)', async (args, message) => {
    const r = await capture(() => effectsMain(args));
    expect(r.status).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stdout).toBe('');
  });
});
