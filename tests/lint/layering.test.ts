/**
 * The doors between layers hold: oxlint refuses an import of a file behind another layer's index.ts and an import
 * of a layer a layer may not use, and accepts the front doors (checked by planting files and linting them with the
 * project's own configuration). A command kind missing from the command table is a type error, which typecheck
 * catches: the @ts-expect-error below fails the build if a table without `exit` were ever accepted.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, type CommandTable } from '../../src/engine/command-table';

const lint = (file: string, text: string): { ok: boolean; output: string } => {
  writeFileSync(file, text);
  try {
    const output = execFileSync(process.execPath, ['node_modules/oxlint/bin/oxlint', file], { encoding: 'utf8', stdio: 'pipe' });
    return { ok: true, output };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  } finally {
    rmSync(file, { force: true });
  }
};

describe('layer doors', () => {
  it.each([
    ['src/ui/planted-door.ts', "import { reachable } from '../engine/movement';\nexport const x = reachable;\n", /import of a file behind|front door/],
    ['src/ui/controller/planted-door.ts', "import { parseRecord } from '../../replay/record';\nexport const x = parseRecord;\n", /front door/],
    ['src/cli/planted-door.ts', "import { parseScenario } from '../scenario/parse';\nexport const x = parseScenario;\n", /front door/],
    ['src/scenario/planted-door.ts', "import { chooseCommands } from '../ai';\nexport const x = chooseCommands;\n", /src\/scenario may import/],
    ['src/engine/planted-door.ts', "import { parseScenario } from '../scenario';\nexport const x = parseScenario;\n", /src\/engine may import nothing/],
    ['src/analysis/planted-door.ts', "import { parseExercise } from '../exercise';\nexport const x = parseExercise;\n", /src\/analysis may import/],
    ['src/ui/planted-door.ts', "import { parseExercise } from '../exercise/exercise-file';\nexport const x = parseExercise;\n", /front door/],
    ['scripts/planted-door.ts', "import { hashState } from '../src/engine/hash';\nexport const x = hashState;\n", /front door/],
  ])('refuses %s', (file, text, message) => {
    const r = lint(file, text);
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(message);
  });

  it.each([
    ['src/ui/planted-door.ts', "import { reachable } from '../engine';\nexport const x = reachable;\n"],
    ['src/cli/planted-door.ts', "import { loadScenarioGame } from '../game/node';\nexport const x = loadScenarioGame;\n"],
    ['src/ai/planted-door.ts', "import { parseScenario } from '../scenario';\nexport const x = parseScenario;\n"],
  ])('accepts the front door in %s', (file, text) => {
    const r = lint(file, text);
    expect(r.output).not.toMatch(/restricted/);
    expect(r.ok).toBe(true);
  });
});

describe('the command table', () => {
  it('is a type error without an entry for every kind of command', () => {
    const { exit: _exit, ...withoutExit } = COMMANDS;
    // @ts-expect-error: 'exit' is missing, so this is not a CommandTable (typecheck fails if it ever compiles).
    const table: CommandTable = withoutExit;
    expect(Object.keys(table)).not.toContain('exit');
  });
});
