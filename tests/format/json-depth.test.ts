/**
 * Deeply nested JSON (issue 15, found by the fuzz suite's hostile texts): a file of a million `[` used to overflow the
 * stack of the syntax-error locator, so `parseScenario` and `parseRecord` threw instead of returning an error, and a
 * deep but valid document made later walks slow. Nesting beyond MAX_JSON_DEPTH is now one located error, at once.
 */
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../src/format/json-text';
import { formatFileError, parseScenario } from '../../src/scenario/parse';
import { parseRecord } from '../../src/replay/record';

const DEEP = {
  'a million [': '['.repeat(1_000_000),
  'half a million [ then ]': `${'['.repeat(500_000)}${']'.repeat(500_000)}`,
  'objects in objects, unclosed': '{"a":'.repeat(300_000),
  'a record whose log nests deep': `{"recordVersion":2,"commands":${'['.repeat(300_000)}${']'.repeat(300_000)}}`,
};

describe('nesting depth', () => {
  it.each(Object.entries(DEEP))('%s: one error, no throw, quickly', (_name, text) => {
    for (const parse of [parseScenario, parseRecord]) {
      const t0 = performance.now();
      const r = parse(text);
      expect(performance.now() - t0).toBeLessThan(1000);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.errors).toHaveLength(1);
      expect(formatFileError(r.errors[0]!)).toMatch(new RegExp(`not valid JSON: line 1, column \\d+: lists and objects nest more than ${MAX_JSON_DEPTH} deep here`));
    }
  });

  it(`${MAX_JSON_DEPTH} levels are read as JSON; brackets inside strings do not count`, () => {
    const r = parseScenario(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`);
    expect(r.ok ? [] : r.errors.map(formatFileError)).toEqual(['a scenario file holds one JSON object ({ … })']);
    const s = parseScenario(JSON.stringify({ title: '['.repeat(5000) }));
    expect(s.ok ? [] : s.errors.map(formatFileError)[0]).toBe('schemaVersion: missing; this game reads schemaVersion 1');
  });
});
