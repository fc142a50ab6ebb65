/**
 * What the replay viewer shows about a position, worked out from the replay cursor's steps: the event log up to it
 * (each line with the position to jump to), the marks on the timeline (milestones and objectives), the effect of the
 * command just played (a move's path, an attack's line), and the position written in and read from the URL.
 * Pure, so it is tested without a browser.
 */
import { SIDE_NAMES, indexOf, type GameEvent, type MapData, type Side } from '../../engine';
import type { ReplayStep } from '../../replay';
import { describeEvent, visibleToSide, type LabelOf, type ObjectiveNameOf } from './event-text';

/** Whose eyes the viewer uses: everything (the default), or one side's fog of war. */
export type ReplayViewpoint = 'observer' | Side;

export interface ReplayLogLine {
  /** The position to jump to for this line: just after the command that caused it. */
  readonly position: number;
  readonly turn: number;
  readonly text: string;
}

export interface TimelineMark {
  readonly position: number;
  readonly turn: number;
  readonly kind: 'milestone' | 'objective' | 'game-over';
  readonly label: string;
}

/** The event log up to `position`: every line the viewpoint may read, oldest first. */
export const replayLog = (
  steps: readonly ReplayStep[],
  position: number,
  labelOf: LabelOf,
  sideOf: (id: string) => Side | undefined,
  viewpoint: ReplayViewpoint,
  objectiveNameOf?: ObjectiveNameOf,
): ReplayLogLine[] => {
  const out: ReplayLogLine[] = [];
  const end = Math.min(position, steps.length);
  for (let p = 0; p < end; p++) {
    const step = steps[p]!;
    for (const e of step.events) {
      // A side's view reads its own units' doings and public events; what it saw of the enemy is not kept per step.
      if (viewpoint !== 'observer' && !visibleToSide(e, viewpoint, sideOf, (id) => sideOf(id) === viewpoint)) continue;
      const text = describeEvent(e, labelOf, objectiveNameOf);
      if (text) out.push({ position: p + 1, turn: e.type === 'turn-started' ? e.turn : step.turn, text });
    }
  }
  return out;
};

const markOf = (e: GameEvent, position: number, turn: number, nameOf: (id: string) => string): TimelineMark | null => {
  switch (e.type) {
    case 'milestone':
      return { position, turn, kind: 'milestone', label: e.name };
    case 'objective':
      return { position, turn, kind: 'objective', label: `${nameOf(e.id)}: ${e.achieved ? 'achieved' : 'lost'} (${SIDE_NAMES[e.side]})` };
    case 'game-over':
      return { position, turn, kind: 'game-over', label: `Game over: ${e.result.reason}` };
    default:
      return null;
  }
};

/** The milestones, objectives and the end, where they happened: the marks on the timeline slider. */
export const timelineMarks = (steps: readonly ReplayStep[], nameOf: (objectiveId: string) => string): TimelineMark[] =>
  steps.flatMap((s, p) => s.events.map((e) => markOf(e, p + 1, s.turn, nameOf)).filter((m): m is TimelineMark => m !== null));

/** What the command just played did, in hex indices: a move's path, or the attackers' hexes and the target. */
export type StepEffect =
  | { readonly kind: 'move'; readonly path: readonly number[] }
  | { readonly kind: 'attack'; readonly from: readonly number[]; readonly target: number; readonly hexTaken: boolean }
  | null;

export const stepEffect = (step: ReplayStep | undefined, map: MapData): StepEffect => {
  if (!step) return null;
  for (const e of step.events) {
    if (e.type === 'moved') return { kind: 'move', path: e.path.map((h) => indexOf(map, h)).filter((i) => i >= 0) };
    if (e.type === 'combat') {
      return { kind: 'attack', from: step.actorsAt.map((h) => indexOf(map, h)).filter((i) => i >= 0), target: indexOf(map, e.target), hexTaken: e.hexTaken };
    }
  }
  return null;
};

/** A position written in a URL: `turn=N` (the start of turn N) and `command=K` (K commands into the record). */
export interface UrlPosition {
  readonly turn: number | null;
  readonly command: number | null;
}

const wholeNumber = (text: string | null): number | null => (text !== null && /^\d{1,7}$/.test(text) ? Number(text) : null);

export const parseUrlPosition = (params: URLSearchParams): { position: UrlPosition; problems: string[] } => {
  const problems: string[] = [];
  const turn = wholeNumber(params.get('turn'));
  const command = wholeNumber(params.get('command'));
  if (params.has('turn') && turn === null) problems.push(`"turn=${params.get('turn')}" is not a turn number; the replay starts at the beginning.`);
  if (params.has('command') && command === null) problems.push(`"command=${params.get('command')}" is not a command number; it is ignored.`);
  return { position: { turn, command }, problems };
};

/**
 * The cursor position a URL asks for: `command` when given (clamped to the record), else the start of `turn`.
 * `turnStart(t)` is the cursor's.
 */
export const positionFromUrl = (p: UrlPosition, length: number, turnStart: (turn: number) => number): number => {
  if (p.command !== null) return Math.min(length, p.command);
  if (p.turn !== null) return turnStart(Math.max(1, p.turn));
  return 0;
};
