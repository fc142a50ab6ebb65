/**
 * The state hash: a short fingerprint of everything that can change in a game, used by replays (one hash per turn),
 * by the determinism tests and by saved games to prove two states are the same.
 *
 * It walks the state in canonical form — object keys in sorted order, `undefined` members skipped as JSON would — and
 * feeds typed tokens into two independent 32-bit FNV-1a style lanes (Math.imul, exact in every JavaScript engine).
 * The static setup is left out except what identifies it (scenario id, content hash, levers): the map and order of
 * battle are fixed by the content hash, and hashing them every turn would cost more than the rest of the state.
 */
import type { GameState } from './types';

const LANE_A_START = 0x811c9dc5;
const LANE_B_START = 0x9e3779b9;
const PRIME_A = 0x01000193;
const PRIME_B = 0x5bd1e995;

// Type tags keep `"1"`, `1`, `[1]` and `{ "1": … }` apart.
const TAG_NULL = 1;
const TAG_FALSE = 2;
const TAG_TRUE = 3;
const TAG_INT = 4;
const TAG_NUMBER = 5;
const TAG_STRING = 6;
const TAG_ARRAY = 7;
const TAG_OBJECT = 8;

/** Sorted key lists, memoised per insertion-order shape: states hold thousands of objects of a few dozen shapes. */
const sortedKeysByShape = new Map<string, readonly string[]>();

const sortedKeys = (obj: object): readonly string[] => {
  const keys = Object.keys(obj);
  if (keys.length < 2) return keys;
  const shape = keys.join('\u0000');
  let sorted = sortedKeysByShape.get(shape);
  if (!sorted) {
    sorted = keys.slice().sort();
    // Equipment records are open-ended (one shape per mix of types): keep the memo bounded.
    if (sortedKeysByShape.size > 10_000) sortedKeysByShape.clear();
    sortedKeysByShape.set(shape, sorted);
  }
  return sorted;
};

class Hasher {
  a = LANE_A_START;
  b = LANE_B_START;

  word(x: number): void {
    this.a = Math.imul(this.a ^ (x & 0xffff), PRIME_A);
    this.a = Math.imul(this.a ^ (x >>> 16), PRIME_A);
    this.b = Math.imul(this.b ^ x, PRIME_B);
    this.b ^= this.b >>> 15;
  }

  text(s: string): void {
    this.word(s.length);
    for (let i = 0; i < s.length; i++) this.word(s.charCodeAt(i));
  }

  value(v: unknown): void {
    switch (typeof v) {
      case 'number':
        if (Number.isInteger(v) && v >= -0x8000_0000 && v <= 0x7fff_ffff) {
          this.word(TAG_INT);
          this.word(v | 0);
        } else {
          // Rare (the engine keeps integers); the shortest round-trip string is the same in every engine.
          this.word(TAG_NUMBER);
          this.text(Object.is(v, -0) ? '0' : String(v));
        }
        return;
      case 'string':
        this.word(TAG_STRING);
        this.text(v);
        return;
      case 'boolean':
        this.word(v ? TAG_TRUE : TAG_FALSE);
        return;
      case 'object':
        if (v === null) {
          this.word(TAG_NULL);
        } else if (Array.isArray(v)) {
          this.word(TAG_ARRAY);
          this.word(v.length);
          for (let i = 0; i < v.length; i++) this.value(v[i] === undefined ? null : v[i]);
        } else {
          this.object(v as Record<string, unknown>);
        }
        return;
      default:
        // undefined, functions and symbols are not state; JSON drops them too.
        this.word(TAG_NULL);
    }
  }

  object(o: Record<string, unknown>, skip?: string): void {
    const keys = sortedKeys(o);
    let present = 0;
    for (const k of keys) if (o[k] !== undefined && k !== skip) present++;
    this.word(TAG_OBJECT);
    this.word(present);
    for (const k of keys) {
      const v = o[k];
      if (v === undefined || k === skip) continue;
      this.text(k);
      this.value(v);
    }
  }

  digest(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

/**
 * A 16-hex-digit fingerprint of the state: equal states (in canonical form) give equal hashes in Node and in browsers.
 * Covers every field but `setup`, of which only `scenarioId`, `contentHash` and `levers` count.
 */
export const hashState = (state: GameState): string => {
  const h = new Hasher();
  h.object(state as unknown as Record<string, unknown>, 'setup');
  h.text('setup');
  h.value({ scenarioId: state.setup.scenarioId, contentHash: state.setup.contentHash, levers: state.setup.levers });
  return h.digest();
};

/** The same canonical walk over any JSON value (records, results): for content hashes and tests. */
export const hashValue = (value: unknown): string => {
  const h = new Hasher();
  h.value(value);
  return h.digest();
};
