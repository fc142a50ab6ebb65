/**
 * The class view's open files, kept in IndexedDB (idb-keyval) so that a reload, a closed tab or tomorrow's lesson
 * finds the class as the teacher left it, without choosing thirty files again. One class is kept (the last opened);
 * "Forget these files" removes it. Only this browser holds it. Failures are values, never thrown (private browsing,
 * a full disk): the class view then works as before, for this visit.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { ClassFile } from './class-files';

export interface StoredClass {
  readonly files: readonly ClassFile[];
  /** When the files were opened (ms since 1970). */
  readonly savedAt: number;
}

const KEY = 'open-class';

let storeHandle: UseStore | null = null;
const store = (): UseStore => (storeHandle ??= createStore('khalkhin-gol-1939-class', 'files'));

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A stored value read defensively (a damaged disk or an older version may have written it); null if unusable. */
const readStored = (v: unknown): StoredClass | null => {
  if (typeof v !== 'object' || v === null) return null;
  const { files, savedAt } = v as { files?: unknown; savedAt?: unknown };
  if (!Array.isArray(files) || typeof savedAt !== 'number') return null;
  const good = files.filter((f): f is ClassFile => typeof f === 'object' && f !== null && typeof (f as ClassFile).name === 'string' && typeof (f as ClassFile).text === 'string');
  return good.length ? { files: good, savedAt } : null;
};

export const loadClass = async (): Promise<{ stored: StoredClass | null; problem: string | null }> => {
  try {
    return { stored: readStored(await get(KEY, store())), problem: null };
  } catch (e) {
    return { stored: null, problem: `The files opened last time could not be read back (${reason(e)}).` };
  }
};

let pending: Promise<unknown> = Promise.resolve();

/** Keeps `files` as the open class; resolves with a sentence if they could not be kept. */
export const saveClass = (files: readonly ClassFile[], savedAt: number): Promise<string | null> => {
  const write = pending.then(() => set(KEY, { files, savedAt }, store())).then(
    () => null,
    (e: unknown) => `These files could not be kept in this browser (${reason(e)}): after a reload, open them again.`,
  );
  pending = write;
  return write;
};

export const forgetClass = (): Promise<string | null> => {
  const write = pending.then(() => del(KEY, store())).then(
    () => null,
    (e: unknown) => `The files could not be forgotten (${reason(e)}).`,
  );
  pending = write;
  return write;
};
