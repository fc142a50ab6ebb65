/**
 * Checking a student's result file against the game itself: the checksum shows a damaged or hand-edited file, but
 * anyone can recompute it, so each embedded game record is also played again from its seed and the outcome the file
 * claims (winner, points, margin, turn, finished) is compared with what the replay gives. The choices the file states
 * (seed, levers, the side the student played) are compared with the record, and the exercise hash with the exercise
 * when the teacher has it. Pure and browser-safe: the class view runs it on every file it opens, `validate` on the
 * command line. Never throws: every problem is a sentence.
 */
import { hashState, type Side } from '../engine';
import { contentHash, resolveLevers, type Scenario } from '../scenario';
import { parseRecord, replayRecord, verifyRecord, type GameRecord } from '../replay';
import { exerciseHash, type Exercise } from './exercise-file';
import { gameOutcome } from './game-outcome';
import { resultChecksum, type ExerciseResult, type GameOutcome } from './result-file';

/**
 * One embedded game's verdict: `ok` (replayed, the claimed outcome is what happened), `unreadable` (not a game record),
 * `other-scenario` (a game of another scenario, or of other content of it), `diverged` (the replay does not reach the
 * record's own per-turn hashes: the log was edited or another engine made it), `mismatch` (the replay is sound but the
 * file claims another outcome or other choices).
 */
export type GameVerdict = 'ok' | 'unreadable' | 'other-scenario' | 'diverged' | 'mismatch';

export interface GameCheck {
  readonly index: number;
  readonly verdict: GameVerdict;
  /** What the replay gives (null when the record could not be replayed). */
  readonly replayed: GameOutcome | null;
  /** Each objective and milestone the replayed game reached → its turn (empty when it could not be replayed). */
  readonly events: Readonly<Record<string, number>>;
  readonly problems: readonly string[];
}

export interface ResultCheck {
  /** The checksum matches the file's content. */
  readonly checksumOk: boolean;
  /** The result names this exercise's hash (null: no exercise given to compare with). */
  readonly exerciseOk: boolean | null;
  /** Every embedded game replays to the outcome and choices the file claims (true when there are none). */
  readonly replayOk: boolean;
  readonly games: readonly GameCheck[];
  /** Every problem found, as sentences (the file's own and each game's, prefixed with the game's number). */
  readonly problems: readonly string[];
}

const sideName = (s: Side): string => (s === 'soviet' ? 'Soviet' : 'Japanese');

/** Sentences for each claimed figure the replay contradicts. An unfinished game's winner is only "as it stands", so it is not compared. */
const outcomeProblems = (claimed: GameOutcome, replayed: GameOutcome): string[] => {
  const out: string[] = [];
  if (claimed.finished !== replayed.finished) out.push(claimed.finished ? 'the file says the game was finished, but the replay does not end it' : 'the file says the game was unfinished, but the replay ends it');
  if (replayed.finished && claimed.winner !== replayed.winner) out.push(`the file claims a ${claimed.winner === 'draw' ? 'draw' : `${sideName(claimed.winner)} victory`}, but the replay gives ${replayed.winner === 'draw' ? 'a draw' : `a ${sideName(replayed.winner)} victory`}`);
  if (claimed.points.soviet !== replayed.points.soviet || claimed.points.japanese !== replayed.points.japanese) {
    out.push(`the file claims ${claimed.points.soviet}–${claimed.points.japanese} in objective points, but the replay gives ${replayed.points.soviet}–${replayed.points.japanese}`);
  }
  if (claimed.margin !== replayed.margin) out.push(`the file claims a margin of ${claimed.margin}, but the replay gives ${replayed.margin}`);
  if (claimed.turn !== replayed.turn) out.push(`the file claims turn ${claimed.turn}, but the replay ends in turn ${replayed.turn}`);
  return out;
};

/** Did a human command `side` at any point of the record (from the start, or by taking command in a branch)? */
const humanPlayed = (record: GameRecord, side: Side): boolean =>
  record.sides?.[side].player === 'human' || (record.control ?? []).some((c) => c.side === side && c.player === 'human');

/** Sentences for each stated choice the record contradicts. */
const choiceProblems = (result: ExerciseResult, record: GameRecord, scenario: Scenario): string[] => {
  const out: string[] = [];
  const { choices } = result;
  if (String(record.seed) !== String(choices.seed)) out.push(`the file states seed ${choices.seed}, but the game was played with seed ${String(record.seed)}`);
  // Both sides filled in with history's values, so a lever left out on one side and set to its default on the other agrees.
  const stated = resolveLevers(scenario, choices.levers);
  const played = resolveLevers(scenario, record.levers);
  if (!stated.ok) out.push(`the file states levers this scenario does not allow: ${stated.errors.join('; ')}`);
  else if (played.ok) {
    for (const id of Object.keys(played.levers)) {
      if (stated.levers[id] !== played.levers[id]) out.push(`the file states lever '${id}' at ${stated.levers[id]}, but the game was played with ${played.levers[id]}`);
    }
  }
  if (choices.played && !humanPlayed(record, choices.side)) out.push(`the file says the student played the ${sideName(choices.side)} side, but the computer played it throughout`);
  const other = choices.side === 'soviet' ? 'japanese' : 'soviet';
  const ai = record.sides?.[other];
  if (choices.played && ai?.player === 'ai' && ai.difficulty !== undefined && ai.difficulty !== choices.difficulty) {
    out.push(`the file states the computer played at '${choices.difficulty}', but it played at '${ai.difficulty}'`);
  }
  return out;
};

