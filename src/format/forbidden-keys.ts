/**
 * Keys a game file may never use: `__proto__`, `constructor` and `prototype`. JSON.parse keeps `"__proto__"` as an
 * ordinary key, but schema checks and object spreads treat it specially, so it was silently dropped where every other
 * unknown key is refused (issue 15). A file is untrusted input: such a key is an error with its JSON path, like any
 * unknown key, and never reaches the game.
 */
import type { FileError } from './schema-errors';
import { formatPath } from './schema-errors';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** At most this many are listed; the rest are counted in one line. */
const MAX_LISTED = 20;

/** Every forbidden key anywhere in a parsed JSON value, with its path (walked without recursion: depth is untrusted). */
export const forbiddenKeys = (value: unknown): FileError[] => {
  const errors: FileError[] = [];
  let more = 0;
  const stack: { value: unknown; path: readonly PropertyKey[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (FORBIDDEN_KEYS.has(key)) {
        if (errors.length < MAX_LISTED) errors.push({ path: formatPath([...path, key]), message: `the key '${key}' is not allowed in a game file` });
        else more++;
        continue;
      }
      stack.push({ value: (v as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (more > 0) errors.push({ path: '', message: `… and ${more} more keys named __proto__, constructor or prototype` });
  return errors;
};
