/**
 * The autosave in IndexedDB: one game, written after every command and read back on load so a reload resumes where
 * the player was. Failures (private browsing, quota) are reported as values and never stop the game.
 */
import type { SavedGame } from './controller/game-session';
import { parseSavedGame } from './controller/save-format';

const DB = 'khalkhin-gol-1939';
const STORE = 'saves';
const KEY = 'autosave';

const open = (): Promise<IDBDatabase> =>
  new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
  });

const run = async <T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = op(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
  } finally {
    db.close();
  }
};

/** Writes are chained so a later save never lands before an earlier one. */
let chain: Promise<unknown> = Promise.resolve();

export const writeAutosave = (saved: SavedGame): Promise<string | null> => {
  const next = chain.then(() => run('readwrite', (s) => s.put(saved, KEY))).then(
    () => null,
    (e: unknown) => `Autosave failed: ${String(e)}`,
  );
  chain = next;
  return next;
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
