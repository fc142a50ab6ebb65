/**
 * The class view's figures, free of the DOM: one row per result (who, the choices that differ from history, the
 * outcome the replay gave — or the one the file claims while it is being checked — and the checks' verdicts), the
 * distinct lever settings the computer is to play, the games worth raising in the debrief (each with its reason in
 * words), and the CSV a teacher grades from.
 */
import { distribution, leverSettingText, type GameResultSummary, type ScenarioLabels } from '../../analysis';
import type { Exercise, GameOutcome, ResultCheck } from '../../exercise';
import type { LoadedResult } from './class-files';

export interface ClassRow {
  readonly index: number;
  readonly fileName: string;
  readonly loaded: LoadedResult;
  /** null while the file is still being checked. */
  readonly check: ResultCheck | null;
  /** The lever setting's key (see `leverKey`): rows with the same key are compared with the same computer games. */
  readonly leverKey: string;
  /** Every lever, history's values filled in. */
  readonly levers: Readonly<Record<string, number>>;
  /** "history's settings" or "Japanese motor transport 400 %, …". */
  readonly choicesText: string;
  /** The replayed outcome when the replay succeeded, else the outcome the file claims. */
  readonly outcome: GameOutcome | null;
  /** Whether `outcome` is the replay's (true) or only the file's claim. */
  readonly outcomeReplayed: boolean;
  readonly events: Readonly<Record<string, number>>;
}

/** A lever setting, every lever filled in, as a stable key. */
export const leverKey = (levers: Readonly<Record<string, number>>): string =>
  Object.keys(levers)
    .sort()
    .map((k) => `${k}=${levers[k]}`)
    .join(',');

export const fullLevers = (labels: ScenarioLabels, levers: Readonly<Record<string, number>>): Record<string, number> =>
  Object.fromEntries(labels.levers.map((l) => [l.id, levers[l.id] ?? l.default]));

export const classRow = (index: number, loaded: LoadedResult, check: ResultCheck | null, labels: ScenarioLabels): ClassRow => {
  const r = loaded.result;
  const levers = fullLevers(labels, r.choices.levers);
  const game = check?.games[0];
  const replayed = game?.verdict === 'ok' || game?.verdict === 'mismatch' ? game.replayed : null;
  return {
    index,
    fileName: loaded.fileName,
    loaded,
    check,
    leverKey: leverKey(levers),
    levers,
    choicesText: leverSettingText(levers, labels.levers),
    outcome: replayed ?? r.games[0]?.outcome ?? null,
    outcomeReplayed: replayed !== null,
    events: game?.events ?? {},
  };
};

export const winnerWords = (w: GameOutcome['winner']): string => (w === 'draw' ? 'Draw' : w === 'soviet' ? 'Soviet victory' : 'Japanese victory');

/** The computer's games with one lever setting (possibly still coming in). */
export interface ComputerGames {
  readonly key: string;
  readonly levers: Readonly<Record<string, number>>;
  readonly summaries: readonly GameResultSummary[];
  readonly planned: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "29 May 1939" or "28 May 1939, 08:00" from the scenario's ISO-like dates; anything else as it is. */
export const dateWords = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return `${Number(m[3])} ${month} ${m[1]}${m[4] ? `, ${m[4]}` : ''}`;
};

/** How far from history's turn a milestone must be to be worth a word: a quarter of the game, at least three turns. */
const farTurns = (turns: number): number => Math.max(3, Math.round(turns / 4));

/**
 * Why a student's game is worth raising in the debrief, in words (empty: nothing unusual). Judged on the replayed
 * outcome only: a claim the replay has not confirmed proves nothing about the game.
 */
export const unusualReasons = (row: ClassRow, computer: ComputerGames | undefined, labels: ScenarioLabels, turns: number): string[] => {
  const out: string[] = [];
  const o = row.outcome;
  if (!o || !row.outcomeReplayed) return out;
  const games = computer?.summaries ?? [];
  if (games.length >= 3) {
    const counts = { soviet: 0, japanese: 0, draw: 0 };
    for (const g of games) counts[g.winner]++;
    const [most, n] = (Object.entries(counts) as [GameOutcome['winner'], number][]).sort((a, b) => b[1] - a[1])[0]!;
    if (o.finished && o.winner !== most && n * 2 > games.length) {
      out.push(`${winnerWords(o.winner)}, against the run of the computer's games: ${n} of ${games.length} with the same levers ended in ${most === 'draw' ? 'a draw' : `a ${winnerWords(most)}`}.`);
    }
    const d = distribution(games.map((g) => g.margin));
    if (o.finished && (o.margin < d.p10 || o.margin > d.p90)) {
      out.push(`A margin of ${o.margin} points, outside the computer's 10–90 % range with the same levers (${Math.round(d.p10)} to ${Math.round(d.p90)}).`);
    }
  }
  const hist = labels.historical?.milestones ?? {};
  for (const e of labels.events) {
    const h = hist[e.id];
    const t = row.events[e.id];
    if (!h || h.turn === undefined || h.turn === null || t === undefined) continue;
    if (Math.abs(t - h.turn) >= farTurns(turns)) {
      out.push(`${e.name} in turn ${t}, ${t < h.turn ? 'well before' : 'well after'} history's turn ${h.turn} (${dateWords(h.date)}).`);
    }
  }
  return out;
};

