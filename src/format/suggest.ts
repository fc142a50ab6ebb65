/**
 * "Did you mean …?" for authors: the nearest known name to a misspelt one, by edit distance (insertions, deletions,
 * substitutions and swaps of neighbours), ignoring case, spaces, hyphens and underscores when comparing.
 */

/** Optimal-string-alignment distance between two strings. */
export const editDistance = (a: string, b: string): number => {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  // Three rolling rows: two back (for swaps), one back, current.
  let prev2 = Array.from({ length: m + 1 }, () => 0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = Array.from({ length: m + 1 }, () => 0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
};

const normalise = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * The closest of `known` to `name`, or undefined when nothing is close enough to be a plausible typo (at most a third
 * of the name's length, and at least 2 edits allowed). Ties go to the earlier name in `known`, so the answer is stable.
 */
export const closestName = (name: string, known: readonly string[]): string | undefined => {
  const target = normalise(name);
  const limit = Math.max(2, Math.floor(target.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(target, normalise(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
};

/** "; did you mean 'X'?" or an empty string. */
export const didYouMean = (name: string, known: readonly string[]): string => {
  const s = closestName(name, known);
  return s === undefined ? '' : `; did you mean '${s}'?`;
};
