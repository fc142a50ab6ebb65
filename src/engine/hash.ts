/**
 * The state hash: a short fingerprint of everything that can change in a game, used by replays (one hash per turn),
 * by the determinism tests and by saved games to prove two states are the same.
 *
 * Canonical by construction: an object's hash is an order-independent sum of its (key, value) pair hashes, so key
 * insertion order never matters and no keys need sorting; `undefined` members are skipped as JSON would; arrays are
 * hashed in order. Values carry type tags so `"1"`, `1`, `[1]` and `{ "1": … }` differ. Two 32-bit lanes with
 * murmur3-style mixing (Math.imul and shifts: exact in every JavaScript engine) give 16 hex digits.
 *
 * The static setup is left out except what identifies it (scenario id, content hash, levers): the map and order of
 * battle are fixed by the content hash, and hashing them every turn would cost more than the rest of the state.
 */
import { HASHED_UNIT_FIELDS, UNIT_ACTION_FIELDS, type GameSetup, type GameState, type Unit } from './types';

const SEED_A = 0x811c9dc5;
const SEED_B = 0x9e3779b9;

const TAG_NULL = 0x1000_0001;
const TAG_FALSE = 0x1000_0002;
const TAG_TRUE = 0x1000_0003;
const TAG_INT = 0x1000_0004;
const TAG_NUMBER = 0x1000_0005;
const TAG_STRING = 0x1000_0006;
const TAG_ARRAY = 0x1000_0007;
const TAG_OBJECT = 0x1000_0008;

const rotl = (x: number, r: number): number => (x << r) | (x >>> (32 - r));

/** One murmur3 round of word `k` into `h`. */
const mixA = (h: number, k: number): number => {
  k = Math.imul(k, 0xcc9e2d51);
  k = rotl(k, 15);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = rotl(h, 13);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
};

/** The second lane: different constants and rotations, so the lanes do not collide together. */
const mixB = (h: number, k: number): number => {
  k = Math.imul(k, 0x85ebca6b);
  k = rotl(k, 17);
  k = Math.imul(k, 0xc2b2ae35);
  h ^= k;
  h = rotl(h, 11);
  return (Math.imul(h, 9) + 0x7f4a7c15) | 0;
};

/** murmur3's finaliser: every input bit reaches every output bit. */
const fmix = (h: number): number => {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
};

/**
 * One hashing job: the two lanes of the last value hashed (so hashing allocates nothing per value) and the memo of
 * string hashes it may use. Every call of `hashState`/`hashValue` has its own, so nothing is shared between calls but
 * the string memo, which is a pure function's memo kept with the game setup it serves.
 */
interface Lanes {
  a: number;
  b: number;
  readonly strings: Map<string, { readonly a: number; readonly b: number }>;
}

// Strings repeat endlessly in states (keys, names, ids): memoise their two lane hashes, per game setup.
const stringMemos = new WeakMap<GameSetup, Map<string, { readonly a: number; readonly b: number }>>();
const stringMemo = (setup: GameSetup): Map<string, { readonly a: number; readonly b: number }> => {
  let memo = stringMemos.get(setup);
  if (!memo) {
    memo = new Map();
    stringMemos.set(setup, memo);
  }
  return memo;
};

const hashString = (h: Lanes, s: string): void => {
  const cached = h.strings.get(s);
  if (cached !== undefined) {
    h.a = cached.a;
    h.b = cached.b;
    return;
  }
  let a = mixA(SEED_A ^ TAG_STRING, s.length);
  let b = mixB(SEED_B ^ TAG_STRING, s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = mixA(a, c);
    b = mixB(b, c);
  }
  a = fmix(a);
  b = fmix(b ^ 0x5bd1e995);
  if (h.strings.size > 100_000) h.strings.clear();
  h.strings.set(s, { a, b });
  h.a = a;
  h.b = b;
};

/**
 * Units are most of a state, so `state.units` gets a fixed-order walk over the Unit fields the hash covers
 * (`HASHED_UNIT_FIELDS`, declared beside the Unit type, which also declares the fields left out): the same canonical
 * result for any insertion order, without visiting key strings. `acted` goes first, packed into bits.
 */
const WALKED_UNIT_FIELDS = HASHED_UNIT_FIELDS.filter((f) => f !== 'acted');

/** Known small shapes of integers: 1 hex {q, r}, 2 casualties; 0 for anything else. */
const SMALL_KEYS: readonly (readonly string[])[] = [[], ['q', 'r'], ['killed', 'missing', 'wounded']];
const isInt = (x: unknown): boolean => typeof x === 'number' && (x | 0) === x;
const smallIntRecordKind = (o: Record<string, unknown>): number => {
  let n = 0;
  for (const k in o) {
    n++;
    if (!isInt(o[k])) return 0;
  }
  if (n === 2 && isInt(o['q']) && isInt(o['r'])) return 1;
  if (n === 3 && isInt(o['killed']) && isInt(o['wounded']) && isInt(o['missing'])) return 2;
  return 0;
};

