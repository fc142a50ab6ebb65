/**
 * `npm run -s sim -- --scenario ID|PATH --seed N [--set LEVER=VALUE]… [--soviet LEVEL] [--japanese LEVEL]
 * [--out result.json] [--record replay.json]`: one whole game, AI against AI (ARCHITECTURE.md). Prints a short
 * after-action summary; exit 0, 1 (bad scenario or levers, or the game failed) or 2 (bad arguments).
 */
import { writeFileSync } from 'node:fs';
import { afterActionReport, formatAfterAction } from '../analysis/after-action';
import { casualtyPercent } from '../analysis/game-result';
import { parseGameArgs, SIM_FLAGS } from './game-args';
import { serializeHeadlessRecord } from './game-record';
import { runGame } from './run-game';
import { loadScenarioGame } from './scenario-source';

const fail = (code: 1 | 2, message: string): never => {
  process.stderr.write(`sim: ${message}\n`);
  process.exit(code);
};

const parsed = parseGameArgs(process.argv.slice(2), SIM_FLAGS, ['--scenario', '--seed']);
if (!parsed.ok) fail(2, parsed.message);
const args = (parsed as Extract<typeof parsed, { ok: true }>).args;

const loadedResult = loadScenarioGame(args.scenario);
if (!loadedResult.ok) fail(1, loadedResult.message);
const loaded = loadedResult as Extract<typeof loadedResult, { ok: true }>;
const startResult = loaded.start(args.seed, args.levers);
if (!startResult.ok) fail(1, startResult.message);
const start = startResult as Extract<typeof startResult, { ok: true }>;

const t0 = process.hrtime.bigint();
let output: ReturnType<typeof runGame>;
try {
  output = runGame({
    state: start.state,
    plan: loaded.plan,
    difficulty: { soviet: args.soviet, japanese: args.japanese },
    seed: args.seed,
    levers: start.levers,
    engineVersion: loaded.engineVersion,
  });
} catch (e) {
  fail(1, `the game failed: ${e instanceof Error ? e.message : String(e)}`);
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const { game, summary } = output!;

if (args.out) writeFileSync(args.out, `${JSON.stringify(summary, null, 2)}\n`);
if (args.record) {
  const difficulty = { soviet: args.soviet, japanese: args.japanese };
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
for (const line of formatAfterAction(afterActionReport(s, loaded.historical, names)).slice(1)) console.log(line);
console.log(`Final hash ${s.finalHash}`);
