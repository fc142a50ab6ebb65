/**
 * Running the command-line programs as processes, as a user would (real files, real exit codes, real stdout and
 * stderr), from the bundle the unit tier's global setup built (tests/helpers/cli-setup.ts).
 */
import { spawn, spawnSync, type ChildProcess, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import type { CliProgram } from '../../src/cli/worker-bundle';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The file that runs `program` (node PROGRAM_FILE args… does what `npm run -s program -- args…` does). */
export const programFile = (program: CliProgram): string => join(inject('cliDir'), `${program}.mjs`);

/** Runs `program` to its end in the project folder (or `options.cwd`). */
export const runCli = (program: CliProgram, args: readonly string[], options: Partial<SpawnSyncOptionsWithStringEncoding> = {}): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [programFile(program), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, ...options });

/** Starts `program` without waiting (to interrupt it, or to read its output as it comes). */
export const startCli = (program: CliProgram, args: readonly string[]): ChildProcess & { stderr: NonNullable<ChildProcess['stderr']> } =>
  spawn(process.execPath, [programFile(program), ...args], { cwd: ROOT });
