/**
 * Moving about in a game record as a viewer does: to any command, back one, to the start of any turn — instantly, on
 * the largest battle. The record is played through once when it is opened (checking each turn's hash against the
 * record as it goes, so a tampered or diverging record is caught at the turn it starts); the states at every
 * `keyframeEvery`-th command are kept, and a position is reached by playing forward from the nearest keyframe.
 * States are immutable and share what did not change, so a keyframe costs little more than the units it touched.
 */
import { applyCommand, hashState, type Axial, type Command, type GameEvent, type GameState, type Side } from '../engine';
import type { Scenario } from '../scenario';
import { recordHash, type ControlChange, type GameRecord } from './record';
import { replayLog, startOf } from './replay';

/** One command of the record as it was played: who gave it, in which turn, and what it did. */
export interface ReplayStep {
  /** Its index in `record.commands`; the position after it is `index + 1`. */
  readonly index: number;
  readonly turn: number;
  readonly side: Side;
  readonly command: Command;
  readonly events: readonly GameEvent[];
  /** Where the acting units stood before the command (for drawing an attack's line from them). */
  readonly actorsAt: readonly Axial[];
}

/** Where and why a record stops agreeing with the rules. */
export interface Divergence {
  readonly turn: number;
  /** The command the replay could not carry out, or null when a turn's hash differs. */
  readonly commandIndex: number | null;
  readonly message: string;
}

/** The hexes the command's units stand on (attacks only: a move's path says where it started). */
const actorHexes = (state: GameState, command: Command): Axial[] => {
  if (command.type !== 'attack' && command.type !== 'fire' && command.type !== 'bombard') return [];
  const ids = command.type === 'attack' ? command.unitIds : [command.unitId];
  return ids.flatMap((id) => {
    const u = state.units.find((x) => x.id === id);
    return u?.hex ? [u.hex] : [];
  });
};

export interface CursorOptions {
  /** A state is kept every this many commands (and at position 0). */
  readonly keyframeEvery?: number;
}

export type OpenCursorResult = { readonly ok: true; readonly cursor: ReplayCursor } | { readonly ok: false; readonly reason: string };

export class ReplayCursor {
  private pos = 0;
  private current: GameState;

  private constructor(
    readonly record: GameRecord,
    /** The state before any command. */
    readonly initial: GameState,
    private readonly keyframes: readonly GameState[],
    private readonly every: number,
    /** Every command that could be played, in order. */
    readonly steps: readonly ReplayStep[],
    /** `turnStarts[t - 1]`: the position at which turn t begins (its first command's index). */
    private readonly turnStarts: readonly number[],
    readonly divergence: Divergence | null,
    /** The state after the last playable command. */
    readonly last: GameState,
  ) {
    this.current = initial;
  }

  /**
   * Plays the record through once, keeping keyframes and each command's events. A record that cannot start with this
   * scenario is refused; one that diverges opens up to the point where it does, with `divergence` saying where.
   */
  static open(scenario: Scenario, record: GameRecord, options: CursorOptions = {}): OpenCursorResult {
    const start = startOf(scenario, record);
    if (!start.ok) return { ok: false, reason: start.reason };
    return { ok: true, cursor: ReplayCursor.fromState(start.state, record, options) };
  }

