/**
 * The turn sequence. A turn is each side's part in `clock.firstSide` order. `end-turn` ends the active side's part
 * (side-part.ts) and begins the other's; after the second part the turn itself ends:
 *   1. deadlines due this turn are judged (victory.ts),
 *   2. the game ends after the last turn, or
 *   3. the clock moves on: reinforcements arrive, both sides trace supply, units recover, milestones and objectives
 *      are checked, air sorties are restored, and the first side's part begins.
 */
import { updateControl } from './hex-control';
import { checkMilestones } from './milestones';
import { arriveReinforcements } from './reinforcements';
import { applyRecovery } from './recovery';
import { beginSidePart, endSidePart } from './side-part';
import { applySupplyPhase } from './supply';
import { clockAt } from './time';
import type { CommandResult, GameEvent, GameState } from './types';
import { checkAchievements, checkGameEnd, endGame, judgeDeadlines } from './victory';
import { otherSide, SIDES } from './vocabulary';
import { patchState, sorties } from './state-shape';

/** The `turn-started` event for the active side at the current turn. */
const turnStarted = (state: GameState): GameEvent => ({
  type: 'turn-started',
  side: state.activeSide,
  turn: state.turn,
  time: clockAt(state.setup, state.turn).time,
});

/**
 * Begins the current turn for the active side: reinforcements due by now arrive and its units get their movement
 * points. Used for a new game (createInitialState does this) and by the turn sequence; calling it twice is harmless.
 */
export const startSideTurn = (state: GameState): { state: GameState; events: GameEvent[] } => {
  const arrived = arriveReinforcements(state);
  return { state: beginSidePart(arrived.state, state.activeSide), events: [...arrived.events, turnStarted(arrived.state)] };
};

/** The turn's end after both parts: supply, recovery, milestones, the next turn or the end of the game. */
const advanceTurn = (state: GameState, events: GameEvent[]): GameState => {
  if (state.turn >= state.setup.clock.turns) {
    const end = endGame(state);
    events.push(...end.events);
    return end.state;
  }
  const judged = judgeDeadlines(state, false);
  events.push(...judged.events);
  let s = judged.state;
  const night = clockAt(s.setup, s.turn).light === 'night';
  s = patchState(s, { turn: s.turn + 1, activeSide: s.setup.clock.firstSide });
  const arrived = arriveReinforcements(s);
  events.push(...arrived.events);
  s = updateControl(arrived.state);
  for (const side of SIDES) {
    const supplied = applySupplyPhase(s, side);
    events.push(...supplied.events);
    s = supplied.state;
  }
  s = applyRecovery(s, night);
  const reached = checkMilestones(s);
  events.push(...reached.events);
  const achieved = checkAchievements(reached.state);
  events.push(...achieved.events);
  s = achieved.state;
  s = patchState(s, { airSorties: sorties(s.setup.rules.soviet.airSorties, s.setup.rules.japanese.airSorties) });
  const over = checkGameEnd(s);
  if (over.state.result) {
    events.push(...over.events);
    return over.state;
  }
  s = beginSidePart(s, s.activeSide);
  events.push(turnStarted(s));
  return s;
};

/** Ends the active side's part of the turn (the `end-turn` command). */
export const endTurn = (state: GameState): CommandResult => {
  const side = state.activeSide;
  const events: GameEvent[] = [{ type: 'turn-ended', side, turn: state.turn }];
  let s = endSidePart(state, side);
  if (side === state.setup.clock.firstSide) {
    s = beginSidePart(patchState(s, { activeSide: otherSide(side) }), otherSide(side));
    events.push(turnStarted(s));
  } else {
    s = advanceTurn(s, events);
  }
  return { ok: true, state: s, events };
};
