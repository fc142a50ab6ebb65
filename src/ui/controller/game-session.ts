/**
 * One game in the browser: the true state, its game record (which is the save: the same file `sim --record` writes and
 * `replay --verify` checks), the event log as each side may read it, and whose eyes the screen shows. Plain
 * TypeScript, no DOM: the app and the tests drive it the same way.
 */
import type { Command, GameEvent, GameState, Side } from '../../engine';
import { describeEvent, visibleToSide } from './event-text';
import type { RulesPort, SideViewLite } from './rules-port';
import type { StartRequest } from './url-params';
import { RecordWriter, undoBarrier, type ControlChange, type GameRecord, type RecordParent } from '../../replay';
import { playersOf } from './session-record';
import { ENGINE_VERSION } from '../../game';

export interface LogLine {
  readonly turn: number;
  readonly text: string;
  /** The sides allowed to read this line. */
  readonly readers: readonly Side[];
}

/** Where a game came from, kept in its record: its name, the game it branched from, who took command when. */
export interface SessionOrigin {
  readonly name?: string;
  readonly parent?: RecordParent;
  readonly control?: readonly ControlChange[];
}

export type SubmitResult = { ok: true; events: readonly GameEvent[] } | { ok: false; reason: string };

/** The last command carried out: the state before it and the events it made (for the map's combat effects). */
export interface SessionStep {
  readonly before: GameState;
  readonly command: Command;
  readonly events: readonly GameEvent[];
}

export class GameSession {
  private current: GameState;
  private readonly commandLog: Command[] = [];
  private readonly writer: RecordWriter;
  /** The player's commands since the last thing they learned, newest last: what Undo may take back. */
  private undoable: { before: GameState; lines: number }[] = [];
  private origin: SessionOrigin;
  private readonly lines: LogLine[] = [];
  private readonly listeners = new Set<() => void>();
  private last: SessionStep | null = null;

  constructor(
    private readonly rules: RulesPort,
    initial: GameState,
    readonly request: StartRequest,
    origin: SessionOrigin = {},
  ) {
    this.current = initial;
    this.origin = origin;
    this.writer = new RecordWriter(initial, { engineVersion: ENGINE_VERSION, seed: request.seed, sides: playersOf(request) });
  }

  /** The game's name in the saved-games list, if the player gave one. */
  get name(): string | undefined {
    return this.origin.name;
  }

  rename(name: string): void {
    this.origin = { ...this.origin, name };
  }

  get state(): GameState {
    return this.current;
  }

  /** The last command submitted in this session, with the state before it and its events (null before any). */
  get lastStep(): SessionStep | null {
    return this.last;
  }

  get commands(): readonly Command[] {
    return this.commandLog;
  }

  /** Sides played by people at this screen. */
  humanSides(): readonly Side[] {
    return this.request.mode === 'hotseat' ? ['soviet', 'japanese'] : [this.request.side];
  }

  isHumanTurn(): boolean {
    return this.current.result === null && this.humanSides().includes(this.current.activeSide);
  }

  /** Whose view the screen shows: the human's against the AI; in hotseat, the side to move. */
  perspective(): Side {
    return this.request.mode === 'hotseat' ? this.current.activeSide : this.request.side;
  }

  view(side: Side = this.perspective()): SideViewLite {
    return this.rules.viewFor(this.current, side);
  }

  logFor(side: Side): readonly LogLine[] {
    return this.lines.filter((l) => l.readers.includes(side));
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends one command to the engine; on success the state, the command log and the event log move on. */
  submit(command: Command): SubmitResult {
    const result = this.rules.apply(this.current, command);
    if (!result.ok) return result;
    const before = this.current;
    const lines = this.lines.length;
    this.current = result.state;
    this.commandLog.push(command);
    this.writer.push(before, command, result.state);
    const human = this.humanSides().includes(before.activeSide);
    if (human && undoBarrier(before, command, result.state, before.activeSide) === null) this.undoable.push({ before, lines });
    else this.undoable = [];
    this.log(before, result.events);
    this.last = { before, command, events: result.events };
    for (const l of this.listeners) l();
    return { ok: true, events: result.events };
  }

  /** Whether the player's last command may be taken back (it taught them nothing new). */
  canUndo(): boolean {
    return this.undoable.length > 0 && this.isHumanTurn();
  }

  /**
   * Takes the player's last command back: the game becomes what its record gives without that command (the state
   * before it), the record and the event log lose it. Returns false when there is nothing to undo.
   */
  undo(): boolean {
    if (!this.canUndo()) return false;
    const { before, lines } = this.undoable.pop()!;
    this.current = before;
    this.last = null;
    this.commandLog.pop();
    this.writer.undoLast(before);
    this.lines.length = lines;
    for (const l of this.listeners) l();
    return true;
  }

  /** The game so far as a game record: what is saved, downloaded and replayed. */
  record(): GameRecord {
    const r = this.writer.record();
    const { name, parent, control } = this.origin;
    return { ...r, ...(name ? { name } : {}), ...(parent ? { parent } : {}), ...(control && control.length ? { control } : {}) };
  }

  /**
   * Rebuilds a game from its record by replaying its commands from the initial state. Stops at the first command the
   * engine refuses (a record from an older rules version) and says so.
   */
  static restore(rules: RulesPort, initial: GameState, request: StartRequest, record: GameRecord): { session: GameSession; problem: string | null } {
    const session = new GameSession(rules, initial, request, {
      ...(record.name ? { name: record.name } : {}),
      ...(record.parent ? { parent: record.parent } : {}),
      ...(record.control ? { control: record.control } : {}),
    });
    for (let k = 0; k < record.commands.length; k++) {
      const r = session.submit(record.commands[k]!.command);
      if (!r.ok) return { session, problem: `The saved game stops at command ${k + 1}: ${r.reason}` };
    }
    return { session, problem: null };
  }

  private log(before: GameState, events: readonly GameEvent[]): void {
    const after = this.current;
    const byId = new Map(after.units.map((u) => [u.id, u]));
    const labelOf = (id: string) => byId.get(id)?.label ?? id;
    const sideOf = (id: string) => byId.get(id)?.side;
    for (const e of events) {
      const text = describeEvent(e, labelOf, (id) => after.setup.objectives.find((o) => o.id === id)?.name ?? 'an objective');
      if (!text) continue;
      const readers = (['soviet', 'japanese'] as const).filter((s) => visibleToSide(e, s, sideOf, (id) => this.rules.sees(after, s, id)));
      this.lines.push({ turn: e.type === 'turn-started' ? e.turn : before.turn, text, readers });
    }
  }
}
