/**
 * The preamble `sim` and `batch` share: `--help`, parse the arguments (exit 2 on a bad one), load the scenario by id
 * or path (exit 1 on a bad scenario), start it once with the chosen levers at the first seed (exit 2 on a lever it
 * does not have or a value it does not allow) and check the output paths before any game (exit 2) — each problem one
 * line on stderr prefixed with the command's name.
 */
import type { Difficulty } from '../ai';
import type { BySide } from '../engine';
import { loadScenarioGame, type LoadedScenario, type StartResult } from '../game/node';
import { parseGameArgs, type GameArgs, type ValueFlag } from './game-args';
import { outputPathProblem, quietPipes } from './cli-io';
import { answerHelp, type CommandName } from './usage';

export interface GameCommand {
  readonly args: GameArgs;
  readonly loaded: LoadedScenario;
  /** The game started at the first seed with the chosen levers (resolved against the scenario's defaults). */
  readonly start: Extract<StartResult, { ok: true }>;
  readonly difficulty: BySide<Difficulty>;
  /** Writes `NAME: message` to stderr and exits with `code`. */
  readonly fail: (code: 1 | 2, message: string) => never;
}

export interface GameCommandSpec {
  readonly name: CommandName;
  readonly flags: readonly ValueFlag[];
  readonly required: readonly ValueFlag[];
  /** The seed the scenario is first started at (which checks the levers). */
  readonly firstSeed: (args: GameArgs) => number;
}

export const gameCommand = (spec: GameCommandSpec, argv: readonly string[] = process.argv.slice(2)): GameCommand => {
  const fail = (code: 1 | 2, message: string): never => {
    process.stderr.write(`${spec.name}: ${message}\n`);
    process.exit(code);
  };
  quietPipes();
  answerHelp(spec.name, argv);
  const parsed = parseGameArgs(argv, spec.flags, spec.required);
  if (!parsed.ok) return fail(2, parsed.message);
  const { args } = parsed;
  const loaded = loadScenarioGame(args.scenario);
  if (!loaded.ok) return fail(1, loaded.message);
  // A lever the scenario does not have, or a value it does not allow, is a bad argument: the message names the levers.
  const start = loaded.start(spec.firstSeed(args), args.levers);
  if (!start.ok) return fail(2, start.message);
  // Output paths are checked before any game is played.
  for (const [flag, path] of [['--out', args.out], ['--record', args.record], ['--csv', args.csv]] as const) {
    const problem = path === undefined ? undefined : outputPathProblem(flag, path);
    if (problem) return fail(2, problem);
  }
  return { args, loaded, start, difficulty: { soviet: args.soviet, japanese: args.japanese }, fail };
};
