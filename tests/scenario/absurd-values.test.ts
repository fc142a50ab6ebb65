/**
 * Absurd values a careless author (or a hostile file) can write, each refused with a message that names its JSON path
 * and the range it left (issue 15). Each case is a one-change copy of the bundled tutorial, so the only error is the
 * one under test; the same files are then run through `validate` as a user would.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { formatFileError, parseScenario } from '../../src/scenario/parse';
import { ScenarioSchema } from '../../src/scenario/schema';
import { runCli } from '../helpers/cli';

/** A JSON document, edited freely. */
type Doc = Record<string, any>;

const TUTORIAL = readFileSync('scenarios/tutorial.json', 'utf8');
const tutorial = (): Doc => JSON.parse(TUTORIAL) as Doc;

const trucksLever = (min: number, max: number): Doc => ({
  id: 'japanese-lorries',
  name: 'Japanese lorries',
  description: 'How many lorries the Japanese have.',
  source: 'SEED',
  default: 100,
  min,
  max,
  step: 50,
  effects: [{ kind: 'side-rule', side: 'japanese', rule: 'trucks', op: 'set' }],
});

/** Name → the change, and every error line it must give (exactly). */
const CASES: Record<string, [(d: Doc) => void, (string | RegExp)[]]> = {
  'men-1e12': [(d) => (d.units[0].men = 1e12), ['units[0].men: must be at most 25,000, found the number 1000000000000']],
  'men-0': [(d) => (d.units[0].men = 0), ['units[0].men: must be at least 1, found the number 0']],
  'company-of-5000': [(d) => (d.units[0].men = 5000), ['units[0].men: 5,000 men is not a company; a company has 1 to 600 men']],
  'equipment-1e9': [(d) => (d.units[0].equipment.LMG = 1e9), ['units[0].equipment.LMG: must be at most 2,000, found the number 1000000000']],
  'trucks-minus-100': [(d) => (d.sides.japanese.rules = { trucks: -100 }), ['sides.japanese.rules.trucks: must be at least 0, found the number -100']],
  'quality-1e9': [(d) => (d.sides.soviet.rules = { qualityPercent: 1e9 }), ['sides.soviet.rules.qualityPercent: must be at most 400, found the number 1000000000']],
  'lever-min-minus-1e9': [(d) => (d.levers[0].min = -1e9), ['levers[0].min: must be at least −100,000, found the number -1000000000']],
  'lever-sets-negative-trucks': [
    (d) => d.levers.push(trucksLever(-1000, 200)),
    ['levers[1].min: at -1000 the lever makes japanese trucks −1,000 (levers[1].effects[0]); it must stay within 0 to 20,000'],
  ],
  'lever-min-equals-max': [(d) => d.levers.push(trucksLever(100, 100)), ['levers[1].min: 100 is not below max 100; a lever runs over a range']],
  'strength-lever-to-zero': [(d) => (d.levers[0].min = 0), ['levers[0].min: 0–150 is outside 10–1000, the range of a unit-strength lever (levers[0].effects[0])']],
  'margins-out-of-order': [
    (d) => (d.victory = { decisiveMargin: 5, marginalMargin: 50 }),
    ['victory.decisiveMargin: 5 is below marginalMargin 50; a decisive victory needs at least the margin of a marginal one'],
  ],
  'points-minus-40': [(d) => (d.objectives[0].points = -40), ['objectives[0].points: must be at least 1, found the number -40']],
  'elevation-1e308': [(d) => (d.map.elevation.base = 1e308), ['map.elevation.base: elevations on Earth run from −430 m (the Dead Sea shore) to 8,849 m (Everest)']],
  'elevation-below-dead-sea': [(d) => (d.map.elevation.base = -11000), ['map.elevation.base: elevations on Earth run from −430 m (the Dead Sea shore) to 8,849 m (Everest)']],
  'elevation-step-to-space': [
    (d) => (d.map.elevation.step = 5000),
    [/^map\.elevation\.step: digit '\w' gives [\d,]+ m \(base 600 \+ \d+ × step 5000\); elevations on Earth run from −430 m/],
  ],
  'hex-1e308': [(d) => (d.units[0].at = [1e308, 2]), ['units[0].at[0]: a hex column or row is a whole number near the map (maps are at most 200×200 hexes)']],
  'visibility-1e12': [
    (d) => (d.clock.weather = [{ id: 'fog', name: 'Fog', fromTurn: 1, toTurn: 2, visibilityMetres: 1e12, flying: false }]),
    ['clock.weather[0].visibilityMetres: must be at most 50,000, found the number 1000000000000'],
  ],
  'turns-1e6': [(d) => (d.clock.turns = 1e6), ['clock.turns: must be at most 1,000, found the number 1000000']],
};

