/**
 * Malformed scenario files and the exact errors each must give, through `parseScenario` and through the `validate`
 * command run as a user runs it. Large files (6 MB, 651 units) are generated into a temporary folder.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFileError, parseScenario } from '../../src/scenario/parse';
import { runCli } from '../helpers/cli';

const DIR = 'tests/fixtures/scenarios';
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');

const ALL_UNIT_KINDS =
  "'infantry', 'motorised-infantry', 'cavalry', 'tank', 'armoured-car', 'reconnaissance', 'artillery', 'anti-tank', 'engineer', 'headquarters', 'machine-gun'";

/** Fixture file → every error line it must produce, in order. */
export const EXPECTED: Record<string, string[]> = {
  'broken-json.json': ["not valid JSON: line 5, column 3: expected ',' or '}' after a property value, found '\"'"],
  'wrong-types.json': [
    'map.width: expected a whole number, found the text "eight"',
    'map.hexMetres: expected 500 or 1000, found the number 700',
    "clock.firstSide: unknown value 'sovet'; expected one of 'soviet', 'japanese'; did you mean 'soviet'?",
    'units[0].men: expected a whole number, found the text "150"',
    `units[1].kind: unknown value 'tanks'; expected one of ${ALL_UNIT_KINDS}; did you mean 'tank'?`,
    'units[2].at: expected a hex [col, row], found a list of 1',
  ],
  'unknown-equipment.json': [
    "units[1].equipment.BT7: unknown equipment type 'BT7'; did you mean 'BT-7'?",
    "units[2].equipment.Type-95: unknown equipment type 'Type-95'; did you mean 'Type95'?",
    'units[0].equipment.Type89: Type 89 I-Go medium tank is Japanese equipment, but sov-rifles is a Soviet unit',
  ],
  'units-off-map.json': [
    'map.places[0].at: [8, 0] is off the 8×6 map',
    'units[0].at: [88, 4] is off the 8×6 map',
    'units[1].arrives.at: [-1, 2] is off the 8×6 map',
    'objectives[0].hexes[0]: [4, 6] is off the 8×6 map',
  ],
  'two-bridges-one-hexside.json': [
    "map.crossings[1].side: [4, 2, W] already has the crossing 'test-bridge' (map.crossings[0]); a hexside takes one crossing",
  ],
  'lever-default-out-of-range.json': ["levers[0].default: 500 is outside the lever's range 50–400"],
  'unknown-legend-character.json': [
    "map.legend.d: unknown value 'dune'; expected one of 'steppe', 'dunes', 'hollow', 'marsh', 'floodplain', 'heights', 'lake', 'village'; did you mean 'dunes'?",
    "map.terrain[2]: character 'x' at column 6 (hex [6, 2]) is not in the legend ('.' 'd' 'H' '~' 'f')",
  ],
  'bad-map.json': [
    'map.terrain: has 5 rows; the map is 6 rows high',
    'map.elevation.rows[1]: is 6 hexes wide; the map is 8 hexes wide',
    'map.rivers[0].sides[11]: [7, 2, E] is on the edge of the map; a hexside feature needs a hex on both sides',
    'map.crossings[0].side: [5, 2, E] is not a river side; a bridge must cross a river listed in map.rivers',
    'map.roads[0].path[3]: [5, 3] is not next to [3, 2] (path[2]); consecutive road hexes must be neighbours',
  ],
  'bad-references.json': [
    "units[0].colour: unknown key 'colour' (allowed: id, side, name, label, formation, kind, size, men, equipment, at, arrives, cohesion, entrenchment, ammo, source, note)",
    "units[2].equipement: unknown key 'equipement'; did you mean 'equipment'? (allowed: id, side, name, label, formation, kind, size, men, equipment, at, arrives, cohesion, entrenchment, ammo, source, note)",
    "units[3].id: 'jp-infantry' is already used by units[2]; unit ids must be unique",
    "milestones[0].id: 'jp-take-bridge' is already used by objectives[0]; objective and milestone ids must be unique",
    'units[1].arrives.turn: turn 12 is after the last turn of the clock (8)',
    "objectives[1].units[0]: unknown unit 'jp-tank'",
    "milestones[1].when.units[0]: unknown unit 'jp-tanks'",
    "aiPlan.japanese.formations[1].units[0]: unknown unit 'jp-tanks'",
    "aiPlan.japanese.formations[1].task.withInfantry[0]: unknown Japanese formation 'jp-infantry'",
  ],
  'map-too-big.json': ['map: the map is 250×40 hexes; maps may be at most 200×200'],
  'wrong-schema-version.json': ['schemaVersion: this game reads schemaVersion 1; the file has the number 2'],
};

