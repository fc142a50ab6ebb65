/**
 * Writing a record while a game is played, and playing one again: `RecordWriter` logs each accepted command and the
 * state hash when each turn ends; `replayRecord` re-applies the log from the seed; `verifyRecord` compares the hashes
 * and names the first turn whose state differs, so a changed rule or a tampered file is caught where it starts.
 */
import { applyCommand, hashState, type Command, type GameEvent, type GameState } from '../engine';
import { contentHash, createGame, resolveLevers, type Scenario } from '../scenario';
import { RECORD_VERSION, type GameRecord, type PlayerSetting, type RecordedCommand } from './record';

/** A turn is over (for its hash) when the turn number moves on or the game ends. */
export const turnEnded = (before: GameState, after: GameState): boolean => after.turn !== before.turn || (after.result !== null && before.result === null);

export interface RecordMeta {
  readonly engineVersion: string;
  readonly seed: number | string;
  readonly sides?: { readonly soviet: PlayerSetting; readonly japanese: PlayerSetting };
}

/**
 * Builds a record as a game goes; append each accepted command with the states before and after it. Hashes are taken
 * only when a turn ends and when the record is written, so logging a command costs almost nothing.
 */
export class RecordWriter {
  private readonly commands: RecordedCommand[] = [];
  private readonly turnHashes: string[] = [];
  private last: GameState;

  constructor(
    private readonly initial: GameState,
    private readonly meta: RecordMeta,
  ) {
    this.last = initial;
  }

  push(before: GameState, command: Command, after: GameState): void {
    this.commands.push({ turn: before.turn, side: before.activeSide, command });
    this.last = after;
    if (turnEnded(before, after)) this.turnHashes.push(hashState(after));
  }

  /**
   * Takes the last command back (an undo): `state` is the state before it. Only for commands that did not end a turn,
   * so the turn hashes stand.
   */
  undoLast(state: GameState): void {
    const popped = this.commands.pop();
    if (popped === undefined) return;
    if (popped.turn !== state.turn) throw new Error('RecordWriter.undoLast: a command that ended a turn cannot be taken back');
    this.last = state;
  }

  record(): GameRecord {
    const setup = this.initial.setup;
    return {
      recordVersion: RECORD_VERSION,
      engineVersion: this.meta.engineVersion,
      scenarioId: setup.scenarioId,
      scenarioHash: setup.contentHash,
      levers: { ...setup.levers },
      seed: this.meta.seed,
      ...(this.meta.sides ? { sides: this.meta.sides } : {}),
      commands: this.commands.slice(),
      turnHashes: this.turnHashes.slice(),
      finalHash: hashState(this.last),
    };
  }
}

export type ReplayResult =
  | { readonly ok: true; readonly state: GameState; readonly turnHashes: readonly string[] }
  | {
      readonly ok: false;
      /** The turn the replay was in when it stopped (null when it could not start). */
      readonly turn: number | null;
      readonly commandIndex: number | null;
      readonly reason: string;
      readonly turnHashes: readonly string[];
    };

export const describeCommand = (c: Command): string => ('unitId' in c ? `${c.type} ${c.unitId}` : 'unitIds' in c ? `${c.type} by ${c.unitIds.join(', ')}` : c.type);

/** Starts the game the record describes, or says why it cannot be started with this scenario. */
export const startOf = (scenario: Scenario, record: GameRecord): { ok: true; state: GameState } | { ok: false; reason: string } => {
  if (record.scenarioId !== scenario.id) return { ok: false, reason: `the record is a game of '${record.scenarioId}', not of '${scenario.id}'` };
  if (record.scenarioHash !== contentHash(scenario)) {
    return { ok: false, reason: `the record was played on different content of '${scenario.id}' (content hash ${record.scenarioHash}, the scenario has ${contentHash(scenario)})` };
  }
  const levers = resolveLevers(scenario, record.levers);
  if (!levers.ok) return { ok: false, reason: `the record's levers do not fit the scenario: ${levers.errors.join('; ')}` };
  return { ok: true, state: createGame(scenario, { seed: record.seed, levers: levers.levers }) };
};

