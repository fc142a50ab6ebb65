/**
 * The what-if lab's commands as a teacher runs them: real processes, real files in a temp folder, the tutorial
 * (small and quick) and a handful of seeds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../src/cli/usage';
import { main as compareMain } from '../../src/cli/compare';
import { listMain as leversMain } from '../../src/cli/levers';
import { main as mergeMain } from '../../src/cli/merge';
import { DESIGNER_NOTES } from '../../src/analysis';
import { historyMarkdown } from '../../src/cli/report-text';
import type { CliProgram } from '../../src/cli/worker-bundle';
import { programFile, runCli, startCli } from '../helpers/cli';

const ROOT = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'kg-lab-'));
const cli = (command: CliProgram, ...args: string[]) => runCli(command, args);
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/** Runs a command's `main` in this process (no process start-up to pay for), capturing what it writes. */
const inProcess = (main: (argv: readonly string[]) => number, ...args: string[]) => {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { status: main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
};

describe('--help', () => {
  it.each(COMMANDS)('%s answers --help with its usage and exit 0', (command) => {
    const r = cli(command, '--help');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^usage: npm run -s ${command} -- `));
  });
});

describe('levers', () => {
  it('lists every lever with its name, default, range, step, unit and description, and the levels', () => {
    const r = inProcess(leversMain, 'tutorial');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('tutorial-japanese-strength — Strength of the defenders');
    expect(r.stdout).toContain('default 100 % (history); from 50 % to 150 % in steps of 25 %');
    expect(r.stdout).toMatch(/Computer levels[^\n]*\n  recruit .*\n  regular .*\n  veteran /);
  });

  it('gives the same as JSON for programs', () => {
    const r = inProcess(leversMain, 'tutorial', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.levers).toEqual([expect.objectContaining({ id: 'tutorial-japanese-strength', default: 100, min: 50, max: 150, step: 25, unit: '%' })]);
    expect(out.difficulties.map((d: { id: string }) => d.id)).toEqual(['recruit', 'regular', 'veteran']);
  });

  it('says which scenario it cannot find (exit 1)', () => {
    const r = inProcess(leversMain, 'no-such-battle');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^levers: no scenario 'no-such-battle'/);
  });

  it('leaves quietly when its reader goes away (EPIPE)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${programFile('levers')}" azuma-encirclement | true`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('batch arguments and output paths, checked before any game', () => {
  it.each([
    [['--set', 'nonsense=1'], "batch: unknown lever 'nonsense' (levers: tutorial-japanese-strength)\n"],
    [['--out', join(dir, 'no-such-folder', 'stats.json')], `batch: --out ${join(dir, 'no-such-folder', 'stats.json')}: the folder ${join(dir, 'no-such-folder')} does not exist\n`],
    [['--csv', dir], `batch: --csv ${dir}: is a folder; give a file name\n`],
  ])('%j: one line, exit 2', (args, message) => {
    const r = cli('batch', '--scenario', 'tutorial', '--runs', '50', ...args);
    expect(r.stderr).toBe(message);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('shards, merge and compare', () => {
  const base = ['--scenario', 'tutorial', '--runs', '4', '--seed-start', '3', '-q'];
  const file = (name: string) => join(dir, name);

  it('merges shards into exactly the stats of the unsharded run; compare sets two batches side by side', () => {
    expect(cli('batch', ...base, '--workers', '2', '--out', file('all.json'), '--csv', file('all.csv')).status).toBe(0);
    for (const k of [1, 2]) expect(cli('batch', ...base, '--shard', `${k}/2`, '--workers', '1', '--out', file(`shard-${k}.json`)).status).toBe(0);
    expect(json(file('shard-2.json')).seeds).toEqual([5, 6]);
    const merged = inProcess(mergeMain, file('shard-2.json'), file('shard-1.json'), '--out', file('merged.json'), '-q');
    expect(merged.stderr).toBe('');
    expect(merged.status).toBe(0);
    const { timing, ...all } = json(file('all.json'));
    expect(timing.workers).toBe(2);
    // The whole process's CPU time beside the wall time (two worker threads played the games: some CPU was spent).
    expect(timing.cpuSeconds).toBeGreaterThan(0);
    expect(Object.keys(timing).sort()).toEqual(['cpuSeconds', 'seconds', 'workers']);
    expect(json(file('merged.json'))).toEqual(all);
    expect(all).toMatchObject({ complete: true, runs: 4, seeds: [3, 4, 5, 6], difficulty: { soviet: 'regular', japanese: 'regular' } });
    expect(all.leverSettings).toEqual([{ id: 'tutorial-japanese-strength', name: 'Strength of the defenders', value: 100, default: 100, min: 50, max: 150, unit: '%', changed: false }]);
    expect(all.scenarioHash).toMatch(/^[0-9a-f]{16}$/);
    expect(all.games.map((g: { points: unknown; margin: unknown; scenarioHash: string }) => g.scenarioHash)).toEqual(Array(4).fill(all.scenarioHash));
    const csv = readFileSync(file('all.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toContain('Strength of the defenders (%),Soviet points,Japanese points,margin (Soviet minus Japanese points)');
    expect(csv[0]).toContain('Take the village (turn)');
    expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual(['3', '4', '5', '6']);

    const refused = inProcess(mergeMain, file('shard-1.json'), '--out', file('bad.json'));
    expect([refused.status, refused.stderr]).toEqual([1, 'merge: missing shard 2/2\n']);

    expect(cli('batch', ...base, '--workers', '1', '--set', 'tutorial-japanese-strength=150', '--out', file('b.json')).status).toBe(0);
    const text = inProcess(compareMain, file('all.json'), file('b.json'));
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Levers set: Strength of the defenders 150 % (history: 100 %)');
    const sovietWins = (f: string): number => json(file(f)).wins.soviet.count;
    const share = (n: number): string => `${n} of 4 games (${Math.round((n * 100) / 4)} %)`;
    const line = new RegExp(`\\nSoviet victory +${share(sovietWins('all.json')).replace(/[()]/g, '\\$&')} +${share(sovietWins('b.json')).replace(/[()]/g, '\\$&')} +−?\\d+ points \\(−?\\d+ to \\d+\\)`);
    expect(text.stdout).toMatch(line);
    const rows = JSON.parse(inProcess(compareMain, file('all.json'), file('b.json'), '--json').stdout).rows;
    expect(rows.find((r: { id: string }) => r.id === 'wins.soviet')).toMatchObject({ kind: 'share', a: share(sovietWins('all.json')), b: share(sovietWins('b.json')) });
    const bad = inProcess(compareMain, file('all.json'), file('all.csv'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^compare: .*all\.csv: not JSON/);
  }, 300_000);

  it('keeps what an interrupted batch played: CSV rows and stats.json marked unfinished', async () => {
    const out = file('stopped.json');
    const csv = file('stopped.csv');
    const child = startCli('batch', ['--scenario', 'tutorial', '--runs', '200', '--workers', '1', '--out', out, '--csv', csv, '-q']);
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += String(d)));
    const rows = (): number => (existsSync(csv) ? readFileSync(csv, 'utf8').trim().split('\n').length - 1 : 0);
    while (rows() < 2) await new Promise((r) => setTimeout(r, 200));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    expect(code).toBe(130);
    const stats = json(out);
    expect(stats.complete).toBe(false);
    expect(stats.games.length).toBeGreaterThanOrEqual(2);
    expect(stats.games.length).toBeLessThan(200);
    expect(stderr).toMatch(/batch: stopped after \d+ of 200 games/);
  }, 300_000);
});

describe('history', () => {
  it('sets the benchmarks of the historical block beside a few games, and as Markdown', () => {
    const tutorial = JSON.parse(readFileSync(join(ROOT, 'scenarios/tutorial.json'), 'utf8'));
    const strength = { men: 1000, tanks: 0, armouredCars: 0, guns: 4, source: 'SEED' };
    const none = { killed: null, wounded: null, missing: null, tanks: null, armouredCars: null, guns: null, aircraft: null };
    tutorial.historical = {
      winner: 'soviet',
      result: 'The village fell.',
      strength: { soviet: strength, japanese: strength },
      losses: { soviet: none, japanese: { ...none, killed: 60 } },
      milestones: { 'tut-village-taken': { date: '1939-07-05T12:00', turn: 3 } },
      sources: 'SEED',
    };
    mkdirSync(join(dir, 'scn'), { recursive: true });
    const path = join(dir, 'scn', 'tutorial.json');
    writeFileSync(path, JSON.stringify(tutorial));
    const r = cli('history', path, '--runs', '3', '--workers', '1', '-q');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Tutorial: Across the River \(tutorial\) against history: 3 games \(seeds 1–3\)/);
    expect(r.stdout).toMatch(/Engine khalkhin-gol-1939\/[^;]+; scenario content [0-9a-f]{16}/);
    expect(r.stdout).toMatch(/  Winner: \d of 3 games as in history; history: Soviet victory — /);
    expect(r.stdout).toMatch(/  Turn: Village taken: median turn \d+.*history: turn 3 \(1939-07-05T12:00\), percentile \d+ — /);
    expect(r.stdout).toMatch(/  Japanese men killed: median \d+.*history: 60, percentile \d+ — /);
    const bare = cli('history', 'tutorial', '--runs', '1');
    expect([bare.status, bare.stderr]).toEqual([1, 'history: tutorial has no historical block to compare with\n']);
  }, 300_000);

  it('--markdown: the section of docs/history-fidelity.md, a table row per benchmark', () => {
    const report = json(join(dir, 'all.json'));
    const md = historyMarkdown({ ...report, historyComparison: [{ id: 'winner', measure: 'Winner', kind: 'yes-no', games: 4, matches: { count: 3, runs: 4, rate: 0.75, low: 0.3, high: 0.95 }, median: null, p10: null, p90: null, never: 0, historyText: 'Soviet victory', historyValue: true, percentile: null, verdict: 'as in history in 3 of 4 games' }] });
    expect(md).toMatch(/^## Tutorial: Across the River\n\n4 games \(seeds 3–6\), the computer against itself \(Soviet regular, Japanese regular\), levers all at history's values; engine `khalkhin-gol-1939\/[^`]+`, scenario content `[0-9a-f]{16}`\.\n/);
    expect(md).toContain("| benchmark | the game | history | history's percentile | verdict |\n| --- | --- | --- | --- | --- |\n| Winner | 3 of 4 games as in history | Soviet victory | — | as in history in 3 of 4 games |\n");
    // The tutorial has no designer's notes; a bundled battle's section ends with its own, each with its source.
    expect(md).not.toContain("Designer's notes");
    const august = historyMarkdown({ ...report, scenario: 'august-offensive', historyComparison: [] });
    const notes = august.slice(august.indexOf("**Designer's notes**")).trimEnd().split('\n').slice(2);
    expect(notes.length).toBe(DESIGNER_NOTES['august-offensive']!.length);
    for (const line of notes) expect(line).toMatch(/^- \*[^*]+\.\* .+ \[[A-Z][^\]]*\]$/);
    expect(august).toContain('- *Soviet men killed and wounded.* ');
  }, 300_000);
});
