import { describe, expect, it } from 'vitest';
import { exerciseParam, resolveExerciseSource, sourceParam } from '../../../src/ui/exercise/exercise-source';

const bundled = new Map([
  ['august-offensive', '/assets/august-offensive-abc.json'],
  ['yasuoka-night-attack', '/assets/yasuoka-night-attack-def.json'],
]);
const page = 'https://game.example/kg/index.html?exercise=x';
const resolve = (p: string) => resolveExerciseSource(p, page, bundled);

describe('?exercise=', () => {
  it('reads the parameter', () => {
    expect(exerciseParam('?exercise=bundled%3Aaugust-offensive&x=1')).toBe('bundled:august-offensive');
    expect(exerciseParam('?scenario=tutorial')).toBeNull();
  });

  it('opens shipped exercises by bundled:ID or bare id', () => {
    expect(resolve('bundled:august-offensive')).toEqual({ ok: true, source: { kind: 'bundled', id: 'august-offensive', url: '/assets/august-offensive-abc.json' } });
    expect(resolve('yasuoka-night-attack')).toMatchObject({ ok: true, source: { kind: 'bundled', id: 'yasuoka-night-attack' } });
    const missing = resolve('bundled:kursk');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problem).toContain('august-offensive, yasuoka-night-attack');
  });

  it('opens paths on this site and http(s) addresses elsewhere', () => {
    expect(resolve('exercises/mine.json')).toEqual({ ok: true, source: { kind: 'url', url: 'https://game.example/kg/exercises/mine.json', sameOrigin: true } });
    expect(resolve('https://school.example/ex.json')).toEqual({ ok: true, source: { kind: 'url', url: 'https://school.example/ex.json', sameOrigin: false } });
    expect(resolve('stored:0123456789abcdef')).toEqual({ ok: true, source: { kind: 'stored', hash: '0123456789abcdef' } });
  });

  it('refuses other schemes, credentials and nothing, each in a sentence', () => {
    for (const [p, words] of [
      ['javascript:alert(1)', '"javascript:" addresses are refused'],
      ['data:application/json,{}', '"data:"'],
      ['file:///etc/passwd', '"file:"'],
      ['https://u:p@school.example/x.json', 'user name or password'],
      ['  ', 'is empty'],
      ['stored:nothex', 'does not name'],
    ] as const) {
      const r = resolve(p);
      expect(r.ok, p).toBe(false);
      if (!r.ok) expect(r.problem).toContain(words);
    }
  });

  it('writes back the parameter a reload needs', () => {
    for (const p of ['bundled:august-offensive', 'stored:0123456789abcdef', 'https://school.example/ex.json']) {
      const r = resolve(p);
      expect(r.ok && sourceParam(r.source)).toBe(p);
    }
  });
});
