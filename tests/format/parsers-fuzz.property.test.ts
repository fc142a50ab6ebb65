/**
 * Fuzzing the two readers of files people hand the game (issue 15): `parseScenario` and `parseRecord` are given
 * arbitrary JSON, arbitrary text, arbitrary bytes decoded as UTF-8, and valid files with one part replaced, added or
 * removed (forbidden keys among the additions). Whatever comes in, they return a value — never a throw — and a refusal
 * lists at least one error, each with a path and a sentence; no case takes longer than the limit below.
 *
 * Cases per parser: 100,000 arbitrary inputs plus 10,000 (scenario) or 20,000 (record) altered valid files in the
 * history tier (about 60 s of CPU on a 2-core machine); 60 of each kind in `npm test`
 * (tests/helpers/tier.ts).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/scenario/content-hash';
import { parseScenario } from '../../src/scenario/parse';
import { parseRecord, serializeRecord } from '../../src/replay/record';
import { bundledScenarios } from '../../src/game/node';
import { propertyRuns } from '../helpers/tier';
import { playRandomGame } from '../replay/play-random';

/** A case slower than this would be a hang in waiting: the largest valid file parses in well under a second. */
const MAX_CASE_MS = 2000;

type Result = { ok: true } | { ok: false; errors: readonly { path: string; message: string }[] };

let slowest = 0;
const check = (parse: () => Result): void => {
  const t0 = performance.now();
  let r: Result;
  try {
    r = parse();
  } catch (e) {
    throw new Error(`threw ${String(e)}`, { cause: e });
  }
  slowest = Math.max(slowest, performance.now() - t0);
  if (!r.ok) {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(typeof e.path).toBe('string');
      expect(typeof e.message).toBe('string');
      expect(e.message.length).toBeGreaterThan(0);
    }
  }
};

const decoder = new TextDecoder('utf-8');
/** Text of every kind a file can hold: any JSON, any string, any bytes read as UTF-8 (with a BOM now and then). */
const anyText: Record<string, fc.Arbitrary<string>> = {
  'arbitrary JSON': fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v) ?? 'null'),
  'arbitrary text': fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })),
  'arbitrary bytes': fc.tuple(fc.boolean(), fc.uint8Array({ maxLength: 400 })).map(([bom, b]) => `${bom ? '\uFEFF' : ''}${decoder.decode(b)}`),
};
/** Of the history tier's 100,000 arbitrary inputs per parser: 40,000 JSON, 30,000 texts, 30,000 byte strings. */
const ANY_RUNS: Record<string, number> = { 'arbitrary JSON': propertyRuns(40_000, 60), 'arbitrary text': propertyRuns(30_000, 60), 'arbitrary bytes': propertyRuns(30_000, 60) };

/** Every path to a value inside a JSON document (object keys and list indexes). */
const paths = (v: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
  if (v === null || typeof v !== 'object') return [prefix];
  const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return [prefix, ...keys.flatMap((k) => paths((v as Record<string | number, unknown>)[k], [...prefix, k]))];
};

type Change = { kind: 'replace' | 'add' | 'remove'; at: number; key: string; value: unknown };
const changeArb: fc.Arbitrary<Change> = fc.record({
  kind: fc.constantFrom('replace', 'add', 'remove'),
  at: fc.nat(),
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'men', 'units', 'commands', 'seed'), fc.string({ maxLength: 12 })),
  value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(1e308, -1e308, 1e12, -1, 0, 0.5, Number.MAX_SAFE_INTEGER + 2, '', 'x'.repeat(500))),
});

/** The document with one change at one of its paths (as text, so a `__proto__` key stays an ordinary key). */
const altered = (doc: unknown, all: (string | number)[][], c: Change): string => {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  const path = all[c.at % all.length]!;
  let parent: Record<string | number, unknown> | undefined;
  let o: unknown = copy;
  for (const k of path) {
    parent = o as Record<string | number, unknown>;
    o = parent[k];
  }
  const last = path.at(-1);
  if (c.kind === 'replace' && parent && last !== undefined) parent[last] = c.value;
  else if (c.kind === 'remove' && parent && last !== undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (o !== null && typeof o === 'object') {
    if (Array.isArray(o)) o.push(c.value);
    else Object.defineProperty(o, c.key, { value: c.value, enumerable: true, configurable: true, writable: true });
  }
  return JSON.stringify(copy);
};

const TUTORIAL = JSON.parse(readFileSync('scenarios/tutorial.json', 'utf8')) as unknown;
const TUTORIAL_PATHS = paths(TUTORIAL);
const tutorial = bundledScenarios().get('tutorial')!;
const RECORD = JSON.parse(serializeRecord(playRandomGame(tutorial, 3, {}, 2).record)) as unknown;
const RECORD_PATHS = paths(RECORD);
const tutorialRef = { id: tutorial.id, contentHash: contentHash(tutorial) };

describe('parseScenario never throws', () => {
  it.each(Object.keys(anyText))('on %s', (kind) => {
    fc.assert(fc.property(anyText[kind]!, (text) => check(() => parseScenario(text))), { numRuns: ANY_RUNS[kind]! });
  }, 600_000);

  it('on a valid file with one part replaced, added (forbidden keys too) or removed', () => {
    fc.assert(fc.property(changeArb, (c) => check(() => parseScenario(altered(TUTORIAL, TUTORIAL_PATHS, c)))), { numRuns: propertyRuns(10_000, 60) });
  }, 600_000);
});

describe('parseRecord never throws', () => {
  it.each(Object.keys(anyText))('on %s', (kind) => {
    fc.assert(fc.property(anyText[kind]!, (text) => check(() => parseRecord(text))), { numRuns: ANY_RUNS[kind]! });
  }, 600_000);

  it('on a valid record with one part replaced, added or removed (with and without its scenario)', () => {
    fc.assert(
      fc.property(changeArb, fc.boolean(), (c, withScenario) => check(() => parseRecord(altered(RECORD, RECORD_PATHS, c), withScenario ? tutorialRef : undefined))),
      { numRuns: propertyRuns(20_000, 60) },
    );
  }, 600_000);

  it(`took at most ${MAX_CASE_MS} ms a case`, () => {
    console.info(`the slowest case took ${slowest.toFixed(1)} ms`);
    expect(slowest).toBeLessThan(MAX_CASE_MS);
  });
});
