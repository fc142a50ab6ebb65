/**
 * The command line under bad input (issue 15), as processes: one line and exit 2 for a bad argument, before any game
 * is played; seeds in the one range every part of the game shares (0 to 2^32 − 1); a quiet end when the reader of the
 * output goes away; at most twenty error lines and a count for a file with thousands of errors. More cases of each, and
 * the longest ones, are in bad-input.deep.test.ts (the slow tier).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliProgram } from '../../src/cli/worker-bundle';
import { programFile, ROOT, runCli } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'kg-bad-input-'));
const cli = (program: CliProgram, ...args: string[]) => runCli(program, args);
const RANGE = 'a whole number from 0 to 4294967295';

describe('bad arguments: one line, exit 2, nothing played', () => {
  it.each([
    [['--seed', '99999999999999999999'], `sim: --seed must be ${RANGE}, got '99999999999999999999'\n`],
    [['--seed', '-1'], `sim: --seed must be ${RANGE}, got '-1'\n`],
    [['--seed', '1', '--set', '__proto__=1'], "sim: --set __proto__=1: '__proto__' is not a lever name\n"],
    [['--seed', '1', '--out', join(dir, 'no-such-folder', 'r.json')], `sim: --out ${join(dir, 'no-such-folder', 'r.json')}: the folder ${join(dir, 'no-such-folder')} does not exist\n`],
    [['--seed', '1', '--record', dir], `sim: --record ${dir}: is a folder; give a file name\n`],
  ])('sim %j', (args, message) => {
    const r = cli('sim', '--scenario', 'tutorial', ...args);
    expect(r.stderr).toBe(message);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('a bad --record does not cost the --out file: both are checked before the game', () => {
    const out = join(dir, 'kept.json');
    const r = cli('sim', '--scenario', 'tutorial', '--seed', '1', '--out', out, '--record', join(dir, 'nowhere', 'x.json'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(() => readFileSync(out)).toThrow(); // nothing half-done: no game was played
  });

  it.each([
    [['--seed-start', '4294967295'], 'batch: --seed-start 4294967295 with --runs 2 would play seeds past 4294967295; seeds are a whole number from 0 to 4294967295\n'],
    [['--set', '__proto__=1'], "batch: --set __proto__=1: '__proto__' is not a lever name\n"],
  ])('batch %j', (args, message) => {
    const r = cli('batch', '--scenario', 'tutorial', '--runs', '2', ...args);
    expect(r.stderr).toBe(message);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('the largest seed plays, and its record replays', () => {
    const rec = join(dir, 'max-seed.json');
    const r = cli('sim', '--scenario', 'tutorial', '--seed', '4294967295', '--record', rec);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const v = cli('replay', rec, '--verify');
    expect(v.stderr).toBe('');
    expect(v.stdout).toMatch(/^tutorial record: ok — seed 4294967295,/);
  }, 120_000);
});

describe('the reader goes away (… | head -1): no stack trace', () => {
  it.each([
    ['sim', '--scenario tutorial --seed 2'],
    ['batch', '--scenario tutorial --runs 2 --workers 1'],
  ] as const)('%s', (program, args) => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${programFile(program)}" ${args} | head -c 1 > /dev/null`], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);
});

describe('files with many errors: twenty lines and a count', () => {
  let record: Record<string, unknown>;
  beforeAll(() => {
    const rec = join(dir, 'good.json');
    const r = cli('sim', '--scenario', 'tutorial', '--seed', '3', '--record', rec);
    expect(r.status).toBe(0);
    record = JSON.parse(readFileSync(rec, 'utf8')) as Record<string, unknown>;
  }, 120_000);

  const write = (name: string, doc: unknown): string => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(doc));
    return file;
  };

  it('a record whose seed is beyond the range, as sim used to write (seed 1e20)', () => {
    const file = write('seed.json', { ...record, seed: 1e20 });
    const r = cli('validate', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${file}: seed: must be at most 4,294,967,295, found the number 100000000000000000000\n`);
    const t = cli('validate', write('seed-true.json', { ...record, seed: true }));
    expect(t.stderr).toBe(`${join(dir, 'seed-true.json')}: seed: a seed is ${RANGE} (or a text of at most 200 characters), found true\n`);
  });

  it('a scenario with hundreds of wrong values', () => {
    const doc = JSON.parse(readFileSync(join(ROOT, 'scenarios/tutorial.json'), 'utf8')) as { id: string; units: { men: number }[] };
    doc.id = 'many-errors';
    const unit = doc.units[0]!;
    doc.units = Array.from({ length: 600 }, (_, i) => ({ ...unit, id: `u-${i}`, men: -1 }));
    const file = write('many-errors.json', doc);
    const r = cli('validate', file);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe(`${file}: units[0].men: must be at least 1, found the number -1`);
    expect(lines[20]).toBe(`${file}: … and 594 more`); // 600 units with -1 men, and 14 references to the replaced units
  });

  it('a file with a byte-order mark', () => {
    mkdirSync(join(dir, 'bom'), { recursive: true });
    const file = join(dir, 'bom', 'tutorial.json');
    writeFileSync(file, `\uFEFF${readFileSync(join(ROOT, 'scenarios/tutorial.json'), 'utf8')}`);
    const r = cli('validate', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${file}: not valid JSON: line 1, column 1: the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without a BOM\n`);
  });
});
