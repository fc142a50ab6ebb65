/**
 * Plays the computer's side-turn on screen. The computer is asked for one command at a time with its side's current
 * fog-of-war view (it is computed in a Web Worker, so the page never freezes); each command is applied to the real
 * game here, with a pause so the player can follow the moves, or without pauses once the player skips.
 */
import type { Command } from '../../engine';
import type { GameSession } from './game-session';

export interface AiBrain {
  /** A new side-turn starts for the side to move. */
  beginTurn(session: GameSession): Promise<void>;
  /** The next command for the side to move, given what it sees now. */
  next(session: GameSession): Promise<Command>;
}

export interface AiTurnOptions {
  /** Pause after each command while playing out, in ms. */
  readonly stepMs: number;
  readonly wait: (ms: number) => Promise<void>;
  /** Refused commands in a row before the turn is ended for the computer (a guard against a stuck loop). */
  readonly maxRefusals: number;
  /** Most commands in one side-turn. */
  readonly maxCommands: number;
}

export class AiTurnPlayer {
  private skipping = false;
  private running = false;

  constructor(
    private readonly brain: AiBrain,
    private readonly options: AiTurnOptions,
  ) {}

  get isRunning(): boolean {
    return this.running;
  }

  get isSkipping(): boolean {
    return this.skipping;
  }

  /** Play the rest of the current AI turn without pauses. */
  skip(): void {
    this.skipping = true;
  }

  /**
   * Plays the side to move until its part of the turn ends. Commands the engine refuses are dropped and listed;
   * after too many refusals, or too many commands, the turn is ended for the computer so the game always goes on.
   */
  async play(session: GameSession, afterEach: () => void = () => {}): Promise<{ applied: number; refused: string[] }> {
    this.running = true;
    this.skipping = false;
    const side = session.state.activeSide;
    const turn = session.state.turn;
    const stillOurs = () => !session.state.result && session.state.activeSide === side && session.state.turn === turn;
    const refused: string[] = [];
    let applied = 0;
    let refusedInRow = 0;
    try {
      await this.brain.beginTurn(session);
      for (let k = 0; k < this.options.maxCommands && stillOurs() && refusedInRow < this.options.maxRefusals; k++) {
        const c = await this.brain.next(session);
        const r = session.submit(c);
        if (r.ok) {
          applied++;
          refusedInRow = 0;
          afterEach();
          if (!this.skipping && c.type !== 'end-turn') await this.options.wait(this.options.stepMs);
        } else {
          refused.push(r.reason);
          refusedInRow++;
        }
      }
      if (stillOurs()) {
        const r = session.submit({ type: 'end-turn' });
        if (r.ok) applied++;
        else refused.push(r.reason);
        afterEach();
      }
    } finally {
      this.running = false;
    }
    return { applied, refused };
  }
}
