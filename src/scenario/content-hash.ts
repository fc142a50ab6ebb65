/**
 * A scenario's content hash: a fingerprint of its canonical content (the parsed file with defaults filled in, keys
 * sorted), so whitespace or key order do not change it but any change of substance does. Game records carry it and
 * refuse to replay against a different scenario. Integer-only mixing (Math.imul), identical in Node and browsers.
 */
import type { Scenario } from './schema';

/** JSON with object keys sorted at every level: one text per value. */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
};

/** Two independent 32-bit multiply-xorshift lanes over UTF-16 units → 16 hex digits. */
export const hashText = (text: string): string => {
  let a = 0x9e3779b9 | 0;
  let b = 0x85ebca6b | 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const fmix = (h: number): number => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const hi = fmix(a ^ Math.imul(text.length, 0x27d4eb2f));
  const lo = fmix(b ^ hi);
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
};

const cache = new WeakMap<Scenario, string>();

/** The scenario's content hash (cached per parsed scenario object). */
export const contentHash = (scenario: Scenario): string => {
  let h = cache.get(scenario);
  if (h === undefined) {
    h = hashText(canonicalJson(scenario));
    cache.set(scenario, h);
  }
  return h;
};