const checkGame = (result: ExerciseResult, index: number, scenario: Scenario, hash: string): GameCheck => {
  const game = result.games[index]!;
  const parsed = parseRecord(JSON.stringify(game.record));
  if (!parsed.ok) {
    const first = parsed.errors[0];
    const where = first?.path ? ` at ${first.path}` : '';
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : '';
    return { index, verdict: 'unreadable', replayed: null, events: {}, problems: [`the embedded record is not a readable game record${where}: ${first?.message ?? 'invalid'}${more}`] };
  }
  const record = parsed.record;
  if (record.scenarioId !== scenario.id || record.scenarioHash !== hash) {
    const why =
      record.scenarioId !== scenario.id
        ? `the record is a game of '${record.scenarioId}', not of '${scenario.id}'`
        : `the record was played on different content of '${scenario.id}' (content hash ${record.scenarioHash}, not ${hash})`;
    return { index, verdict: 'other-scenario', replayed: null, events: {}, problems: [why] };
  }
  const replay = replayRecord(scenario, record);
  const hashesAgree =
    replay.ok &&
    replay.turnHashes.length === record.turnHashes.length &&
    replay.turnHashes.every((h, i) => h === record.turnHashes[i]) &&
    hashState(replay.state) === record.finalHash;
  if (!replay.ok || !hashesAgree) {
    // The rare failing case pays for a second replay to get verifyRecord's exact sentence (which turn first differs).
    const verified = verifyRecord(scenario, record);
    const why = verified.ok ? (replay.ok ? 'the replay differs from the record' : replay.reason) : verified.message;
    return { index, verdict: 'diverged', replayed: replay.ok ? gameOutcome(replay.state) : null, events: {}, problems: [`the replay does not reproduce the game: ${why}`] };
  }
  const replayed = gameOutcome(replay.state);
  const problems = [...outcomeProblems(game.outcome, replayed), ...choiceProblems(result, record, scenario)];
  return { index, verdict: problems.length ? 'mismatch' : 'ok', replayed, events: { ...replay.state.milestones }, problems };
};

/** Sentences for stated choices the exercise does not allow (side, level, seed, fixed levers, open lever ranges). */
const exerciseChoiceProblems = (result: ExerciseResult, exercise: Exercise): string[] => {
  const out: string[] = [];
  const { choices } = result;
  if (!exercise.play.sides.includes(choices.side)) out.push(`the exercise does not let students play the ${sideName(choices.side)} side`);
  if (choices.played && choices.difficulty !== exercise.play.difficulty) out.push(`the exercise sets the computer at '${exercise.play.difficulty}', the file states '${choices.difficulty}'`);
  if (!exercise.play.seeds.includes(choices.seed)) out.push(`seed ${choices.seed} is not one of the exercise's seeds (${exercise.play.seeds.slice(0, 10).join(', ')}${exercise.play.seeds.length > 10 ? ', …' : ''})`);
  for (const [id, value] of Object.entries(exercise.levers.fixed)) {
    const v = choices.levers[id];
    if (v !== undefined && v !== value) out.push(`the exercise fixes lever '${id}' at ${value}, the file states ${v}`);
  }
  for (const open of exercise.levers.open) {
    const v = choices.levers[open.id];
    if (v === undefined) continue;
    if ((open.min !== undefined && v < open.min) || (open.max !== undefined && v > open.max)) {
      out.push(`lever '${open.id}' at ${v} is outside the exercise's range (${open.min ?? '…'}–${open.max ?? '…'})`);
    }
  }
  return out;
};

/**
 * Checks a parsed result against the scenario it was played on (and the exercise, when given). The checksum is
 * recomputed here, so a caller needs only the parsed result.
 */
export const checkResult = (result: ExerciseResult, scenario: Scenario, exercise?: Exercise): ResultCheck => {
  const problems: string[] = [];
  const { checksum, ...body } = result;
  const checksumOk = resultChecksum(body) === checksum;
  if (!checksumOk) problems.push('The checksum does not match: the file was changed after it was made (by hand or damage).');
  let exerciseOk: boolean | null = null;
  if (exercise) {
    exerciseOk = result.exercise.id === exercise.id && result.exercise.hash === exerciseHash(exercise);
    if (result.exercise.id !== exercise.id) problems.push(`The file answers exercise '${result.exercise.id}', not '${exercise.id}'.`);
    else if (!exerciseOk) problems.push('The file answers another version of this exercise (its exercise hash differs).');
    if (exercise.scenarioId !== scenario.id) problems.push(`The exercise is played on '${exercise.scenarioId}', but the result was checked against '${scenario.id}'.`);
    for (const p of exerciseChoiceProblems(result, exercise)) problems.push(`${p[0]!.toUpperCase()}${p.slice(1)}.`);
  }
  const hash = contentHash(scenario);
  const games: GameCheck[] = [];
  for (let i = 0; i < result.games.length; i++) {
    let check: GameCheck;
    try {
      check = checkGame(result, i, scenario, hash);
    } catch (e) {
      // The engine throws only on a broken invariant; a hostile file must still get a verdict, not break the page.
      check = { index: i, verdict: 'diverged', replayed: null, events: {}, problems: [`the replay stopped with an error: ${e instanceof Error ? e.message : String(e)}`] };
    }
    games.push(check);
    for (const p of check.problems) problems.push(`Game ${i + 1}: ${p}.`);
  }
  if (result.choices.played && result.games.length === 0) problems.push('The file says the student played, but it holds no game record.');
  const replayOk = games.every((g) => g.verdict === 'ok') && !(result.choices.played && result.games.length === 0);
  return { checksumOk, exerciseOk, replayOk, games, problems };
};
