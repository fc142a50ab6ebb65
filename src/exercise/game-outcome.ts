/**
 * How a game stands for a result file: its outcome (finished or handed in unfinished) and where its margin falls among
 * the computer's games with the same levers. One definition for the student's page, which writes the outcome, and the
 * class view, which replays the record and checks the outcome it claims.
 */
import { scoreObjectives, SIDE_NAMES, type GameState, type Side, type Winner } from '../engine';
import type { AfterActionSummary, GameOutcome } from './result-file';

/**
 * The outcome at `state`. An unfinished game has no winner yet: it is a 'draw' with `finished: false` (as
 * `summarizeGame` counts a stopped game), and its points are the objectives achieved so far.
 */
export const gameOutcome = (state: GameState): GameOutcome => {
  const r = state.result;
  const points = r?.points ?? scoreObjectives(state);
  return {
    winner: r?.winner ?? 'draw',
    ...(r ? { level: r.level } : {}),
    points: { soviet: points.soviet, japanese: points.japanese },
    margin: points.soviet - points.japanese,
    turn: r?.turn ?? state.turn,
    finished: r !== null,
  };
};

export type AmongComputer = NonNullable<AfterActionSummary['amongComputer']>;

/** "+20" / "−15" / "0": a margin with its sign (Soviet points minus Japanese). */
export const marginText = (m: number): string => (m > 0 ? `+${m}` : m < 0 ? `−${-m}` : '0');

/**
 * Where `outcome` falls among the computer's games (`runs`: each game's winner and margin). `marginPercentile` is the
 * share of games whose margin was below this one's (a margin is Soviet minus Japanese points); the sentence reads it
 * from the player's side when there is one.
 */
export const amongComputer = (outcome: Pick<GameOutcome, 'winner' | 'margin'>, runs: readonly { readonly winner: Winner; readonly margin: number }[], player: Side | null): AmongComputer | null => {
  if (runs.length === 0) return null;
  const n = runs.length;
  const below = runs.filter((r) => r.margin < outcome.margin).length;
  const above = runs.filter((r) => r.margin > outcome.margin).length;
  const sameWinner = runs.filter((r) => r.winner === outcome.winner).length;
  const winnerText = outcome.winner === 'draw' ? 'a draw' : `a ${SIDE_NAMES[outcome.winner]} victory`;
  const same = n - below - above;
  const better = player === 'soviet' ? below : above;
  const worse = player === 'soviet' ? above : below;
  const parts = [better ? `better for your side than in ${better}` : '', same ? `the same as in ${same}` : '', worse ? `worse than in ${worse}` : ''].filter((x) => x !== '');
  const standing =
    player === null
      ? `${below} of ${n} had a smaller margin (Soviet minus Japanese points) than this game's ${marginText(outcome.margin)}`
      : same === n
        ? `your margin (${marginText(outcome.margin)}) was the same in all of them`
        : `your margin (${marginText(outcome.margin)}) was ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}` : parts[0]!}`;
  return {
    runs: n,
    sameWinner,
    marginPercentile: Math.round((below * 1000) / n) / 10,
    text: `Of ${n} computer games with the same levers, ${sameWinner} ended in ${winnerText} as yours did; ${standing}.`,
  };
};
