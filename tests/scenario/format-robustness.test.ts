/**
 * The parser never throws, whatever it is given, and every bundled scenario survives the round trip and builds with
 * every lever at either end of its range (each lever then changes the setup).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledScenarios } from '../../src/game/node';
import { buildSetup } from '../../src/scenario/build-setup';
import { contentHash } from '../../src/scenario/content-hash';
import { parseScenario } from '../../src/scenario/parse';
import { serializeScenario } from '../../src/scenario/serialize';

const base = JSON.parse(readFileSync('tests/fixtures/scenarios/valid-small.json', 'utf8')) as unknown;

/** Every path to a value inside a JSON document. */
const paths = (v: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
  if (v === null || typeof v !== 'object') return [prefix];
  const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return [prefix, ...keys.flatMap((k) => paths((v as Record<string | number, unknown>)[k], [...prefix, k]))];
};
const ALL_PATHS = paths(base).filter((p) => p.length > 0);

const replaceAt = (doc: unknown, path: (string | number)[], value: unknown): unknown => {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path.at(-1)!] = value;
  return copy;
};

describe('parseScenario never throws', () => {
  it('on any JSON value put anywhere in a valid file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_PATHS), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        const r = parseScenario(JSON.stringify(replaceAt(base, path, value)));
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(e.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = parseScenario(text);
        expect(r.ok).toBe(false);
      }),
    );
  });
});

describe('every bundled scenario', () => {
  const reg = bundledScenarios();
  it.each(reg.ids.map((id) => [id]))('%s round-trips with the same content hash', (id) => {
    const s = reg.get(id)!;
    const again = parseScenario(serializeScenario(s));
    expect(again.ok && contentHash(again.scenario)).toBe(contentHash(s));
  });

  it.each(reg.ids.map((id) => [id]))('%s builds with each lever at its minimum and maximum, and each lever changes the setup', (id) => {
    const s = reg.get(id)!;
    const history = buildSetup(s);
    const strip = (x: ReturnType<typeof buildSetup>) => JSON.stringify({ rules: x.rules, units: x.units });
    for (const lever of s.levers) {
      const ends = [lever.min, lever.max].filter((v) => v !== lever.default);
      expect(ends.length, `${lever.id} has no range`).toBeGreaterThan(0);
      for (const v of ends) {
        const setup = buildSetup(s, { [lever.id]: v });
        expect(setup.levers[lever.id]).toBe(v);
        expect(strip(setup), `${lever.id} = ${v} changes nothing`).not.toBe(strip(history));
      }
    }
  });
});