const errorsOf = (text: string, fileName?: string): string[] => {
  const r = parseScenario(text, fileName === undefined ? {} : { fileName });
  return r.ok ? [] : r.errors.map(formatFileError);
};

/** A valid file with 651 units (all copies of the first), one more than the limit. */
const tooManyUnits = (): string => {
  const doc = JSON.parse(read('valid-small.json')) as { id: string; units: object[] };
  doc.id = 'too-many-units';
  doc.units = Array.from({ length: 651 }, (_, i) => ({ ...doc.units[0], id: `u-${i}` }));
  return JSON.stringify(doc);
};

/** Over 6 MB: the valid file with a very long summary. */
const sixMegabytes = (): string => {
  const doc = JSON.parse(read('valid-small.json')) as { id: string; summary: string };
  doc.id = 'six-megabytes';
  doc.summary = 'x'.repeat(6 * 1024 * 1024);
  return JSON.stringify(doc);
};

const GENERATED: Record<string, { text: () => string; errors: string[] }> = {
  'too-many-units.json': { text: tooManyUnits, errors: ['units: 651 units; a scenario may have at most 650'] },
  'six-megabytes.json': { text: sixMegabytes, errors: ['the file is over 6.0 MB; scenario files may be at most 2 MB'] },
};

describe('malformed scenario fixtures through parseScenario', () => {
  it('the base fixture is valid', () => {
    expect(errorsOf(read('valid-small.json'), 'valid-small.json')).toEqual([]);
  });

  it.each(Object.entries(EXPECTED))('%s gives exactly its errors', (file, expected) => {
    expect(errorsOf(read(file), file)).toEqual(expected);
  });

  it.each(Object.entries(GENERATED))('%s (generated) gives exactly its errors', (file, g) => {
    expect(errorsOf(g.text(), file)).toEqual(g.errors);
  });

  it('refuses a huge file before reading it as JSON', () => {
    // Not JSON at all: if the size check came second this would be a syntax error instead.
    expect(errorsOf('{'.repeat(2 * 1024 * 1024 + 1))).toEqual(['the file is over 2.0 MB; scenario files may be at most 2 MB']);
  });

  it('refuses a file whose id differs from its name', () => {
    expect(errorsOf(read('valid-small.json'), 'other-name.json')).toEqual([
      "id: 'valid-small' does not match the file name 'other-name.json'; name the file after its id",
    ]);
  });
});

const validate = (files: string[]) => runCli('validate', files);

describe('malformed scenario fixtures through the validate command', () => {
  it('reports every error of every file as FILE: path: message, exit 1, no stack trace', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'kg-validate-'));
    const generated = Object.entries(GENERATED).map(([name, g]) => {
      const path = join(tmp, name);
      writeFileSync(path, g.text());
      return { path, errors: g.errors };
    });
    const files = Object.keys(EXPECTED).map((f) => join(DIR, f));
    const r = validate([...files, ...generated.map((g) => g.path)]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const expected = [
      ...Object.entries(EXPECTED).flatMap(([f, errs]) => errs.map((e) => `${join(DIR, f)}: ${e}`)),
      ...generated.flatMap((g) => g.errors.map((e) => `${g.path}: ${e}`)),
    ];
    expect(r.stderr.trimEnd().split('\n')).toEqual(expected);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('prints a one-line summary per good file and exits 0', () => {
    const r = validate([join(DIR, 'valid-small.json')]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('valid-small: ok — soviet 2 units 195 men; japanese 2 units 220 men\n');
    expect(r.status).toBe(0);
  });

  it('exits 2 on bad arguments and 1 on a missing file', () => {
    expect(validate([]).status).toBe(2);
    expect(validate(['--frobnicate', 'x.json']).status).toBe(2);
    const missing = validate(['no/such/file.json']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('no/such/file.json: cannot read the file: no such file\n');
  });
});