  /** As `open`, from a start state already built (the browser builds it from its own catalogue). */
  static fromState(initial: GameState, record: GameRecord, options: CursorOptions = {}): ReplayCursor {
    const every = Math.max(1, Math.floor(options.keyframeEvery ?? 16));
    const keyframes: GameState[] = [initial];
    const steps: ReplayStep[] = [];
    const turnStarts: number[] = [0];
    let divergence: Divergence | null = null;
    let state = initial;
    const played = replayLog(
      initial,
      record,
      (turn, got) => {
        const want = record.turnHashes[turn - 1];
        if (want === got) return true;
        divergence = {
          turn,
          commandIndex: null,
          message: want === undefined ? `the record has no hash for turn ${turn}, which its commands finish` : `the state after turn ${turn} (hash ${got}) differs from the record (hash ${want})`,
        };
        return false;
      },
      (i, before, after, events) => {
        const command = record.commands[i]!.command;
        steps.push({ index: i, turn: before.turn, side: before.activeSide, command, events, actorsAt: actorHexes(before, command) });
        if ((i + 1) % every === 0) keyframes.push(after);
        if (after.turn !== before.turn) turnStarts[after.turn - 1] = i + 1;
        state = after;
      },
    );
    if (!played.ok) divergence = { turn: played.turn ?? initial.turn, commandIndex: played.commandIndex, message: played.reason };
    if (!divergence && hashState(state) !== record.finalHash) {
      divergence = { turn: state.turn, commandIndex: null, message: `the final state (hash ${hashState(state)}) differs from the record (hash ${record.finalHash})` };
    }
    return new ReplayCursor(record, initial, keyframes, every, steps, turnStarts, divergence, state);
  }

  /** How many commands can be stepped through (all of the record's, or those before a divergence). */
  get length(): number {
    return this.steps.length;
  }

  /** How many commands have been applied to reach the state on show. */
  get position(): number {
    return this.pos;
  }

  get state(): GameState {
    return this.current;
  }

  /** The last turn the record reaches. */
  get lastTurn(): number {
    return this.last.turn;
  }

  /** The turn the state at `position` is in. */
  turnAt(position: number): number {
    const p = this.clamp(position);
    if (p === 0) return this.initial.turn;
    return p === this.length ? this.last.turn : this.steps[p]!.turn;
  }

  /** The position where turn `turn` begins (clamped to the turns the record reaches). */
  turnStart(turn: number): number {
    const t = Math.min(Math.max(1, Math.floor(turn)), this.turnStarts.length);
    return this.turnStarts[t - 1] ?? 0;
  }

  /** Moves to `position` (clamped to 0…length) and returns the state there. */
  seek(position: number): GameState {
    const p = this.clamp(position);
    if (p === this.pos) return this.current;
    // Forward from where we are when that is nearer than the keyframe below the target.
    const k = Math.floor(p / this.every);
    let from = k * this.every;
    let state = this.keyframes[k]!;
    if (p > this.pos && this.pos > from) {
      from = this.pos;
      state = this.current;
    }
    for (let i = from; i < p; i++) {
      const r = applyCommand(state, this.steps[i]!.command);
      // The first pass played these very commands from these very states: a refusal here is a bug in the engine.
      if (!r.ok) throw new Error(`replay cursor: command ${i} refused on the second pass (${r.reason})`);
      state = r.state;
    }
    this.pos = p;
    this.current = state;
    return state;
  }

  forward(): GameState {
    return this.seek(this.pos + 1);
  }

  back(): GameState {
    return this.seek(this.pos - 1);
  }

  /**
   * A new game record that starts as this one did and keeps its first `position` commands: "take command from here".
   * It remembers its parent (the parent's content hash and the branch point) and who commands each side from then on;
   * its hashes are the parent's for the turns finished before the branch point, and its final hash is the state there.
   */
  branch(position: number, control: readonly ControlChange[] = []): GameRecord {
    const p = this.clamp(position);
    const state = this.seek(p);
    const finishedTurns = state.result ? state.turn : state.turn - 1;
    const { name: _name, ...rest } = this.record;
    return {
      ...rest,
      commands: this.record.commands.slice(0, p),
      turnHashes: this.record.turnHashes.slice(0, finishedTurns),
      finalHash: hashState(state),
      parent: { recordHash: recordHash(this.record), commandIndex: p },
      control: [...(this.record.control ?? []).filter((c) => c.commandIndex <= p), ...control.map((c) => ({ ...c, commandIndex: p }))],
    };
  }

  /** The number of states the cursor keeps (for the memory budget). */
  get keyframeCount(): number {
    return this.keyframes.length;
  }

  private clamp(position: number): number {
    return Math.min(this.length, Math.max(0, Math.floor(position)));
  }
}
