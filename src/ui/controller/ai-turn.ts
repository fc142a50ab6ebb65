/**
 * Plays the computer's side-turn on screen. The computer plans the whole side-turn at once from its side's fog-of-war
 * view (in a Web Worker, exactly as headless games plan it, so the page never freezes); each command is then applied
 * to the real game here, with a pause at the pace the player chose so they can follow the moves, or without pauses
 * once the player skips. A command the real game refuses is dropped and the rest of the side-turn planned afresh.
 */
import { SIDE_NAMES, indexOf, type Command, type GameState, type Side } from '../../engine';
import type { GameSession } from './game-session';

export interface AiBrain {
  /**
   * The whole side-turn for the side to move, planned from the game as it is now (seen through that side's fog): its
   * commands in order, each as soon as it is chosen. Leaving the loop early abandons the rest.
   */
  planTurn(session: GameSession): AsyncIterable<Command>;
  /** Starts planning the side to move's turn ahead (while the map loads), for `planTurn` to take up. */
  prepare?(session: GameSession): void;
  /** How long the last side-turn took to plan, in ms (for the speed test). */
  readonly lastPlanMs?: number;
  /** Frees the brain's resources (the worker) when the battle closes. */
  dispose?(): void;
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

/** How fast the computer's moves are played out on screen. */
export type AiPace = 'slow' | 'normal' | 'fast';
export const AI_PACES: readonly AiPace[] = ['slow', 'normal', 'fast'];
/** The pause after each of the computer's commands at each pace, in ms. */
export const PACE_STEP_MS: Readonly<Record<AiPace, number>> = { slow: 700, normal: 250, fast: 60 };
export const isAiPace = (x: unknown): x is AiPace => typeof x === 'string' && (AI_PACES as readonly string[]).includes(x);

export class AiTurnPlayer {
  private skipping = false;
  private running = false;
  private stepMs: number;

  constructor(
    private readonly brain: AiBrain,
    private readonly options: AiTurnOptions,
  ) {
    this.stepMs = options.stepMs;
  }

  get isRunning(): boolean {
    return this.running;
  }

  get isSkipping(): boolean {
    return this.skipping;
  }

  /** The pause after each command from now on (the player changed the pace). */
  setStepMs(ms: number): void {
    this.stepMs = ms;
  }

  /** Play the rest of the current AI turn without pauses. */
  skip(): void {
    this.skipping = true;
  }

  /**
   * Plays the side to move until its part of the turn ends. Commands the engine refuses are dropped and listed, and
   * the rest of the turn is planned again from the game as it now is; after too many refusals in a row, or too many
   * commands, the turn is ended for the computer so the game always goes on. `afterEach` hears each accepted command.
   */
  async play(session: GameSession, afterEach: (command: Command) => void = () => {}): Promise<{ applied: number; refused: string[] }> {
    this.running = true;
    this.skipping = false;
    const side = session.state.activeSide;
    const turn = session.state.turn;
    const stillOurs = () => !session.state.result && session.state.activeSide === side && session.state.turn === turn;
    const refused: string[] = [];
    let applied = 0;
    let refusedInRow = 0;
    try {
      planning: while (stillOurs() && refusedInRow < this.options.maxRefusals && applied < this.options.maxCommands) {
        for await (const c of this.brain.planTurn(session)) {
          if (!stillOurs() || applied >= this.options.maxCommands) break planning;
          const r = session.submit(c);
          if (!r.ok) {
            refused.push(r.reason);
            refusedInRow++;
            continue planning; // the rest of the plan assumed this one went through: plan again
          }
          applied++;
          refusedInRow = 0;
          afterEach(c);
          if (!this.skipping && c.type !== 'end-turn') await this.options.wait(this.stepMs);
        }
        break; // the plan is used up
      }
      if (stillOurs()) {
        const c: Command = { type: 'end-turn' };
        const r = session.submit(c);
        if (r.ok) applied++;
        else refused.push(r.reason);
        afterEach(c);
      }
    } finally {
      this.running = false;
    }
    return { applied, refused };
  }
}

const VERB: Readonly<Record<Command['type'], string>> = {
  move: 'moves',
  attack: 'assaults',
  fire: 'opens fire',
  bombard: 'bombards',
  'air-strike': 'air strike',
  entrench: 'digs in',
  rally: 'rallies',
  'build-bridge': 'bridges the river',
  exit: 'leaves the map',
  'end-turn': 'ends its turn',
};

/** The unit giving a command, if any (the first attacker of an assault). */
export const actingUnitId = (c: Command): string | null => {
  if ('unitId' in c) return c.unitId;
  if (c.type === 'attack') return c.unitIds[0] ?? null;
  return null;
};

export interface ActingUnit {
  /** The unit to highlight, when the watching side can see it now; null otherwise. */
  readonly unitId: string | null;
  /** The map hex to bring into view (the unit's, or the target's), or -1. */
  readonly hex: number;
  /** The banner's words, e.g. "Soviet: 2/149 Rifle moves". */
  readonly text: string;
}

/**
 * What the watching side may be told about the computer's last command, from its own view after it: the unit by name
 * and the hex when it sees them, otherwise only that the computer is moving (the fog of war holds for the banner too).
 */
export const describeAiCommand = (c: Command, side: Side, seen: GameState): ActingUnit => {
  const who = SIDE_NAMES[side];
  const map = seen.setup.map;
  const target = 'target' in c ? indexOf(map, c.target) : -1;
  if (c.type === 'air-strike') return { unitId: null, hex: target, text: `${who}: air strike` };
  const id = actingUnitId(c);
  const unit = id ? seen.units.find((u) => u.id === id && u.hex) : undefined;
  if (!unit || !unit.hex) return { unitId: null, hex: -1, text: `${who}: the computer is moving…` };
  const extra = c.type === 'attack' && c.unitIds.length > 1 ? ` with ${c.unitIds.length - 1} more` : '';
  return { unitId: unit.id, hex: indexOf(map, unit.hex), text: `${who}: ${unit.label}${extra} ${VERB[c.type]}` };
};
