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
import type { GameState } from './types';

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

// Results of the last `hashInto` call (two lanes), kept in module variables so hashing allocates nothing.
let outA = 0;
let outB = 0;

// Strings repeat endlessly in states (keys, names, ids): memoise their two lane hashes.
const stringCache = new Map<string, { readonly a: number; readonly b: number }>();

const hashString = (s: string): void => {
  const cached = stringCache.get(s);
  if (cached !== undefined) {
    outA = cached.a;
    outB = cached.b;
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
  if (stringCache.size > 100_000) stringCache.clear();
  stringCache.set(s, { a, b });
  outA = a;
  outB = b;
};

/**
 * Units are most of a state, so they get a fixed-order walk over the Unit fields (the same canonical result for any
 * insertion order, without visiting key strings). A unit with fields outside the type falls back to the generic walk.
 */
const UNIT_FIELDS = [
  'acted', 'ammo', 'arrives', 'casualties', 'cohesion', 'damaged', 'destroyed', 'entrenchment', 'equipment', 'fatigue',
  'formation', 'hex', 'id', 'kind', 'label', 'men', 'mp', 'name', 'note', 'side', 'size', 'source', 'start', 'status',
  'supply', 'suppression', 'turnsOutOfSupply',
] as const;
const ACTION_FIELDS = ['moved', 'attacked', 'fired', 'dug', 'rallied', 'built'] as const;

/**
 * The unit fields that can change in play, in the walk's order. The rest (name, label, formation, kind, size, side,
 * source, note, start) are copies of the unit's setup, fixed for its id by the scenario content and the levers, which
 * the hash covers through `contentHash` and `levers`: hashing them every turn would cost a third of the time.
 */
const HASHED_UNIT_FIELDS = [
  'acted', 'ammo', 'arrives', 'casualties', 'cohesion', 'damaged', 'destroyed', 'entrenchment', 'equipment', 'fatigue',
  'hex', 'id', 'men', 'mp', 'status', 'supply', 'suppression', 'turnsOutOfSupply',
] as const;

/** Fields every unit has (all but the optional `arrives` and `note`). */
const REQUIRED_UNIT_FIELDS = UNIT_FIELDS.length - 2;

const looksLikeUnit = (o: Record<string, unknown>): boolean => {
  if (typeof o['id'] !== 'string' || typeof o['men'] !== 'number') return false;
  const acted = o['acted'];
  if (typeof acted !== 'object' || acted === null) return false;
  // Counting keys is enough with the required ones present: any field outside the type makes the count too high.
  let n = 0;
  for (const k in o) if (o[k] !== undefined) n++;
  const expected = REQUIRED_UNIT_FIELDS + (o['arrives'] !== undefined ? 1 : 0) + (o['note'] !== undefined ? 1 : 0);
  if (n !== expected || o['status'] === undefined || o['start'] === undefined || o['equipment'] === undefined) return false;
  let m = 0;
  for (const _ in acted) m++;
  return m === ACTION_FIELDS.length;
};

/** Known small shapes of integers: 1 hex {q, r}, 2 casualties. */
const SMALL_KEYS: readonly (readonly string[])[] = [[], ['q', 'r'], ['killed', 'missing', 'wounded']];
let smallKind = 0;
const isInt = (x: unknown): boolean => typeof x === 'number' && (x | 0) === x;
const isSmallIntRecord = (o: Record<string, unknown>): boolean => {
  let n = 0;
  for (const k in o) {
    n++;
    if (!isInt(o[k])) return false;
  }
  if (n === 2 && isInt(o['q']) && isInt(o['r'])) smallKind = 1;
  else if (n === 3 && isInt(o['killed']) && isInt(o['wounded']) && isInt(o['missing'])) smallKind = 2;
  else return false;
  return true;
};

const hashUnit = (u: Record<string, unknown>): void => {
  let a = SEED_A ^ 0x2000_0001;
  let b = SEED_B ^ 0x2000_0001;
  const acted = u['acted'] as Record<string, boolean>;
  let bits = 0;
  for (let i = 0; i < ACTION_FIELDS.length; i++) if (acted[ACTION_FIELDS[i]!]) bits |= 1 << i;
  a = mixA(a, bits);
  b = mixB(b, bits);
  for (let i = 1; i < HASHED_UNIT_FIELDS.length; i++) {
    const v = u[HASHED_UNIT_FIELDS[i]!];
    if (typeof v === 'number' && (v | 0) === v) {
      a = mixA(a, v);
      b = mixB(b, v);
      continue;
    }
    if (typeof v === 'object' && v !== null && isSmallIntRecord(v as Record<string, unknown>)) {
      // hex {q, r}, casualties {killed, wounded, missing}: fixed keys, so their values in key order suffice.
      const o = v as Record<string, number>;
      for (const k of SMALL_KEYS[smallKind]!) {
        a = mixA(a, o[k]!);
        b = mixB(b, o[k]!);
      }
      a = mixA(a, smallKind);
      b = mixB(b, smallKind);
      continue;
    }
    hashInto(v, null);
    a = mixA(a, outA);
    b = mixB(b, outB);
  }
  outA = fmix(a);
  outB = fmix(b);
};

const hashInto = (v: unknown, skipKey: string | null): void => {
  switch (typeof v) {
    case 'number': {
      if (Number.isInteger(v) && v >= -0x8000_0000 && v <= 0x7fff_ffff) {
        outA = fmix(mixA(SEED_A ^ TAG_INT, v | 0));
        outB = fmix(mixB(SEED_B ^ TAG_INT, v | 0));
      } else {
        // Rare (the engine keeps integers); the shortest round-trip string is the same in every engine.
        hashString(Object.is(v, -0) ? '0' : String(v));
        outA = fmix(outA ^ TAG_NUMBER);
        outB = fmix(outB ^ TAG_NUMBER);
      }
      return;
    }
    case 'string':
      hashString(v);
      return;
    case 'boolean':
      outA = fmix(SEED_A ^ (v ? TAG_TRUE : TAG_FALSE));
      outB = fmix(SEED_B ^ (v ? TAG_TRUE : TAG_FALSE));
      return;
    case 'object': {
      if (v === null) break;
      if (Array.isArray(v)) {
        let a = mixA(SEED_A ^ TAG_ARRAY, v.length);
        let b = mixB(SEED_B ^ TAG_ARRAY, v.length);
        for (let i = 0; i < v.length; i++) {
          hashInto(v[i], null);
          a = mixA(a, outA);
          b = mixB(b, outB);
        }
        outA = fmix(a);
        outB = fmix(b);
        return;
      }
      const o = v as Record<string, unknown>;
      if (skipKey === null && looksLikeUnit(o)) {
        hashUnit(o);
        return;
      }
      let sumA = 0;
      let sumB = 0;
      let count = 0;
      for (const k in o) {
        const value = o[k];
        if (value === undefined || k === skipKey) continue;
        hashInto(value, null);
        const va = outA;
        const vb = outB;
        hashString(k);
        sumA = (sumA + fmix(mixA(mixA(SEED_A, outA), va))) | 0;
        sumB = (sumB + fmix(mixB(mixB(SEED_B, outB), vb))) | 0;
        count++;
      }
      outA = fmix(mixA(mixA(SEED_A ^ TAG_OBJECT, count), sumA));
      outB = fmix(mixB(mixB(SEED_B ^ TAG_OBJECT, count), sumB));
      return;
    }
  }
  // null, undefined (inside arrays, as JSON writes null), functions and symbols.
  outA = fmix(SEED_A ^ TAG_NULL);
  outB = fmix(SEED_B ^ TAG_NULL);
};

const hex8 = (x: number): string => (x >>> 0).toString(16).padStart(8, '0');

/**
 * A 16-hex-digit fingerprint of the state: equal states (in canonical form) give equal hashes in Node and in browsers.
 * Covers every field but `setup`, of which only `scenarioId`, `contentHash` and `levers` count.
 */
export const hashState = (state: GameState): string => {
  hashInto(state, 'setup');
  const a = outA;
  const b = outB;
  hashInto({ scenarioId: state.setup.scenarioId, contentHash: state.setup.contentHash, levers: state.setup.levers }, null);
  return hex8(fmix(mixA(a, outA))) + hex8(fmix(mixB(b, outB)));
};

/** The same canonical hash of any JSON value (records, results): for content hashes and tests. */
export const hashValue = (value: unknown): string => {
  hashInto(value, null);
  return hex8(outA) + hex8(outB);
};
