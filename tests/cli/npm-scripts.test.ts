/**
 * The command-line tests run the programs from a pre-built bundle (tests/helpers/cli.ts); this checks that what a
 * user types — `npm run -s PROGRAM` — runs those same programs from the sources, and that one of them really starts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_PROGRAMS } from '../../src/cli/worker-bundle';
import { ROOT } from '../helpers/cli';

const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The programs that play many games at once keep V8's garbage collector on each game's own thread (docs/batch-at-scale.md). */
const MANY_GAMES: ReadonlySet<string> = new Set(['batch', 'history', 'levers']);

describe('npm scripts of the command-line programs', () => {
  it.each(CLI_PROGRAMS)('npm run -s %s runs src/cli/%s.ts', (program) => {
    expect(scripts[program]).toBe(`tsx ${MANY_GAMES.has(program) ? '--single-threaded-gc ' : ''}src/cli/${program}.ts`);
    expect(existsSync(join(ROOT, 'src/cli', `${program}.ts`))).toBe(true);
  });

  it('starts from the sources through tsx, as npm runs it', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/levers.ts', '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run -s levers -- SCENARIO/);
  });
});