/** What a replay is told after each command it carries out (the replay cursor keeps the events and keyframes). */
export type StepListener = (index: number, before: GameState, after: GameState, events: readonly GameEvent[]) => void;

/**
 * Plays a record's log from `initial`: each entry must come in the turn and side it was logged in and be accepted by
 * the rules. `onStep` sees every command carried out; `onTurn(turn, hash)` sees each turn's hash as it is reached, and
 * returning false stops the replay there (verification stops at the first difference). The one loop behind
 * `replayRecord`, `verifyRecord` and the replay cursor.
 */
export const replayLog = (initial: GameState, record: GameRecord, onTurn?: (turn: number, hash: string) => boolean, onStep?: StepListener): ReplayResult => {
  let state = initial;
  const turnHashes: string[] = [];
  for (let i = 0; i < record.commands.length; i++) {
    const entry = record.commands[i]!;
    if ((entry.turn !== undefined && entry.turn !== state.turn) || (entry.side !== undefined && entry.side !== state.activeSide)) {
      return {
        ok: false,
        turn: state.turn,
        commandIndex: i,
        reason: `commands[${i}] (${describeCommand(entry.command)}) was logged in turn ${entry.turn ?? '?'} (${entry.side ?? '?'}), but the replay reached it in turn ${state.turn} (${state.activeSide})`,
        turnHashes,
      };
    }
    const result = applyCommand(state, entry.command);
    if (!result.ok) {
      return { ok: false, turn: state.turn, commandIndex: i, reason: `commands[${i}] (${describeCommand(entry.command)}) was refused: ${result.reason}`, turnHashes };
    }
    const before = state;
    state = result.state;
    onStep?.(i, before, state, result.events);
    if (turnEnded(before, state)) {
      const h = hashState(state);
      turnHashes.push(h);
      if (onTurn && !onTurn(before.turn, h)) return { ok: true, state, turnHashes };
    }
  }
  return { ok: true, state, turnHashes };
};

/** Plays the record's log from its seed (see `replayLog`). */
export const replayRecord = (scenario: Scenario, record: GameRecord, onTurn?: (turn: number, hash: string) => boolean): ReplayResult => {
  const start = startOf(scenario, record);
  if (!start.ok) return { ok: false, turn: null, commandIndex: null, reason: start.reason, turnHashes: [] };
  return replayLog(start.state, record, onTurn);
};

export type VerifyResult =
  | { readonly ok: true; readonly turns: number; readonly finalHash: string }
  | {
      readonly ok: false;
      /** The first turn whose replayed state differs from the record (null: the game could not be started at all). */
      readonly turn: number | null;
      readonly message: string;
    };

/** Replays the record and checks every per-turn hash and the final hash against it. */
export const verifyRecord = (scenario: Scenario, record: GameRecord): VerifyResult => {
  let diverged: { turn: number; message: string } | undefined;
  const replay = replayRecord(scenario, record, (turn, h) => {
    const want = record.turnHashes[turn - 1];
    if (want === h) return true;
    diverged = {
      turn,
      message:
        want === undefined
          ? `turn ${turn}: the replay ended this turn but the record has no hash for it (it has ${record.turnHashes.length} turns)`
          : `turn ${turn}: the replayed state (hash ${h}) differs from the record (hash ${want})`,
    };
    return false;
  });
  const engineNote = ` (the record was made by ${record.engineVersion})`;
  if (diverged) return { ok: false, turn: diverged.turn, message: diverged.message + engineNote };
  if (!replay.ok) {
    return { ok: false, turn: replay.turn, message: replay.turn === null ? replay.reason : `turn ${replay.turn}: ${replay.reason}${engineNote}` };
  }
  if (replay.turnHashes.length < record.turnHashes.length) {
    const turn = replay.turnHashes.length + 1;
    return { ok: false, turn, message: `turn ${turn}: the record has a hash for this turn but its commands do not finish it${engineNote}` };
  }
  const finalHash = hashState(replay.state);
  if (finalHash !== record.finalHash) {
    return { ok: false, turn: replay.state.turn, message: `turn ${replay.state.turn}: the final state (hash ${finalHash}) differs from the record (hash ${record.finalHash})${engineNote}` };
  }
  return { ok: true, turns: replay.turnHashes.length, finalHash };
};
