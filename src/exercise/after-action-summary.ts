/**
 * The after-action report a student gets on the end screen and in the result file: short sentences first (the outcome
 * against history, the decisive moment, the losses against the record), then the detail — a timeline of the game's
 * objectives and milestones beside history's turns and dates, the losses beside the record (the rows of
 * `afterActionReport`), the turns with the largest swings, and, once the page has played them, where the game falls
 * among the computer's games. Built by replaying the record, so a finished game and one handed in unfinished are
 * reported alike, and the class view can rebuild it from the file.
 */
import { afterActionReport, historicalCoverage, lossesSoFar, summarizeGame, type GameResultSummary, type LossCount } from '../analysis';
import { clockAt, hashState, SIDE_NAMES, SIDES, scoreObjectives, type BySide, type GameState, type Side } from '../engine';
import { replayLog, startOf, type GameRecord } from '../replay';
import type { Scenario } from '../scenario';
import { marginText, gameOutcome, type AmongComputer } from './game-outcome';
import type { AfterActionSummary, GameOutcome } from './result-file';

type Moment = AfterActionSummary['decisiveMoments'][number];

/** What a turn ended with: the points and each side's men and tanks lost so far. */
interface TurnMark {
  readonly turn: number;
  readonly points: BySide<number>;
  readonly men: BySide<number>;
  readonly tanks: BySide<number>;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1939-08-24T23:00" → "24 Aug 23:00", "1939-08-25" → "25 Aug"; anything else as it is. */
export const shortDate = (text: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(text);
  if (!m) return text;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return text;
  return `${Number(m[3])} ${month}${m[4] ? ` ${m[4]}` : ''}`;
};

const menLost = (l: LossCount): number => l.killed + l.wounded + l.missing;

const mark = (state: GameState, turn: number): TurnMark => {
  const losses = lossesSoFar(state);
  const points = scoreObjectives(state);
  return {
    turn,
    points,
    men: { soviet: menLost(losses.soviet), japanese: menLost(losses.japanese) },
    tanks: { soviet: losses.soviet.tanks, japanese: losses.japanese.tanks },
  };
};

export type AfterActionBuild =
  | { readonly ok: true; readonly summary: AfterActionSummary; readonly state: GameState; readonly outcome: GameOutcome }
  | { readonly ok: false; readonly reason: string };

export interface AfterActionOptions {
  /** The side the student played (null: both, at one screen); the sentences speak to it. */
  readonly player: Side | null;
  readonly amongComputer?: AmongComputer | null;
}

const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** Replays `record` on `scenario` and builds the report; a record that does not replay is a reason, never a throw. */
export const buildAfterAction = (scenario: Scenario, record: GameRecord, options: AfterActionOptions): AfterActionBuild => {
  const start = startOf(scenario, record);
  if (!start.ok) return { ok: false, reason: start.reason };
  const marks: TurnMark[] = [mark(start.state, 0)];
  const replay = replayLog(start.state, record, undefined, (_i, before, after) => {
    if (after.turn !== before.turn || (after.result !== null && before.result === null)) marks.push(mark(after, before.turn));
  });
  if (!replay.ok) return { ok: false, reason: replay.reason };
  const state = replay.state;
  // A game handed in mid-turn: what that turn has done so far counts as its own mark.
  if (state.result === null && marks[marks.length - 1]!.turn < state.turn && record.commands.length > 0) marks.push(mark(state, state.turn));
  return { ok: true, summary: afterActionOf(scenario, state, marks, options), state, outcome: gameOutcome(state) };
};

/** The report from the replayed game's last state and its per-turn marks. */
const afterActionOf = (scenario: Scenario, state: GameState, marks: readonly TurnMark[], options: AfterActionOptions): AfterActionSummary => {
  const outcome = gameOutcome(state);
  const historical = scenario.historical;
  const names: Record<string, string> = Object.fromEntries([...scenario.objectives, ...scenario.milestones].map((e) => [e.id, e.name]));
  const result = summarizeGame(state, { scenario: scenario.id, seed: 0, levers: {}, engineVersion: '', finalHash: hashState(state) });
  const report = afterActionReport(result, historical, names, lossesSoFar(state, historicalCoverage(historical)));

  const timeline = report.milestones
    .map((m) => ({ id: m.id, name: m.name, gameTurn: m.game, historicalTurn: m.historicalTurn, historicalDate: m.historicalDate }))
    .sort((a, b) => (a.gameTurn ?? 1e9) - (b.gameTurn ?? 1e9) || (a.historicalTurn ?? 1e9) - (b.historicalTurn ?? 1e9) || (a.id < b.id ? -1 : 1));
  const losses = report.losses.map((l) => ({ side: l.side, figure: l.figure, game: l.game, historical: l.historical, ...(l.covers ? { covers: l.covers } : {}) }));
  const moments = decisiveMoments(state, marks, names, result.initial);

  return {
    // The file allows 500 characters a sentence; a long objective name must not make the result unreadable.
    summary: summarySentences(scenario, state, outcome, moments, losses, timeline, options).map((t) => (t.length > 500 ? `${t.slice(0, 499)}…` : t)),
    outcome,
    historicalWinner: historical?.winner ?? null,
    historicalResult: historical?.result ?? null,
    timeline,
    losses,
    decisiveMoments: moments,
    amongComputer: options.amongComputer ?? null,
  };
};

const when = (state: GameState, turn: number): string => `turn ${turn} (${shortDate(clockAt(state.setup, Math.max(1, turn)).time)})`;

/** The events (objectives and milestones) that happened in `turn`, by name. */
const eventsIn = (state: GameState, turn: number, names: Readonly<Record<string, string>>): string[] =>
  Object.keys(state.milestones)
    .filter((id) => state.milestones[id] === turn)
    .sort()
    .map((id) => names[id] ?? id);

/**
 * The turns with the largest swings: in objective points (the margin moving), and in men and tanks lost by one side
 * (men as a share of the side's strength, so a small force's worst hour counts). At most eight, in turn order.
 */
const decisiveMoments = (state: GameState, marks: readonly TurnMark[], names: Readonly<Record<string, string>>, initial: GameResultSummary['initial']): Moment[] => {
  const points: Moment[] = [];
  const men: (Moment & { share: number })[] = [];
  const tanks: Moment[] = [];
  for (let i = 1; i < marks.length; i++) {
    const a = marks[i - 1]!;
    const b = marks[i]!;
    const events = eventsIn(state, b.turn, names);
    const dm = b.points.soviet - b.points.japanese - (a.points.soviet - a.points.japanese);
    if (dm !== 0) {
      const side: Side = dm > 0 ? 'soviet' : 'japanese';
      points.push({
        turn: b.turn,
        side,
        measure: 'points',
        swing: Math.abs(dm),
        what: `${when(state, b.turn)}: ${events.length ? `${events.join(', ')} — ` : ''}the margin moved ${Math.abs(dm)} points towards the ${SIDE_NAMES[side]} side (now ${marginText(b.points.soviet - b.points.japanese)}).`,
      });
    }
    for (const side of SIDES) {
      const dMen = b.men[side] - a.men[side];
      const share = initial[side].men > 0 ? dMen / initial[side].men : 0;
      if (dMen > 0) {
        men.push({ turn: b.turn, side, measure: 'men', swing: dMen, share, what: `${when(state, b.turn)}: the ${SIDE_NAMES[side]} side lost ${count(dMen, 'man', 'men')} (${Math.round(share * 1000) / 10} % of its strength).` });
      }
      const dTanks = b.tanks[side] - a.tanks[side];
      if (dTanks > 0) tanks.push({ turn: b.turn, side, measure: 'tanks', swing: dTanks, what: `${when(state, b.turn)}: the ${SIDE_NAMES[side]} side lost ${count(dTanks, 'tank')}.` });
    }
  }
  const top = <T extends Moment>(list: T[], n: number, key: (m: T) => number): T[] => [...list].sort((x, y) => key(y) - key(x) || x.turn - y.turn).slice(0, n);
  const chosen = [...top(points, 3, (m) => m.swing), ...top(men, 3, (m) => m.share), ...top(tanks, 2, (m) => m.swing)];
  return chosen
    .map((m): Moment => ({ turn: m.turn, ...(m.side ? { side: m.side } : {}), what: m.what, swing: m.swing, measure: m.measure }))
    .sort((x, y) => x.turn - y.turn || x.measure.localeCompare(y.measure));
};

/** The moment the summary names: the largest swing in points before the end (objectives held to the end score then). */
const theDecisiveMoment = (moments: readonly Moment[], lastTurn: number): Moment | undefined => {
  const byPoints = moments.filter((m) => m.measure === 'points');
  const before = byPoints.filter((m) => m.turn < lastTurn);
  const pick = (list: readonly Moment[]) => [...list].sort((a, b) => b.swing - a.swing || a.turn - b.turn)[0];
  return pick(before) ?? pick(byPoints) ?? pick(moments.filter((m) => m.measure === 'men'));
};

const winnerWords = (w: GameOutcome['winner']): string => (w === 'draw' ? 'a draw' : `a ${SIDE_NAMES[w]} victory`);

const summarySentences = (
  scenario: Scenario,
  state: GameState,
  outcome: GameOutcome,
  moments: readonly Moment[],
  losses: AfterActionSummary['losses'],
  timeline: AfterActionSummary['timeline'],
  options: AfterActionOptions,
): string[] => {
  const out: string[] = [];
  const h = scenario.historical;
  const turns = state.setup.clock.turns;
  const you = options.player === null || outcome.winner === 'draw' ? '' : outcome.winner === options.player ? ' — you won' : ' — you lost';
  const score = `${outcome.points.soviet}–${outcome.points.japanese} in points (Soviet–Japanese)`;
  if (outcome.finished) {
    const level = outcome.level && outcome.level !== 'draw' ? ` ${outcome.level}` : '';
    const game = outcome.winner === 'draw' ? 'A draw' : `A ${SIDE_NAMES[outcome.winner]}${level} victory`;
    const against = h ? (h.winner === outcome.winner ? `, as in 1939 (${winnerWords(h.winner)})` : `, against history: 1939 ended in ${winnerWords(h.winner)}`) : '';
    out.push(`${game} on turn ${outcome.turn} of ${turns}, ${score}${against}${you}.`);
  } else {
    const ahead = outcome.margin === 0 ? 'level on points' : `the ${SIDE_NAMES[outcome.margin > 0 ? 'soviet' : 'japanese']} side ahead by ${Math.abs(outcome.margin)} points`;
    out.push(`Handed in unfinished on turn ${outcome.turn} of ${turns}, ${ahead}${h ? `; 1939 ended in ${winnerWords(h.winner)}` : ''}.`);
  }
  const decisive = theDecisiveMoment(moments, outcome.turn);
  if (decisive) out.push(`The decisive moment: ${decisive.what.charAt(0).toLowerCase()}${decisive.what.slice(1)}`);
  else out.push('No objective changed hands and nobody lost men yet: there was no decisive moment.');
  // Losses against the record: the figures both the game and the sources give (men killed, wounded, tanks), by side.
  const FIGURES: Readonly<Record<string, string>> = { killed: 'killed', wounded: 'wounded', tanks: 'tanks' };
  const parts = SIDES.flatMap((side) => {
    const rows = losses.filter((l) => l.side === side && l.game !== null && l.historical !== null && FIGURES[l.figure]);
    if (rows.length === 0) return [];
    const covers = rows[0]!.covers ? ` (${rows[0]!.covers})` : '';
    return [`${SIDE_NAMES[side]}${covers} ${rows.map((l) => `${l.game!.toLocaleString('en-GB')} ${FIGURES[l.figure]} (1939: ${l.historical!.toLocaleString('en-GB')})`).join(', ')}`];
  });
  // Where a source gives killed and wounded only together (9,284 Soviet in August), the game's two are added up.
  const joint = SIDES.flatMap((side) => {
    const kw = h?.losses[side]?.killedAndWounded;
    const game = (figure: string) => losses.find((l) => l.side === side && l.figure === figure)?.game ?? null;
    const killed = game('killed');
    const wounded = game('wounded');
    if (typeof kw !== 'number' || killed === null || wounded === null) return [];
    return [`${SIDE_NAMES[side]} ${(killed + wounded).toLocaleString('en-GB')} killed and wounded (1939: ${kw.toLocaleString('en-GB')})`];
  });
  const all = [...parts, ...joint];
  out.push(all.length > 0 ? `Losses against the record: ${all.join('; ')}.` : 'The sources give no loss figures to set beside this game’s.');
  const historic = timeline.filter((t) => t.historicalTurn !== null);
  if (historic.length > 0) {
    const happened = historic.filter((t) => t.gameTurn !== null);
    const first = happened[0];
    const detail = first
      ? `: ${first.name} on turn ${first.gameTurn}${first.gameTurn === first.historicalTurn ? ', as in 1939' : `, ${Math.abs(first.gameTurn! - first.historicalTurn!)} turns ${first.gameTurn! < first.historicalTurn! ? 'earlier' : 'later'} than in 1939`} (turn ${first.historicalTurn}${first.historicalDate ? `, ${shortDate(first.historicalDate)}` : ''})`
      : '';
    out.push(`${happened.length} of history’s ${historic.length} milestones happened in your game${detail}.`);
  }
  if (options.amongComputer) out.push(options.amongComputer.text);
  return out;
};

/** The report with the computer's comparison filled in (the summary's last sentence says it). */
export const withAmongComputer = (summary: AfterActionSummary, among: AmongComputer | null): AfterActionSummary => ({
  ...summary,
  amongComputer: among,
  summary: [...summary.summary.filter((s) => s !== summary.amongComputer?.text), ...(among ? [among.text] : [])],
});
