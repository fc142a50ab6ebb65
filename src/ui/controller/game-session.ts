/**
 * One game in the browser: the true state, the command log (which is also the save), the event log as each side may
 * read it, and whose eyes the screen shows. Plain TypeScript, no DOM: the app and the tests drive it the same way.
 */
import type { Command, GameEvent, GameState } from '../../engine/types';
import type { Side } from '../../engine/vocabulary';
import { describeEvent, visibleToSide } from './event-text';
import type { RulesPort, SideViewLite } from './rules-port';
import type { StartRequest } from './url-params';

export interface LogLine {
  readonly turn: number;
  readonly text: string;
  /** The sides allowed to read this line. */
  readonly readers: readonly Side[];
}

/** What autosave keeps: enough to rebuild the game exactly (seed, levers and every command). */
export interface SavedGame {
  readonly saveVersion: 1;
  readonly request: StartRequest;
  readonly commands: readonly Command[];
}

export type SubmitResult = { ok: true; events: readonly GameEvent[] } | { ok: false; reason: string };

export class GameSession {
  private current: GameState;
  private readonly commandLog: Command[] = [];
  private readonly lines: LogLine[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly rules: RulesPort,
    initial: GameState,
    readonly request: StartRequest,
  ) {
    this.current = initial;
  }

  get state(): GameState {
    return this.current;
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
    this.current = result.state;
    this.commandLog.push(command);
    this.record(before, result.events);
    for (const l of this.listeners) l();
    return { ok: true, events: result.events };
  }

  save(): SavedGame {
    return { saveVersion: 1, request: this.request, commands: this.commandLog.slice() };
  }

  /**
   * Rebuilds a saved game by replaying its commands from the initial state. Stops at the first command the engine
   * refuses (a save from an older rules version) and says so.
   */
  static restore(rules: RulesPort, initial: GameState, saved: SavedGame): { session: GameSession; problem: string | null } {
    const session = new GameSession(rules, initial, saved.request);
    for (let k = 0; k < saved.commands.length; k++) {
      const r = session.submit(saved.commands[k]!);
      if (!r.ok) return { session, problem: `The save stops at command ${k + 1}: ${r.reason}` };
    }
    return { session, problem: null };
  }

  private record(before: GameState, events: readonly GameEvent[]): void {
    const after = this.current;
    const byId = new Map(after.units.map((u) => [u.id, u]));
    const labelOf = (id: string) => byId.get(id)?.label ?? id;
    const sideOf = (id: string) => byId.get(id)?.side;
    const views = {
      soviet: new Set(this.rules.viewFor(after, 'soviet').state.units.map((u) => u.id)),
      japanese: new Set(this.rules.viewFor(after, 'japanese').state.units.map((u) => u.id)),
    };
    for (const e of events) {
      const text = describeEvent(e, labelOf);
      if (!text) continue;
      const readers = (['soviet', 'japanese'] as const).filter((s) => visibleToSide(e, s, sideOf, (id) => views[s].has(id)));
      this.lines.push({ turn: e.type === 'turn-started' ? e.turn : before.turn, text, readers });
    }
  }
}
