/**
 * `npm run -s replay -- FILE [--verify] [--scenario ID|PATH]`: plays a game record again from its seed. With
 * `--verify` it checks the state hash after every turn and names the first turn that differs.
 * Exit status: 0 good, 1 a bad or diverging record, 2 bad arguments. Never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { formatFileError, parseScenario, SCENARIO_LIMITS, type Scenario } from '../scenario';
import { parseRecord, replayRecord } from '../replay';
import { cappedErrors, megabytes } from '../format';
import { bundledScenarios } from '../game/node';
import { checkRecordText } from './record-check';
import { quietPipes } from './cli-io';
import { USAGE as COMMAND_USAGE } from './usage';

/** The first line of the usage, after a bad argument; `--help` prints the whole. */
const USAGE = COMMAND_USAGE.replay.split('\n')[0]!;

const fail = (message: string, status = 1): number => {
  process.stderr.write(`${message}\n`);
  return status;
};

const readText = (file: string, maxBytes: number): string | { error: string } => {
  try {
    const st = statSync(file);
    if (st.size > maxBytes) return { error: `${file}: the file is ${megabytes(st.size)}; it may be at most ${megabytes(maxBytes).replace('.0', '')}` };
    return readFileSync(file, 'utf8');
  } catch {
    return { error: `${file}: cannot read the file: no such file` };
  }
};

const loadScenario = (arg: string): Scenario | { error: string } => {
  const bundled = bundledScenarios().get(arg);
  if (bundled && !arg.endsWith('.json')) return bundled;
  const text = readText(arg, SCENARIO_LIMITS.bytes);
  if (typeof text !== 'string') return text;
  const parsed = parseScenario(text, { fileName: basename(arg) });
  if (!parsed.ok) return { error: `${arg}: ${cappedErrors(parsed.errors).map(formatFileError).join(`\n${arg}: `)}` };
  return parsed.scenario;
};

export const main = (args: readonly string[]): number => {
  quietPipes();
  let verify = false;
  let scenarioArg: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--verify') verify = true;
    else if (a === '--scenario') {
      scenarioArg = args[++i];
      if (scenarioArg === undefined) return fail(`replay: --scenario needs an id or a path\n${USAGE}`, 2);
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`${COMMAND_USAGE.replay}\n`);
      return 0;
    } else if (a.startsWith('-')) return fail(`replay: unknown option '${a}'\n${USAGE}`, 2);
    else files.push(a);
  }
  if (files.length !== 1) return fail(`replay: give exactly one record file\n${USAGE}`, 2);
  const file = files[0]!;
  const text = readText(file, 20 * 1024 * 1024);
  if (typeof text !== 'string') return fail(text.error);
  let scenario: Scenario | undefined;
  if (scenarioArg !== undefined) {
    const s = loadScenario(scenarioArg);
    if ('error' in s) return fail(s.error);
    scenario = s;
  }
  if (verify) {
    const r = checkRecordText(text, scenario);
    if (!r.ok) return fail(r.lines.map((l) => `${file}: ${l}`).join('\n'));
    process.stdout.write(`${r.summary}\n`);
    return 0;
  }
  const parsed = parseRecord(text);
  if (!parsed.ok) return fail(cappedErrors(parsed.errors).map((e) => `${file}: ${formatFileError(e)}`).join('\n'));
  const target = scenario ?? bundledScenarios().get(parsed.record.scenarioId);
  if (!target) return fail(`${file}: scenarioId: no bundled scenario '${parsed.record.scenarioId}'; give its file with --scenario`);
  const replay = replayRecord(target, parsed.record);
  if (!replay.ok) return fail(`${file}: ${replay.turn === null ? '' : `turn ${replay.turn}: `}${replay.reason}`);
  const result = replay.state.result;
  process.stdout.write(
    `${target.id}: replayed ${parsed.record.commands.length} commands to turn ${replay.state.turn}${
      result ? ` — ${result.winner === 'draw' ? 'a draw' : `${result.winner} ${result.level} victory`} (${result.reason})` : ' — the game is not over'
    }\n`,
  );
  return 0;
};

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`replay: could not finish: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
