/**
 * Where `?exercise=…` points: a shipped exercise (`bundled:ID`, or just its id), one kept in this browser
 * (`stored:HASH`: an exercise opened from a file, so a reload finds it again), or an address — a path on this site or an
 * http(s) URL elsewhere, fetched with CORS. Any other scheme (javascript:, data:, file:…) is refused in a sentence.
 */
export type ExerciseSource =
  | { readonly kind: 'bundled'; readonly id: string; readonly url: string }
  | { readonly kind: 'stored'; readonly hash: string }
  | { readonly kind: 'url'; readonly url: string; readonly sameOrigin: boolean };

export type ExerciseSourceResult = { readonly ok: true; readonly source: ExerciseSource } | { readonly ok: false; readonly problem: string };

/** The `?exercise=` parameter, or null when the URL has none (the app's one routing question). */
export const exerciseParam = (search: string): string | null => new URLSearchParams(search).get('exercise');

export const resolveExerciseSource = (param: string, pageUrl: string, bundled: ReadonlyMap<string, string>): ExerciseSourceResult => {
  const text = param.trim();
  const ids = [...bundled.keys()].join(', ');
  if (text === '') return { ok: false, problem: `?exercise= is empty; give a shipped exercise (bundled:ID, one of ${ids}), a path on this site or an https:// address.` };
  if (text.startsWith('bundled:') || /^[a-z0-9][a-z0-9-]*$/.test(text)) {
    const id = text.startsWith('bundled:') ? text.slice('bundled:'.length) : text;
    const url = bundled.get(id);
    if (url) return { ok: true, source: { kind: 'bundled', id, url } };
    if (text.startsWith('bundled:')) return { ok: false, problem: `There is no shipped exercise "${id}"; the shipped ones are ${ids}.` };
  }
  if (text.startsWith('stored:')) {
    const hash = text.slice('stored:'.length);
    if (/^[0-9a-f]{16}$/.test(hash)) return { ok: true, source: { kind: 'stored', hash } };
    return { ok: false, problem: `"${text}" does not name an exercise kept in this browser.` };
  }
  let url: URL;
  try {
    url = new URL(text, pageUrl);
  } catch {
    return { ok: false, problem: `"${text}" is not an address an exercise can be opened from.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, problem: `Exercises open from this site or from http(s) addresses only; "${url.protocol}" addresses are refused.` };
  }
  if (url.username || url.password) return { ok: false, problem: 'An exercise address may not carry a user name or password.' };
  return { ok: true, source: { kind: 'url', url: url.href, sameOrigin: url.origin === new URL(pageUrl).origin } };
};

/** The address a source is fetched from (stored exercises are not fetched). */
export const sourceUrl = (source: ExerciseSource): string | null => (source.kind === 'stored' ? null : source.url);

/** What `?exercise=` says for a source, so a reload opens the same exercise. */
export const sourceParam = (source: ExerciseSource): string =>
  source.kind === 'bundled' ? `bundled:${source.id}` : source.kind === 'stored' ? `stored:${source.hash}` : source.url;
