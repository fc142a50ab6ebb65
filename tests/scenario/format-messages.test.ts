/** The pieces behind the parser's messages: edit distance, did-you-mean, JSON error positions, zod issue wording. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError, utf8Length } from '../../src/format/json-text';
import { formatFileError, parseScenario } from '../../src/scenario/parse';
import { closestName, editDistance } from '../../src/format/suggest';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['bt7', 'bt-7', 1],
    ['ab', 'ba', 1], // a swap of neighbours is one edit
    ['tank', 'tanks', 1],
  ])('%s → %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('is a metric on short strings (symmetric, zero only for equal strings)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('closestName', () => {
  const equipment = ['BT-5', 'BT-7', 'T-26', 'Type95', 'Type97', 'Type97-TeKe'];
  it.each([
    ['BT7', 'BT-7'],
    ['bt 5', 'BT-5'],
    ['type 97', 'Type97'],
    ['T26', 'T-26'],
    ['Sherman', undefined],
  ])('%s → %s', (name, want) => {
    expect(closestName(name, equipment)).toBe(want);
  });
});

describe('locateJsonError', () => {
  it.each([
    ['', 1, 1, 'expected a value, found the end of the file'],
    ['{"a": 1,}', 1, 9, "a comma before '}' (trailing commas are not allowed in JSON)"],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "expected ',' or '}' after a property value, found '\"'"],
    ["{'a': 1}", 1, 2, "expected a property name in double quotes, found '''"],
    ['[1, 2', 1, 6, "expected ',' or ']' after a list item, found the end of the file"],
    ['{"a": "x\ny"}', 1, 9, 'a string is not closed before the end of the line'],
    ['{"a": tru}', 1, 7, 'expected a value, found \'t\''],
    ['{} {}', 1, 4, "unexpected '{' after the end of the JSON value"],
  ])('%j → line %i column %i', (text, line, column, message) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonError(text)).toEqual({ line, column, message });
  });
});

describe('utf8Length', () => {
  it('matches Buffer.byteLength', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
      }),
    );
  });
});

describe('schema messages', () => {
  const base = JSON.parse(readFileSync('tests/fixtures/scenarios/valid-small.json', 'utf8')) as Record<string, any>;
  const errorsOf = (edit: (d: Record<string, any>) => void): string[] => {
    const doc = structuredClone(base);
    edit(doc);
    const r = parseScenario(JSON.stringify(doc));
    return r.ok ? [] : r.errors.map(formatFileError);
  };

  it.each<[string, (d: Record<string, any>) => void, string[]]>([
    ['a missing field', (d) => delete d.units[0].men, ['units[0].men: missing; a whole number is required here']],
    ['an empty name', (d) => (d.units[0].name = ' '), ['units[0].name: must not be empty']],
    ['a two-character legend key', (d) => (d.map.legend.xy = 'steppe'), ['map.legend.xy: a legend key is one character']],
    ['an unknown objective kind', (d) => (d.objectives[0].kind = 'take'), ["objectives[0].kind: unknown kind 'take'; expected one of 'hold-hex', 'take-hex', 'destroy-unit', 'extract-unit', 'link-up', 'loss-threshold', 'milestone'"]],
    // The engine's objectives are a union on the kind: a file objective without the fields of its kind never reaches it.
    ['a take-hex objective without hexes', (d) => delete d.objectives[0].hexes, ["objectives[0].hexes: missing; a list is required here"]],
    ['a destroy-unit objective with hexes', (d) => (d.objectives[1].hexes = [[1, 1]]), ["objectives[1].hexes: unknown key 'hexes' (allowed: id, side, name, description, points, kind, units, byTurn)"]],
    ['a bad start time', (d) => (d.clock.start = '28 May 1939'), ['clock.start: a local date and time "YYYY-MM-DDTHH:MM" expected, found the text "28 May 1939"']],
    ['a start on a day that does not exist', (d) => (d.clock.start = '1939-02-30T06:00'), ['clock.start: no such day in the calendar']],
    ['a hexside without direction', (d) => (d.map.crossings[0].side = [3, 2]), ['map.crossings[0].side: expected a hexside [col, row, DIR], found a list of 2']],
    ['a unit in a lake', (d) => (d.units[0].at = [6, 3]), ['units[0].at: [6, 3] is a lake, where no unit can stand']],
    ['a unit with both at and arrives', (d) => (d.units[0].arrives = { turn: 2, at: [0, 2] }), ["units[0]: has both 'at' and 'arrives'; a unit either starts on the map or arrives later"]],
    ['a unit with neither', (d) => delete d.units[0].at, ["units[0]: needs 'at' (where it starts) or 'arrives' (when and where a reinforcement enters)"]],
    ['a yes/no lever scaled', (d) => (d.levers[4].effects[0].op = 'add'), ["levers[4].effects[0].op: 'airStrikesOnBases' is a yes/no rule; only 'set' applies to it (0 = no, 1 = yes)"]],
    ['a started unit shifted in time', (d) => (d.levers[1].effects[0].units = ['sov-rifles']), ["levers[1].effects[0].units[0]: 'sov-rifles' starts on the map; only a reinforcement (with 'arrives') can arrive earlier or later"]],
    ['a misspelt unit reference', (d) => (d.objectives[1].units = ['jp-tankz']), ["objectives[1].units[0]: unknown unit 'jp-tankz'; did you mean 'jp-tanks'?"]],
    ['an own unit as a destroy target', (d) => (d.objectives[1].units = ['sov-rifles']), ["objectives[1].units[0]: 'sov-rifles' is a Soviet unit; a Soviet destroy-unit objective names enemy units"]],
    ['an enemy unit in a plan', (d) => d.aiPlan.soviet.formations[0].units.push('jp-tanks'), ["aiPlan.soviet.formations[0].units[2]: 'jp-tanks' is a Japanese unit; the Soviet plan commands only its own units"]],
    ['an unknown trigger milestone', (d) => (d.aiPlan.japanese.formations[1].triggers[0].when = { kind: 'milestone', milestone: 'bridge-take' }), ["aiPlan.japanese.formations[1].triggers[0].when.milestone: unknown milestone 'bridge-take'; did you mean 'bridge-taken'?"]],
    ['weather after the clock', (d) => (d.clock.weather[0].toTurn = 9), ['clock.weather[0].toTurn: turn 9 is after the last turn of the clock (8)']],
    ['an unknown historical milestone', (d) => (d.historical.milestones['half-tank-lost'] = { date: '1939-07-03' }), ["historical.milestones.half-tank-lost: unknown milestone 'half-tank-lost'; did you mean 'half-tanks-lost'?"]],
  ])('%s', (_, edit, expected) => {
    expect(errorsOf(edit)).toEqual(expected);
  });

  it('suggests the nearest key for a misspelt top-level key', () => {
    const errors = errorsOf((d) => {
      d.levrs = d.levers;
      delete d.levers;
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^levrs: unknown key 'levrs'; did you mean 'levers'\? \(allowed: schemaVersion, id, title, /);
  });

  it('refuses a document that is not an object', () => {
    const r = parseScenario('[1, 2]');
    expect(r.ok ? [] : r.errors.map(formatFileError)).toEqual(['a scenario file holds one JSON object ({ … })']);
  });
});

describe('source keys', () => {
  const base = JSON.parse(readFileSync('tests/fixtures/scenarios/valid-small.json', 'utf8')) as Record<string, any>;
  const errorsOf = (edit: (d: Record<string, any>) => void): string[] => {
    const doc = structuredClone(base);
    edit(doc);
    const r = parseScenario(JSON.stringify(doc));
    return r.ok ? [] : r.errors.map(formatFileError);
  };
  it('accepts keys with page notes', () => {
    expect(errorsOf((d) => (d.units[0].source = 'GOLDMAN p.15; DREA-RU (chitaem p.9)'))).toEqual([]);
  });
  it.each<[string, string]>([
    ['GOLDMN', "units[0].source: unknown source key 'GOLDMN'; did you mean 'GOLDMAN'? (keys are listed in §G of the fact sheet)"],
    ['SEED; ', "units[0].source: has an empty source key; separate keys with '; '"],
    ['Wikipedia', "units[0].source: unknown source key 'Wikipedia' (keys are listed in §G of the fact sheet)"],
  ])('%j', (source, message) => {
    expect(errorsOf((d) => (d.units[0].source = source))).toEqual([message]);
  });
  it('checks lever and historical sources too', () => {
    expect(errorsOf((d) => {
      d.levers[0].source = 'SEED; OVERLAND';
      d.historical.sources = 'SEEDS';
    })).toEqual([
      "levers[0].source: unknown source key 'OVERLAND'; did you mean 'OVERLORD'? (keys are listed in §G of the fact sheet)",
      "historical.sources: unknown source key 'SEEDS'; did you mean 'SEED'? (keys are listed in §G of the fact sheet)",
    ]);
  });
});
