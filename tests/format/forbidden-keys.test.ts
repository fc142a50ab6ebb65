/** Keys named __proto__, constructor or prototype are refused in scenario files and game records, with their path. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forbiddenKeys } from '../../src/format';
import { parseRecord } from '../../src/replay';
import { parseScenario } from '../../src/scenario';

const tutorial = readFileSync('scenarios/tutorial.json', 'utf8');

describe('forbidden keys', () => {
  it('finds each one at any depth, in order of path, never a key that only contains the word', () => {
    const value = JSON.parse('{"a":[{"__proto__":1},{"constructor":{"prototype":2}}],"protoType":3,"my_constructor":4}');
    expect(forbiddenKeys(value)).toEqual([
      { path: 'a[0].__proto__', message: "the key '__proto__' is not allowed in a game file" },
      { path: 'a[1].constructor', message: "the key 'constructor' is not allowed in a game file" },
    ]);
    expect(forbiddenKeys(JSON.parse(tutorial))).toEqual([]);
  });

  it('lists twenty and counts the rest in one line', () => {
    const many = JSON.parse(`[${Array.from({ length: 25 }, () => '{"__proto__":0}').join(',')}]`);
    const errors = forbiddenKeys(many);
    expect(errors).toHaveLength(21);
    expect(errors.at(-1)).toEqual({ path: '', message: '… and 5 more keys named __proto__, constructor or prototype' });
  });

  it('refuses a scenario whose equipment has a __proto__ key, where it used to be dropped silently', () => {
    const text = tutorial.replace(/"equipment": \{/, '"equipment": {"__proto__": 5, ');
    expect(text).not.toBe(tutorial);
    const r = parseScenario(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ path: 'units[0].equipment.__proto__', message: "the key '__proto__' is not allowed in a game file" }]);
  });

  it('refuses a game record with such a key', () => {
    const r = parseRecord('{"recordVersion":2,"levers":{"constructor":1}}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ path: 'levers.constructor', message: "not a game record: the key 'constructor' is not allowed in a game file" }]);
  });
});