const hashUnit = (h: Lanes, u: Unit): void => {
  let a = SEED_A ^ 0x2000_0001;
  let b = SEED_B ^ 0x2000_0001;
  const acted = u.acted;
  let bits = 0;
  for (let i = 0; i < UNIT_ACTION_FIELDS.length; i++) if (acted[UNIT_ACTION_FIELDS[i]!]) bits |= 1 << i;
  a = mixA(a, bits);
  b = mixB(b, bits);
  for (let i = 0; i < WALKED_UNIT_FIELDS.length; i++) {
    const v: unknown = u[WALKED_UNIT_FIELDS[i]!];
    if (typeof v === 'number' && (v | 0) === v) {
      a = mixA(a, v);
      b = mixB(b, v);
      continue;
    }
    const small = typeof v === 'object' && v !== null ? smallIntRecordKind(v as Record<string, unknown>) : 0;
    if (small !== 0) {
      // hex {q, r}, casualties {killed, wounded, missing}: fixed keys, so their values in key order suffice.
      const o = v as Record<string, number>;
      for (const k of SMALL_KEYS[small]!) {
        a = mixA(a, o[k]!);
        b = mixB(b, o[k]!);
      }
      a = mixA(a, small);
      b = mixB(b, small);
      continue;
    }
    hashInto(h, v);
    a = mixA(a, h.a);
    b = mixB(b, h.b);
  }
  h.a = fmix(a);
  h.b = fmix(b);
};

/** The units array, mixed as any array is, each element by `hashUnit`. */
const hashUnits = (h: Lanes, units: readonly Unit[]): void => {
  let a = mixA(SEED_A ^ TAG_ARRAY, units.length);
  let b = mixB(SEED_B ^ TAG_ARRAY, units.length);
  for (let i = 0; i < units.length; i++) {
    hashUnit(h, units[i]!);
    a = mixA(a, h.a);
    b = mixB(b, h.b);
  }
  h.a = fmix(a);
  h.b = fmix(b);
};

/** Any JSON value. The game state itself (`state`) is walked as an object without `setup`, its units by `hashUnits`. */
const hashInto = (h: Lanes, v: unknown, state: GameState | null = null): void => {
  switch (typeof v) {
    case 'number': {
      if (Number.isInteger(v) && v >= -0x8000_0000 && v <= 0x7fff_ffff) {
        h.a = fmix(mixA(SEED_A ^ TAG_INT, v | 0));
        h.b = fmix(mixB(SEED_B ^ TAG_INT, v | 0));
      } else {
        // Rare (the engine keeps integers); the shortest round-trip string is the same in every engine.
        hashString(h, Object.is(v, -0) ? '0' : String(v));
        h.a = fmix(h.a ^ TAG_NUMBER);
        h.b = fmix(h.b ^ TAG_NUMBER);
      }
      return;
    }
    case 'string':
      hashString(h, v);
      return;
    case 'boolean':
      h.a = fmix(SEED_A ^ (v ? TAG_TRUE : TAG_FALSE));
      h.b = fmix(SEED_B ^ (v ? TAG_TRUE : TAG_FALSE));
      return;
    case 'object': {
      if (v === null) break;
      if (Array.isArray(v)) {
        let a = mixA(SEED_A ^ TAG_ARRAY, v.length);
        let b = mixB(SEED_B ^ TAG_ARRAY, v.length);
        for (let i = 0; i < v.length; i++) {
          hashInto(h, v[i]);
          a = mixA(a, h.a);
          b = mixB(b, h.b);
        }
        h.a = fmix(a);
        h.b = fmix(b);
        return;
      }
      const o = v as Record<string, unknown>;
      const isState = state !== null && v === state;
      let sumA = 0;
      let sumB = 0;
      let count = 0;
      for (const k in o) {
        const value = o[k];
        if (value === undefined) continue;
        if (isState && k === 'units') hashUnits(h, value as readonly Unit[]);
        else if (isState && k === 'setup') continue;
        else hashInto(h, value);
        const va = h.a;
        const vb = h.b;
        hashString(h, k);
        sumA = (sumA + fmix(mixA(mixA(SEED_A, h.a), va))) | 0;
        sumB = (sumB + fmix(mixB(mixB(SEED_B, h.b), vb))) | 0;
        count++;
      }
      h.a = fmix(mixA(mixA(SEED_A ^ TAG_OBJECT, count), sumA));
      h.b = fmix(mixB(mixB(SEED_B ^ TAG_OBJECT, count), sumB));
      return;
    }
  }
  // null, undefined (inside arrays, as JSON writes null), functions and symbols.
  h.a = fmix(SEED_A ^ TAG_NULL);
  h.b = fmix(SEED_B ^ TAG_NULL);
};

const hex8 = (x: number): string => (x >>> 0).toString(16).padStart(8, '0');

/**
 * A 16-hex-digit fingerprint of the state: equal states (in canonical form) give equal hashes in Node and in browsers.
 * Covers every field but `setup`, of which only `scenarioId`, `contentHash` and `levers` count.
 */
export const hashState = (state: GameState): string => {
  const h: Lanes = { a: 0, b: 0, strings: stringMemo(state.setup) };
  hashInto(h, state, state);
  const a = h.a;
  const b = h.b;
  hashInto(h, { scenarioId: state.setup.scenarioId, contentHash: state.setup.contentHash, levers: state.setup.levers });
  return hex8(fmix(mixA(a, h.a))) + hex8(fmix(mixB(b, h.b)));
};

/** The same canonical hash of any JSON value (records, results): for content hashes and tests. */
export const hashValue = (value: unknown): string => {
  const h: Lanes = { a: 0, b: 0, strings: new Map() };
  hashInto(h, value);
  return hex8(h.a) + hex8(h.b);
};