const tally = (winners: readonly GameOutcome['winner'][]): string => {
  const n = { soviet: 0, japanese: 0, draw: 0 };
  for (const w of winners) n[w]++;
  const part = (k: number, one: string, many: string) => (k ? [`${k} ${k === 1 ? one : many}`] : []);
  return [...part(n.soviet, 'Soviet victory', 'Soviet victories'), ...part(n.japanese, 'Japanese victory', 'Japanese victories'), ...part(n.draw, 'draw', 'draws')].join(', ') || 'none';
};

/** The class in two sentences: how its finished games ended against history, and how the computer's did. */
export const classHeadline = (rows: readonly ClassRow[], computer: readonly ComputerGames[], labels: ScenarioLabels): string[] => {
  const finished = rows.flatMap((r) => (r.outcome?.finished ? [r.outcome.winner] : []));
  const unfinished = rows.filter((r) => r.outcome && !r.outcome.finished).length;
  const noGame = rows.filter((r) => !r.outcome).length;
  const hist = labels.historical ? ` History: ${labels.historical.winner === 'draw' ? 'a draw' : `a ${winnerWords(labels.historical.winner)}`}.` : '';
  const extra = [unfinished ? `${unfinished} unfinished` : '', noGame ? `${noGame} without a game (lab only)` : ''].filter(Boolean).join(', ');
  const out = [`The class's ${finished.length} finished game${finished.length === 1 ? '' : 's'}: ${tally(finished)}${extra ? ` (and ${extra})` : ''}.${hist}`];
  const all = computer.flatMap((c) => c.summaries.map((g) => g.winner));
  if (all.length) out.push(`The computer's ${all.length} game${all.length === 1 ? '' : 's'} with the class's levers: ${tally(all)}.`);
  return out;
};

/** The flags a row carries for the checks, in words (each shown as a labelled flag, never as colour alone). */
export const checkFlags = (row: ClassRow): { checksum: string | null; replay: string | null } => {
  const c = row.check;
  if (!c) return { checksum: null, replay: null };
  return {
    checksum: c.checksumOk ? null : 'Checksum failed: the file was changed after it was made.',
    replay: c.replayOk ? null : (c.problems.find((p) => p.startsWith('Game ')) ?? c.problems.find((p) => !p.startsWith('The checksum')) ?? 'The replay does not confirm the file.'),
  };
};

/**
 * A CSV cell. Text from students' files is untrusted: a cell starting with = + - @ (or a tab or return) would be run
 * as a formula by a spreadsheet, so it is prefixed with an apostrophe, and every text cell is quoted.
 */
export const csvText = (s: string): string => {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
};

const csvNumber = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

/** One row per result, for grading: who, the choices, the outcome, the verdicts and every answer. */
export const classCsv = (rows: readonly ClassRow[], labels: ScenarioLabels, exercise: Exercise | null, unusual: (row: ClassRow) => readonly string[]): string => {
  const questionIds = exercise ? exercise.questions.map((q) => q.id) : [...new Set(rows.flatMap((r) => r.loaded.result.answers.map((a) => a.questionId)))];
  const questionText = (id: string) => exercise?.questions.find((q) => q.id === id)?.text ?? id;
  const header = [
    'class',
    'student',
    'attempt',
    'side',
    'played',
    'seed',
    'levers',
    ...labels.levers.map((l) => `lever: ${l.name}`),
    'winner',
    'finished',
    'turn',
    'soviet points',
    'japanese points',
    'margin',
    'outcome from',
    'checksum ok',
    'replay ok',
    'problems',
    'for the debrief',
    'prediction',
    ...questionIds.map((id) => `answer: ${questionText(id)}`),
    'file',
  ];
  const lines = rows.map((row) => {
    const r = row.loaded.result;
    const o = row.outcome;
    const answer = (id: string) => r.answers.find((a) => a.questionId === id)?.text ?? '';
    return [
      csvText(r.className),
      csvText(r.student),
      String(r.attempt),
      r.choices.side,
      r.choices.played ? 'yes' : 'no',
      String(r.choices.seed),
      csvText(row.choicesText),
      ...labels.levers.map((l) => csvNumber(row.levers[l.id])),
      o ? o.winner : '',
      o ? (o.finished ? 'yes' : 'no') : '',
      csvNumber(o?.turn),
      csvNumber(o?.points.soviet),
      csvNumber(o?.points.japanese),
      csvNumber(o?.margin),
      o ? (row.outcomeReplayed ? 'replay' : 'file (not confirmed)') : '',
      row.check ? (row.check.checksumOk ? 'yes' : 'no') : 'not checked',
      row.check ? (row.check.replayOk ? 'yes' : 'no') : 'not checked',
      csvText((row.check?.problems ?? []).join(' ')),
      csvText(unusual(row).join(' ')),
      csvText(r.prediction ?? ''),
      ...questionIds.map((id) => csvText(answer(id))),
      csvText(row.fileName),
    ].join(',');
  });
  return `${[header.map(csvText).join(','), ...lines].join('\n')}\n`;
};
