/**
 * The shipped exercises (scenarios/exercises/*.json) as URLs of copied assets, like the scenarios: data, not code, so
 * they stay out of the JavaScript bundle, and the service worker precaches them with the rest of the build's JSON.
 */
const FILES = import.meta.glob('../../../scenarios/exercises/*.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** Exercise id (the file's name) → its URL in the build. */
export const BUNDLED_EXERCISES: ReadonlyMap<string, string> = new Map(
  Object.entries(FILES)
    .map(([path, url]) => [path.split('/').pop()!.replace(/\.json$/, ''), url] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1)),
);
