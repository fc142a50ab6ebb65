/**
 * Every command's usage, printed by `--help`/`-h` (exit 0) and after a bad argument (exit 2). One table, so the
 * README's command table and the commands cannot drift apart without a test noticing.
 */
export const COMMANDS = ['sim', 'batch', 'replay', 'validate', 'levers', 'compare', 'merge', 'history'] as const;
export type CommandName = (typeof COMMANDS)[number];

const LEVELS = 'recruit|regular|veteran';

export const USAGE: Readonly<Record<CommandName, string>> = {
  sim: `usage: npm run -s sim -- --scenario ID|PATH --seed N [--set LEVER=VALUE]… [--soviet LEVEL] [--japanese LEVEL] [--out result.json] [--record replay.json]
One whole game, the computer against itself; prints an after-action summary.
  --scenario ID|PATH   a bundled scenario id (npm run -s levers -- ID lists its levers) or a scenario file
  --seed N             the game's seed (the same seed and levers give the same game)
  --set LEVER=VALUE    a what-if lever (repeatable); values as listed by \`levers\`
  --soviet, --japanese the computer's level for each side: ${LEVELS} (default regular)
  --out FILE           the result (result.json: winner, points, margin, losses, milestones, scenario hash)
  --record FILE        the game record, for \`replay\` and the browser's replay viewer
Exit status: 0 ok, 1 bad scenario or a failed game, 2 bad arguments.`,
  batch: `usage: npm run -s batch -- --scenario ID|PATH --runs N [--seed-start S] [--set LEVER=VALUE]… [--soviet LEVEL] [--japanese LEVEL] [--workers K] [--shard K/N] [--out stats.json] [--csv runs.csv] [--quiet]
Plays N seeded games (seeds S, S+1, …) and their statistics, with the comparison against history.
  --runs N             how many games;  --seed-start S  the first seed (default 1)
  --set LEVER=VALUE    a what-if lever (repeatable; npm run -s levers -- ID lists them)
  --soviet, --japanese the computer's level for each side: ${LEVELS} (default regular)
  --workers K          worker threads (default: every core)
  --shard K/N          play only the K-th of N slices of the seeds (join the slices' stats.json with \`merge\`)
  --out FILE           stats.json: statistics, levers by name, levels, engine version, scenario hash, history
                       comparison and every game's result; rewritten as games finish (complete: false until done)
  --csv FILE           one row per game, appended as games finish (sorted by seed at the end)
  --quiet, -q          no progress line
Exit status: 0 ok, 1 bad scenario or a failed game, 2 bad arguments.`,
  replay: `usage: npm run -s replay -- FILE [--verify] [--scenario ID|PATH]
Plays a game record again from its seed; with --verify checks the state hash after every turn.
Exit status: 0 good, 1 a bad or diverging record, 2 bad arguments.`,
  validate: `usage: npm run -s validate -- FILE… (scenario files, game records or exercise files)
Checks each file the way the game reads it; prints a summary per good file and every error with its place.
Exit status: 0 all good, 1 a bad file, 2 bad arguments.`,
  levers: `usage: npm run -s levers -- SCENARIO [--json]
       npm run -s levers -- SCENARIO --effects [--runs N] [--seed-start S] [--soviet LEVEL] [--japanese LEVEL] [--workers K]
       npm run -s levers:doc   (writes docs/lever-effects.md for the three battles)
Lists a scenario's what-if levers (id, name, default, range, step, unit, description) and the computer's levels.
  SCENARIO   a bundled scenario id or a scenario file
  --json     the same as JSON, for programs
  --effects  plays N games (default 50) with history's settings and N more with each lever at each end of its
             range, and says which measures each lever moved beyond noise (95 % intervals)
Exit status: 0 ok, 1 bad scenario or a failed game, 2 bad arguments.`,
  compare: `usage: npm run -s compare -- A.json B.json [--json]
Sets two batches (stats.json from \`batch\`) side by side: each measure for A and B, the difference B − A and its
95 % interval (Newcombe's for shares of games, Welch's for means), and a sentence for each.
  --json     the rows as JSON
Exit status: 0 ok, 1 a file that is not a batch's stats.json, 2 bad arguments.`,
  merge: `usage: npm run -s merge -- SHARD.json… --out stats.json
Joins the stats.json files of \`batch --shard K/N\` (all N of them) into the stats of the unsharded run.
Exit status: 0 ok, 1 shards that do not belong together (or are missing or unfinished), 2 bad arguments.`,
  history: `usage: npm run -s history -- SCENARIO [--runs N] [--seed-start S] [--workers K] [--markdown] [--quiet]
       npm run -s history:doc   (writes docs/history-fidelity.md for the three battles)
Plays N games (default 50) and sets the scenario's historical benchmarks beside them: the game's median and
10–90 % range, history's figure, its percentile among the games and a verdict.
  --markdown   print the section of docs/history-fidelity.md instead of the table
Exit status: 0 ok, 1 bad scenario or a failed game, 2 bad arguments.`,
};

/** Whether the arguments ask for help. */
export const wantsHelp = (argv: readonly string[]): boolean => argv.includes('--help') || argv.includes('-h');

/** Prints the usage and exits 0 when the arguments ask for help. */
export const answerHelp = (name: CommandName, argv: readonly string[]): void => {
  if (!wantsHelp(argv)) return;
  process.stdout.write(`${USAGE[name]}\n`);
  process.exit(0);
};
