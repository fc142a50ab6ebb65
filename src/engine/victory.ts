/**
 * Objectives, points and the result.
 *
 * Two kinds of objective:
 * - achievements (destroy-unit, extract-unit, link-up, milestone, and loss-threshold against the enemy) count from the
 *   first moment they are met, if that is by their `byTurn`; they are recorded in `state.milestones` with that turn:
 *   a destroyed group stays destroyed, a link-up that happened closed the ring;
 * - holdings (hold-hex, take-hex, and loss-threshold on one's own losses: "keep losses under P%") are judged once, at
 *   the end of their `byTurn` or at the end of the game, whichever comes first. A hold-hex is held while the enemy
 *   does not control any of its hexes, so a defender need not stand on every one. A place is "taken" only if it is
 *   still held at the judgement: touching the Kawatama bridge on turn 2 and being thrown off it is no more a success
 *   than it was for Azuma (issue 14: 40 points for a first touch beat 30 for holding the bridge to the end). The
 *   moment of first touch is still recorded by the scenario's `hex-taken` milestone.
 *
 * A side's points are the sum of its recorded objectives; the margin (Soviet minus Japanese) against the scenario's
 * victory rules gives the winner and level. A side with nothing left on the map (and nothing still to arrive) loses.
 */
import { allUnits, linkedUp, sideLossPercent } from './battle-conditions';
import { controller } from './hex-control';
import { sortRecord } from './milestones';
import { objectiveDeadline } from './objectives';
import type { GameEvent, GameResult, GameState, Objective } from './types';
import { otherSide, SIDES, type BySide, type Side } from './vocabulary';
import { patchState } from './state-shape';

export { checkMilestones } from './milestones';

/** Whether an objective's condition holds in this state (for holdings: whether it would count if judged now). */
export const objectiveMet = (state: GameState, o: Objective): boolean => {
  const enemy = otherSide(o.side);
  switch (o.kind) {
    case 'hold-hex':
      return o.hexes.every((h) => controller(state, h) !== enemy);
    case 'take-hex':
      return o.hexes.length > 0 && o.hexes.every((h) => controller(state, h) === o.side);
    case 'destroy-unit':
      return allUnits(state, o.units, (u) => u.status === 'destroyed' || u.status === 'surrendered');
    case 'extract-unit':
      return allUnits(state, o.units, (u) => u.status === 'exited');
    case 'link-up':
      return linkedUp(state, o.groups, o.hexes, o.radius);
    case 'loss-threshold':
      return o.own ? sideLossPercent(state, o.side) < o.percent : sideLossPercent(state, enemy) >= o.percent;
    case 'milestone':
      return state.milestones[o.milestone] !== undefined;
  }
};

/** Judged once at a deadline rather than counted from the first moment met. */
export const isHolding = (o: Objective): boolean => o.kind === 'hold-hex' || o.kind === 'take-hex' || (o.kind === 'loss-threshold' && o.own === true);

const record = (state: GameState, ids: readonly string[]): GameState => {
  if (ids.length === 0) return state;
  const m: Record<string, number> = { ...state.milestones };
  for (const id of ids) m[id] = state.turn;
  return patchState(state, { milestones: sortRecord(m) });
};

/** Records achievements met by now (called after every command and at each turn's end). */
export const checkAchievements = (state: GameState): { state: GameState; events: GameEvent[] } => {
  const ids: string[] = [];
  const events: GameEvent[] = [];
  for (const o of state.setup.objectives) {
    if (isHolding(o) || state.milestones[o.id] !== undefined) continue;
    const byTurn = objectiveDeadline(o);
    if (byTurn !== undefined && state.turn > byTurn) continue;
    if (!objectiveMet(state, o)) continue;
    ids.push(o.id);
    events.push({ type: 'objective', id: o.id, side: o.side, achieved: true, turn: state.turn });
  }
  return { state: record(state, ids), events };
};

/**
 * The judgements due at the end of turn `state.turn`: holdings whose `byTurn` it is, and a failure notice for
 * achievements whose time ran out. With `final`, every holding not yet judged is judged now (the game is ending).
 */
export const judgeDeadlines = (state: GameState, final: boolean): { state: GameState; events: GameEvent[] } => {
  const ids: string[] = [];
  const events: GameEvent[] = [];
  for (const o of state.setup.objectives) {
    if (state.milestones[o.id] !== undefined) continue;
    const byTurn = objectiveDeadline(o);
    const due = byTurn === undefined ? final : byTurn === state.turn || (final && byTurn > state.turn);
    if (!due) continue;
    const achieved = isHolding(o) ? objectiveMet(state, o) : false;
    if (achieved) ids.push(o.id);
    events.push({ type: 'objective', id: o.id, side: o.side, achieved, turn: state.turn });
  }
  return { state: record(state, ids), events };
};

/** Points per side from the objectives recorded so far. */
export const scoreObjectives = (state: GameState): BySide<number> => {
  const points = { soviet: 0, japanese: 0 };
  for (const o of state.setup.objectives) if (state.milestones[o.id] !== undefined) points[o.side] += o.points;
  return points;
};

/** Whether a side still has a unit on the map or one still to arrive. */
export const sideInPlay = (state: GameState, side: Side): boolean =>
  state.units.some((u) => u.side === side && (u.status === 'waiting' || (u.hex !== null && (u.status === 'active' || u.status === 'routed'))));

const sideName = (s: Side): string => (s === 'soviet' ? 'Soviet–Mongolian forces' : 'Japanese forces');

/** The result from the points as they stand (and the fact that a side may have been wiped off the map). */
export const finalResult = (state: GameState): GameResult => {
  const points = scoreObjectives(state);
  const margin = points.soviet - points.japanese;
  const { decisiveMargin, marginalMargin } = state.setup.victory;
  const gone = SIDES.filter((s) => !sideInPlay(state, s));
  const tally = `${points.soviet}–${points.japanese} in objective points`;
  if (gone.length === 1) {
    // Sweeping the enemy from the field is decisive whatever the objectives say.
    return {
      winner: otherSide(gone[0]!),
      level: 'decisive',
      points,
      turn: state.turn,
      reason: `${sideName(gone[0]!)} have no units left in the field (${tally}).`,
    };
  }
  const abs = Math.abs(margin);
  if (abs < marginalMargin || margin === 0) {
    return { winner: 'draw', level: 'draw', points, turn: state.turn, reason: `Neither side achieved enough: ${tally}.` };
  }
  const winner: Side = margin > 0 ? 'soviet' : 'japanese';
  const level = abs >= decisiveMargin ? 'decisive' : 'marginal';
  return { winner, level, points, turn: state.turn, reason: `${sideName(winner)} win a ${level} victory, ${tally}.` };
};

/** Ends the game now: the last judgements, the result and a `game-over` event. */
export const endGame = (state: GameState): { state: GameState; events: GameEvent[] } => {
  const achieved = checkAchievements(state);
  const judged = judgeDeadlines(achieved.state, true);
  const result = finalResult(judged.state);
  return {
    state: patchState(judged.state, { result }),
    events: [...achieved.events, ...judged.events, { type: 'game-over', result }],
  };
};

/** Ends the game early if a side has been swept from the field. */
export const checkGameEnd = (state: GameState): { state: GameState; events: GameEvent[] } => {
  if (state.result || SIDES.every((s) => sideInPlay(state, s))) return { state, events: [] };
  return endGame(state);
};
