/** Game records through the command line, as a user runs it: `validate` and `replay --verify`. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeRecord } from '../../src/replay/record';
import { parseScenario } from '../../src/scenario/parse';
import { playRandomGame } from './play-random';
import type { CliProgram } from '../../src/cli/worker-bundle';
import { runCli } from '../helpers/cli';

const run = (script: CliProgram, args: string[]) => runCli(script, args);

const parsed = parseScenario(readFileSync('scenarios/tutorial.json', 'utf8'));
if (!parsed.ok) throw new Error('tutorial must parse');
const { record } = playRandomGame(parsed.scenario, 5);
const dir = mkdtempSync(join(tmpdir(), 'kg-record-'));
const good = join(dir, 'good.json');
const tampered = join(dir, 'tampered.json');
writeFileSync(good, serializeRecord(record));
const hashes = record.turnHashes.slice();
hashes[2] = 'ffffffffffffffff';
writeFileSync(tampered, serializeRecord({ ...record, turnHashes: hashes }));
const summary = `tutorial record: ok — seed 5, 8 turns and ${record.commands.length} commands verified, final hash ${record.finalHash}\n`;

describe('records on the command line', () => {
  it('validate checks a record (and a scenario) in one run', () => {
    const r = run('validate', [good, 'scenarios/tutorial.json']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${summary}tutorial: ok — soviet 6 units 595 men; japanese 4 units 385 men\n`);
    expect(r.status).toBe(0);
  });

  it('replay --verify passes a good record and names the first divergent turn of a tampered one', () => {
    const ok = run('replay', [good, '--verify']);
    expect([ok.status, ok.stdout]).toEqual([0, summary]);
    const bad = run('replay', [tampered, '--verify']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe(`${tampered}: turn 3: the replayed state (hash ${record.turnHashes[2]}) differs from the record (hash ffffffffffffffff) (the record was made by test)\n`);
  });

  it('replay without --verify plays to the end; bad arguments exit 2', () => {
    const r = run('replay', [good]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^tutorial: replayed \d+ commands to turn 8 — /);
    expect(run('replay', []).status).toBe(2);
    expect(run('replay', [good, '--fast']).status).toBe(2);
  });
});
