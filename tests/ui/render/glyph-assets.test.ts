/**
 * The symbol sheets in assets/ are the game's own glyphs: every NATO symbol and terrain has one, the committed files
 * equal what the definitions write (run `UPDATE_ASSETS=1 npx vitest run tests/ui/render/glyph-assets.test.ts` after
 * changing a glyph to write them again), and each is well-formed SVG path data.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_RULES, TERRAINS, UNIT_KINDS } from '../../../src/engine';
import { glyphAssetFiles } from '../../../src/ui/render/glyph-sheets';
import { NATO_GLYPHS, TERRAIN_GLYPHS } from '../../../src/ui/render/glyphs';

const files = glyphAssetFiles();

describe('glyph assets', () => {
  it('has a glyph for every unit kind’s symbol and every terrain but open steppe', () => {
    for (const kind of UNIT_KINDS) expect(NATO_GLYPHS[KIND_RULES[kind].symbol], kind).toBeDefined();
    for (const t of TERRAINS) expect(TERRAIN_GLYPHS[t] === null, t).toBe(t === 'steppe');
  });

  it('writes path data of commands and numbers only', () => {
    const all = [...Object.values(NATO_GLYPHS), ...Object.values(TERRAIN_GLYPHS)].flatMap((g) => (g ? [g.stroke, g.fill] : [])).filter((d): d is string => !!d);
    for (const d of all) expect(d).toMatch(/^M[-\d. MLAQZhvZ]+$/);
  });

  it.runIf(process.env.UPDATE_ASSETS === '1')('writes the files', () => {
    for (const [path, text] of files) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  });

  it('matches the committed files under assets/', () => {
    expect(files.size).toBe(20);
    for (const [path, text] of files) {
      expect(existsSync(path), `${path} is missing: write it with UPDATE_ASSETS=1`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${path} is stale: write it with UPDATE_ASSETS=1`).toBe(text);
    }
  });
});
