/**
 * More of the command line under bad input (issue 15), in the slow tier (`*.deep.test.ts`: `npm run test:history`
 * and CI): the rest of the seed and lever cases beside bad-input.test.ts's representatives, a record with 200,000
 * malformed entries read by three programs, and the progress line on a terminal.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliProgram } from '../../src/cli/worker-bundle';
import { programFile, ROOT, runCli } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'kg-bad-input-deep-'));
const cli = (program: CliProgram, ...args: string[]) => runCli(program, args);
const RANGE = 'a whole number from 0 to 4294967295';

describe('bad arguments: one line, exit 2, nothing played', () => {
  it.each([
    [['--seed', '9007199254740993'], `sim: --seed must be ${RANGE}, got '9007199254740993'\n`],
    [['--seed', '4294967296'], `sim: --seed must be ${RANGE}, got '4294967296'\n`],
    [['--seed', '1', '--set', 'constructor=1'], "sim: --set constructor=1: 'constructor' is not a lever name\n"],
    [['--seed', '1', '--set', 'nonsense=1'], "sim: unknown lever 'nonsense' (levers: tutorial-japanese-strength)\n"],
  ])('sim %j', (args, message) => {
    const r = cli('sim', '--scenario', 'tutorial', ...args);
    expect(r.stderr).toBe(message);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });

  it.each([
    [['--seed-start', '-5'], `batch: --seed-start must be ${RANGE}, got '-5'\n`],
    [['--seed-start', '1e3'], `batch: --seed-start must be ${RANGE}, got '1e3'\n`],
  ])('batch %j', (args, message) => {
    const r = cli('batch', '--scenario', 'tutorial', '--runs', '2', ...args);
    expect(r.stderr).toBe(message);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('files with many errors: twenty lines and a count', () => {
  it('a record with 200,000 malformed log entries (validate and replay)', () => {
    const rec = join(dir, 'good.json');
    expect(cli('sim', '--scenario', 'tutorial', '--seed', '3', '--record', rec).status).toBe(0);
    const record = JSON.parse(readFileSync(rec, 'utf8')) as Record<string, unknown>;
    const file = join(dir, 'many.json');
    writeFileSync(file, JSON.stringify({ ...record, commands: Array.from({ length: 200_000 }, () => ({ turn: 0, side: 'soviet', command: {} })) }));
    for (const r of [cli('validate', file), cli('replay', file, '--verify'), cli('replay', file)]) {
      expect(r.status).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(21);
      expect(lines[0]).toBe(`${file}: commands[0].turn: expected a turn number (1 or more), found the number 0`);
      expect(lines[20]).toBe(`${file}: … and 199,980 more`);
    }
  }, 120_000);
});

describe('long runs on a terminal', () => {
  it('sim shows the turn it has reached on a terminal (script gives it one), and nothing into a pipe', () => {
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${programFile('sim')}" --scenario tutorial --seed 2`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\rturn 1 of 8/);
    expect(r.stdout).toContain('\r\u001b[K'); // the progress line is cleared before the summary
    const piped = cli('sim', '--scenario', 'tutorial', '--seed', '2');
    expect(piped.stderr).toBe('');
  }, 120_000);
});
