/**
 * `npm run -s sim -- --scenario ID|PATH --seed N [--set LEVER=VALUE]… [--soviet LEVEL] [--japanese LEVEL]
 * [--out result.json] [--record replay.json]`: one whole game, AI against AI (ARCHITECTURE.md). Prints a short
 * after-action summary; exit 0, 1 (bad scenario or levers, or the game failed) or 2 (bad arguments).
 */
import { writeFileSync } from 'node:fs';
import { afterActionReport, casualtyPercent, formatAfterAction, historicalCoverage, lossesSoFar } from '../analysis';
import { runGame, serializeHeadlessRecord } from '../game';
import { gameCommand } from './game-command';
import { SIM_FLAGS } from './game-args';

const { args, loaded, start, difficulty, fail } = gameCommand({ name: 'sim', flags: SIM_FLAGS, required: ['--scenario', '--seed'], firstSeed: (a) => a.seed });

const t0 = process.hrtime.bigint();
// A big scenario takes a while: on a terminal, say which turn the game has reached (never into a pipe or a file).
const progress = process.stderr.isTTY === true;
const turns = start.state.setup.clock.turns;
let output: ReturnType<typeof runGame>;
try {
  output = runGame({
    state: start.state,
    plan: loaded.plan,
    difficulty,
    seed: args.seed,
    levers: start.levers,
    engineVersion: loaded.engineVersion,
    ...(progress ? { onSideTurn: (s) => process.stderr.write(`\rturn ${s.turn} of ${turns}`) } : {}),
  });
  if (progress) process.stderr.write('\r\x1b[K');
} catch (e) {
  fail(1, `the game failed: ${e instanceof Error ? e.message : String(e)}`);
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const { game, summary } = output!;

if (args.out) writeFileSync(args.out, `${JSON.stringify(summary, null, 2)}\n`);
if (args.record) {
  writeFileSync(args.record, serializeHeadlessRecord(game, { engineVersion: loaded.engineVersion, seed: args.seed, difficulty }, start.state.setup));
}

const s = summary;
console.log(
  `${loaded.title} — seed ${args.seed}, Soviet ${args.soviet} vs Japanese ${args.japanese}: ` +
    `${s.winner === 'draw' ? 'draw' : `${s.winner} ${s.victoryLevel} victory`} after ${s.turnsPlayed} turns (${seconds.toFixed(2)} s, ${game.commands.length} commands)`,
);
console.log(
  `Casualties: Soviet ${casualtyPercent(s.initial.soviet, s.losses.soviet)}% of ${s.initial.soviet.men} men, ` +
    `Japanese ${casualtyPercent(s.initial.japanese, s.losses.japanese)}% of ${s.initial.japanese.men} men`,
);
const names = Object.fromEntries(loaded.eventNames);
const covered = lossesSoFar(game.state, historicalCoverage(loaded.historical));
for (const line of formatAfterAction(afterActionReport(s, loaded.historical, names, covered)).slice(1)) console.log(line);
console.log(`Final hash ${s.finalHash}`);
