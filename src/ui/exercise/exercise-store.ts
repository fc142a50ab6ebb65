/**
 * The student's work on an exercise, kept in IndexedDB (idb-keyval) after every change so a reload, a closed tab or
 * a crash loses nothing: the exercise's own text (an exercise opened from a file opens again as `?exercise=stored:HASH`),
 * the draft (name, class, attempt, side, levers, prediction, answers), the saved game it is linked to, the lab's
 * summary and when the lesson clock was started. Failures are values, never thrown (private browsing, a full disk).
 */
import { createStore, entries, get, set, type UseStore } from 'idb-keyval';
import type { LabSummary, StudentDraft } from '../../exercise';

export interface ExerciseWork {
  /** The exercise file's text. */
  readonly text: string;
  readonly draft: StudentDraft;
  /** The saved game (save-store id) played for this exercise, if any. */
  readonly gameId: string | null;
  readonly lab: LabSummary | null;
  /** When the lesson clock was started (ms since 1970), or null. */
  readonly clockStartedAt: number | null;
}

let storeHandle: UseStore | null = null;
const store = (): UseStore => (storeHandle ??= createStore('khalkhin-gol-1939-exercises', 'work'));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): Record<string, string> =>
  isObject(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
const numbers = (v: unknown): Record<string, number> =>
  isObject(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]))) : {};

/** A stored value read defensively (an older version or a damaged disk may have written it); null if unusable. */
const readWork = (v: unknown): ExerciseWork | null => {
  if (!isObject(v) || typeof v.text !== 'string' || !isObject(v.draft)) return null;
  const d = v.draft;
  const lab = isObject(v.lab) && typeof v.lab.runs === 'number' && isObject(v.lab.wins) ? (v.lab as unknown as LabSummary) : null;
  return {
    text: v.text,
    draft: {
      className: typeof d.className === 'string' ? d.className : '',
      student: typeof d.student === 'string' ? d.student : '',
      attempt: typeof d.attempt === 'number' && Number.isInteger(d.attempt) ? d.attempt : 1,
      side: d.side === 'japanese' ? 'japanese' : 'soviet',
      levers: numbers(d.levers),
      prediction: typeof d.prediction === 'string' ? d.prediction : '',
      answers: strings(d.answers),
    },
    gameId: typeof v.gameId === 'string' ? v.gameId : null,
    lab,
    clockStartedAt: typeof v.clockStartedAt === 'number' ? v.clockStartedAt : null,
  };
};

export const loadWork = async (hash: string): Promise<{ work: ExerciseWork | null; problem: string | null }> => {
  try {
    return { work: readWork(await get(hash, store())), problem: null };
  } catch (e) {
    return { work: null, problem: `Your earlier work on this exercise could not be read (${e instanceof Error ? e.message : String(e)}).` };
  }
};

/**
 * The exercise (its hash) a saved game was played for, or null: so a game continued from the menu's saved-games list
 * comes back with its exercise behind it, as a reload of it does. An unreadable store answers null.
 */
export const exerciseOfGame = async (gameId: string): Promise<string | null> => {
  try {
    for (const [key, value] of await entries(store())) {
      if (typeof key === 'string' && readWork(value)?.gameId === gameId) return key;
    }
  } catch {
    // Private browsing or a damaged store: the game continues on its own.
  }
  return null;
};

let pending: Promise<unknown> = Promise.resolve();

export const saveWork = (hash: string, work: ExerciseWork): Promise<string | null> => {
  const write = pending.then(() => set(hash, work, store())).then(
    () => null,
    (e: unknown) => `Your work could not be kept in this browser (${e instanceof Error ? e.message : String(e)}); download the result file before you close the page.`,
  );
  pending = write;
  return write;
};

/** Resolves when every write asked for so far has finished (the tests wait on it before a reload). */
export const workSettled = async (): Promise<void> => {
  await pending;
};
