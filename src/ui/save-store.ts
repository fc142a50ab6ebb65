/**
 * The autosave in IndexedDB: one game, written after every command and read back on load so a reload resumes where
 * the player was. Failures (private browsing, quota) are reported as values and never stop the game.
 */
import type { SavedGame } from './controller/game-session';
import { parseSavedGame } from './controller/save-format';

const DB = 'khalkhin-gol-1939';
const STORE = 'saves';
const KEY = 'autosave';

let db: Promise<IDBDatabase> | null = null;

/** One connection for the page's life: opening IndexedDB per write would be slower than the game. */
const open = (): Promise<IDBDatabase> => {
  db ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
  });
  db.catch(() => {
    db = null;
  });
  return db;
};

const run = async <T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
  const conn = await open();
  return new Promise<T>((resolve, reject) => {
    const tx = conn.transaction(STORE, mode);
    const req = op(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
};

/**
 * Saves coalesce: while one write is in flight only the newest game waits for the next, so a burst of the computer's
 * commands costs two writes, not one per command, and the last state always lands.
 */
let waiting: SavedGame | null = null;
let inFlight: Promise<string | null> | null = null;

const drain = async (): Promise<string | null> => {
  let problem: string | null = null;
  while (waiting) {
    const next = waiting;
    waiting = null;
    try {
      await run('readwrite', (s) => s.put(next, KEY));
    } catch (e) {
      problem = `Autosave failed: ${String(e)}`;
    }
  }
  inFlight = null;
  return problem;
};

export const writeAutosave = (saved: SavedGame): Promise<string | null> => {
  waiting = saved;
  inFlight ??= drain();
  return inFlight;
};

/** Resolves when every save asked for so far is written. */
export const autosaveSettled = async (): Promise<void> => {
  while (inFlight) await inFlight;
};

export const readAutosave = async (): Promise<SavedGame | null> => {
  try {
    const data = await run('readonly', (s) => s.get(KEY));
    if (data === undefined) return null;
    const parsed = parseSavedGame(data);
    return parsed.ok ? parsed.saved : null;
  } catch {
    return null;
  }
};

export const clearAutosave = (): Promise<void> =>
  run('readwrite', (s) => s.delete(KEY)).then(
    () => undefined,
    () => undefined,
  );
