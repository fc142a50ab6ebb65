/**
 * The game record of a whole AI-against-AI game (what `sim --record` writes), in src/replay's format: recordVersion,
 * engine version, scenario id and content hash, levers, seed, who played, the command log with turn and side, and the
 * hash after every turn.
 */
import type { Difficulty, HeadlessGame } from '../ai';
import { hashState, type BySide } from '../engine';
import { RECORD_VERSION, serializeRecord, type GameRecord } from '../replay';

export const headlessRecord = (game: HeadlessGame, meta: { engineVersion: string; seed: number | string; difficulty: BySide<Difficulty> }, initialSetup: HeadlessGame['state']['setup']): GameRecord => ({
  recordVersion: RECORD_VERSION,
  engineVersion: meta.engineVersion,
  scenarioId: initialSetup.scenarioId,
  scenarioHash: initialSetup.contentHash,
  levers: { ...initialSetup.levers },
  seed: meta.seed,
  sides: {
    soviet: { player: 'ai', difficulty: meta.difficulty.soviet },
    japanese: { player: 'ai', difficulty: meta.difficulty.japanese },
  },
  commands: game.log.map((e) => ({ turn: e.turn, side: e.side, command: e.command })),
  turnHashes: [...game.turnHashes],
  finalHash: hashState(game.state),
});

export const serializeHeadlessRecord = (...args: Parameters<typeof headlessRecord>): string => serializeRecord(headlessRecord(...args));
