/**
 * The exercises shipped with the game (scenarios/exercises/*.json, copied as assets like the scenarios): the class
 * view finds a result's exercise among them by id and hash, so a teacher using a shipped exercise need not open it.
 */
import { exerciseHash, parseExercise, type Exercise } from '../../exercise';

const FILES = import.meta.glob('../../../scenarios/exercises/*.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** Every shipped exercise that parses (a broken or unreachable one is left out: it is play's page that reports it). */
export const bundledExercises = async (): Promise<Exercise[]> => {
  const all = await Promise.all(
    Object.values(FILES).map(async (url) => {
      try {
        const res = await fetch(url);
        const parsed = res.ok ? parseExercise(await res.text()) : null;
        return parsed?.ok ? [parsed.exercise] : [];
      } catch {
        return [];
      }
    }),
  );
  return all.flat().sort((a, b) => a.title.localeCompare(b.title));
};

export const bundledExercise = async (id: string, hash: string): Promise<Exercise | null> =>
  (await bundledExercises()).find((e) => e.id === id && exerciseHash(e) === hash) ?? null;