const errorsOf = (text: string): string[] => {
  const r = parseScenario(text);
  return r.ok ? [] : r.errors.map(formatFileError);
};

const fileFor = (change: (d: Doc) => void): string => {
  const d = tutorial();
  change(d);
  return JSON.stringify(d, null, 2);
};

const matches = (lines: string[], expected: (string | RegExp)[]): void => {
  expect(lines).toHaveLength(expected.length);
  expected.forEach((e, i) => (typeof e === 'string' ? expect(lines[i]).toBe(e) : expect(lines[i]).toMatch(e)));
};

describe('absurd values are refused with their path', () => {
  it('the unchanged tutorial is valid', () => expect(errorsOf(TUTORIAL)).toEqual([]));

  it.each(Object.entries(CASES))('%s', (_name, [change, expected]) => {
    matches(errorsOf(fileFor(change)), expected);
  });

  it('no message quotes 2^53 − 1 as a limit', () => {
    for (const [change] of Object.values(CASES)) for (const line of errorsOf(fileFor(change))) expect(line).not.toMatch(/9,?007,?199,?254,?740,?991/);
  });

  it('a byte-order mark is named, not reported as a syntax error somewhere', () => {
    expect(errorsOf(`\uFEFF${TUTORIAL}`)).toEqual(['not valid JSON: line 1, column 1: the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without a BOM']);
  });

  it('a file without units gets one error for it, not one per reference to a unit', () => {
    const d = tutorial();
    delete d.units;
    expect(errorsOf(JSON.stringify(d))).toEqual(['units: missing; a list is required here']);
  });

  it('validate refuses each case, one file each, every line naming the file and the path (exit 1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-absurd-'));
    const files = Object.entries(CASES).map(([name, [change]]) => {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, fileFor(change).replace('"id": "tutorial"', `"id": "${name}"`));
      return file;
    });
    const r = runCli('validate', files);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(Object.values(CASES).reduce((n, [, e]) => n + e.length, 0));
    for (const [name, [, expected]] of Object.entries(CASES)) {
      const own = lines.filter((l) => l.startsWith(`${join(dir, name)}.json: `)).map((l) => l.slice(`${join(dir, name)}.json: `.length));
      matches(own, expected);
    }
  }, 60_000);
});

describe('the schema', () => {
  /** Every number field of a zod schema with its path, and its range. */
  const numbers = (schema: z.core.$ZodType, path: string, out: [string, number, number][]): [string, number, number][] => {
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
    const inner = (s: unknown, p: string): void => void numbers(s as z.core.$ZodType, p, out);
    if (def.type === 'number') {
      const n = schema as unknown as z.ZodNumber;
      out.push([path, n.minValue ?? -Infinity, n.maxValue ?? Infinity]);
    } else if (def.type === 'object') for (const [k, v] of Object.entries(def.shape as object)) inner(v, `${path}.${k}`);
    else if (def.type === 'array') inner(def.element, `${path}[]`);
    else if (def.type === 'tuple') (def.items as unknown[]).forEach((v, i) => inner(v, `${path}[${i}]`));
    else if (def.type === 'record') inner(def.valueType, `${path}{}`);
    else if (def.type === 'union') (def.options as unknown[]).forEach((v) => inner(v, path));
    else if (['optional', 'default', 'nullable', 'prefault'].includes(def.type)) inner(def.innerType, path);
    return out;
  };

  it('gives every number a range of its own, far inside what JavaScript counts exactly', () => {
    const all = numbers(ScenarioSchema, 'scenario', []);
    expect(all.length).toBeGreaterThan(60);
    for (const [path, min, max] of all) {
      expect({ path, min: min >= -100_000 }).toEqual({ path, min: true });
      expect({ path, max: max <= 1_000_000 }).toEqual({ path, max: true });
    }
  });
});
