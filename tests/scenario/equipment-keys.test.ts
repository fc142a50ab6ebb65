/**
 * Equipment keys a file makes up that happen to be names of Object's own members: the catalogue must not find them
 * (found by the parser fuzz test: a unit with `toString` as equipment passed the catalogue check and then threw in
 * the side check).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EQUIPMENT } from '../../src/engine';
import { formatFileError, parseScenario } from '../../src/scenario/parse';

const tutorial = JSON.parse(readFileSync(new URL('../../scenarios/tutorial.json', import.meta.url), 'utf8')) as { units: { equipment: Record<string, number> }[] };

describe('equipment keys that are names of Object members', () => {
  it.each(['toString', 'constructor', 'hasOwnProperty', 'valueOf'])('%s is not in the catalogue', (key) => {
    expect(EQUIPMENT[key]).toBeUndefined();
  });

  it.each([
    ['toString', "unknown equipment type 'toString'"],
    ['valueOf', "unknown equipment type 'valueOf'"],
    // The JSON reader refuses the keys that could reach a prototype before any check sees them.
    ['constructor', "the key 'constructor' is not allowed in a game file"],
  ])('a unit with %s as equipment is refused with an error, not a throw', (key, message) => {
    const file = structuredClone(tutorial);
    file.units[0]!.equipment[key] = 1;
    const r = parseScenario(JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map(formatFileError)).toEqual([`units[0].equipment.${key}: ${message}`]);
  });
});
