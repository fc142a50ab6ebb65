/**
 * The symbol sheets in assets/ written from the glyph definitions (render/glyphs.ts): the NATO arm-of-service marks as
 * they sit in a counter's symbol box, and each terrain's hex with its colour and mark. Plain strings (no DOM), so the
 * script that writes the files and the test that checks them share this code.
 */
import { TERRAINS, UNIT_SIZES, type NatoSymbol, type Terrain } from '../../engine';
import { NATO_GLYPHS, NATO_NAMES, SYMBOL_BOX_H, SYMBOL_BOX_W, TERRAIN_GLYPHS, TERRAIN_RADIUS, type Glyph } from './glyphs';
import { TERRAIN_COLOURS, TERRAIN_NAMES } from './palette';

const INK = '#0d2a4a';
const FONT = 'system-ui, sans-serif';

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A glyph's SVG elements in its own box, inked with `colour`; strokes keep their width however the box is scaled. */
const glyphElements = (g: Glyph, colour: string, strokeWidth: number): string =>
  [
    g.fill ? `<path d="${g.fill}" fill="${colour}"/>` : '',
    g.stroke ? `<path d="${g.stroke}" fill="none" stroke="${colour}" stroke-width="${strokeWidth}" stroke-linecap="round" stroke-linejoin="round"/>` : '',
    g.text ? `<text x="${g.text.x}" y="${g.text.y}" font-family="${FONT}" font-weight="700" font-size="${g.text.size}" text-anchor="middle" dominant-baseline="central" fill="${colour}">${escapeXml(g.text.text)}</text>` : '',
  ].join('');

/** One NATO symbol in its frame (the counter's symbol box), as a standalone SVG. */
export const natoSymbolSvg = (symbol: NatoSymbol): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-4 -4 ${SYMBOL_BOX_W + 8} ${SYMBOL_BOX_H + 8}" width="${(SYMBOL_BOX_W + 8) * 2}" height="${(SYMBOL_BOX_H + 8) * 2}">` +
  `<title>${escapeXml(NATO_NAMES[symbol])}</title>` +
  `<rect x="0" y="0" width="${SYMBOL_BOX_W}" height="${SYMBOL_BOX_H}" fill="#f6f3ea" stroke="${INK}" stroke-width="5"/>` +
  glyphElements(NATO_GLYPHS[symbol], INK, 5) +
  `</svg>\n`;

const SIZE_MARKS: Readonly<Record<(typeof UNIT_SIZES)[number], string>> = { platoon: '•••', company: 'I', battalion: 'II', regiment: 'III', brigade: 'X', division: 'XX' };

/** The key to the counters: every arm-of-service mark with its name, and the size marks above the box. */
export const natoSheetSvg = (): string => {
  const symbols = Object.keys(NATO_GLYPHS) as NatoSymbol[];
  const cellW = 260;
  const cellH = 90;
  const cols = 2;
  const rows = Math.ceil(symbols.length / cols);
  const sizesY = rows * cellH + 40;
  const height = sizesY + 70;
  const cells = symbols.map((s, k) => {
    const x = 20 + (k % cols) * cellW;
    const y = 40 + Math.floor(k / cols) * cellH;
    return (
      `<g transform="translate(${x} ${y})"><rect width="${SYMBOL_BOX_W}" height="${SYMBOL_BOX_H}" fill="#f6f3ea" stroke="${INK}" stroke-width="4"/>` +
      glyphElements(NATO_GLYPHS[s], INK, 4) +
      `<text x="${SYMBOL_BOX_W + 14}" y="${SYMBOL_BOX_H / 2}" font-family="${FONT}" font-size="17" dominant-baseline="central" fill="#1d1f1a">${escapeXml(NATO_NAMES[s])}</text></g>`
    );
  });
  const sizes = UNIT_SIZES.map(
    (z, k) =>
      `<g transform="translate(${20 + k * 86} ${sizesY})"><text x="30" y="12" font-family="${FONT}" font-weight="700" font-size="18" text-anchor="middle" fill="${INK}">${SIZE_MARKS[z]}</text>` +
      `<text x="30" y="40" font-family="${FONT}" font-size="14" text-anchor="middle" fill="#1d1f1a">${z}</text></g>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${20 + cols * cellW} ${height}" width="${20 + cols * cellW}" height="${height}">` +
    `<title>Counter symbols</title><rect width="100%" height="100%" fill="#fbf8f0"/>` +
    `<text x="20" y="24" font-family="${FONT}" font-weight="700" font-size="18" fill="#1d1f1a">Arm of service (the mark in the counter's box)</text>` +
    cells.join('') +
    `<text x="20" y="${sizesY - 18}" font-family="${FONT}" font-weight="700" font-size="18" fill="#1d1f1a">Size (the mark above the box)</text>` +
    sizes.join('') +
    `</svg>\n`
  );
};

/** A pointy-top hex of radius r around (0, 0). */
const hexPoints = (r: number): string => {
  // Corner offsets of a pointy-top hex of radius 1 (√3/2 written out: no trigonometry needed).
  const c = [[0, -1], [0.8660254, -0.5], [0.8660254, 0.5], [0, 1], [-0.8660254, 0.5], [-0.8660254, -0.5]] as const;
  return c.map(([x, y]) => `${+(x * r).toFixed(2)},${+(y * r).toFixed(2)}`).join(' ');
};

/** One terrain's hex: its colour, its mark and a thin outline, as a standalone SVG. */
export const terrainSvg = (t: Terrain): string => {
  const g = TERRAIN_GLYPHS[t];
  const r = TERRAIN_RADIUS;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-r} ${-r} ${2 * r} ${2 * r}" width="${r}" height="${r}">` +
    `<title>${escapeXml(TERRAIN_NAMES[t])}</title>` +
    `<polygon points="${hexPoints(r)}" fill="${TERRAIN_COLOURS[t]}" stroke="#1d1f1a" stroke-opacity="0.4" stroke-width="2"/>` +
    (g ? glyphElements(g, g.colour, r / 16) : '') +
    `</svg>\n`
  );
};

/** The terrain key: every terrain's hex with its name. */
export const terrainSheetSvg = (): string => {
  const r = 44;
  const cellW = 320;
  const cellH = 104;
  const cols = 2;
  const rows = Math.ceil(TERRAINS.length / cols);
  const cells = TERRAINS.map((t, k) => {
    const x = 20 + r + (k % cols) * cellW;
    const y = 40 + r + Math.floor(k / cols) * cellH;
    const g = TERRAIN_GLYPHS[t];
    const s = r / TERRAIN_RADIUS;
    return (
      `<g transform="translate(${x} ${y})"><polygon points="${hexPoints(r)}" fill="${TERRAIN_COLOURS[t]}" stroke="#1d1f1a" stroke-opacity="0.4" stroke-width="1.5"/>` +
      (g ? `<g transform="scale(${s})">${glyphElements(g, g.colour, TERRAIN_RADIUS / 16)}</g>` : '') +
      `<text x="${r + 14}" y="0" font-family="${FONT}" font-size="17" dominant-baseline="central" fill="#1d1f1a">${escapeXml(TERRAIN_NAMES[t])}</text></g>`
    );
  });
  const width = 20 + cols * cellW;
  const height = 40 + rows * cellH;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<title>Terrain</title><rect width="100%" height="100%" fill="#fbf8f0"/>` +
    `<text x="20" y="24" font-family="${FONT}" font-weight="700" font-size="18" fill="#1d1f1a">Terrain (colour and mark)</text>` +
    cells.join('') +
    `</svg>\n`
  );
};

/** Every file under assets/ these definitions write, by path. */
export const glyphAssetFiles = (): ReadonlyMap<string, string> => {
  const files = new Map<string, string>();
  files.set('assets/nato/counter-symbols.svg', natoSheetSvg());
  for (const s of Object.keys(NATO_GLYPHS) as NatoSymbol[]) files.set(`assets/nato/${s}.svg`, natoSymbolSvg(s));
  files.set('assets/terrain/terrain-key.svg', terrainSheetSvg());
  for (const t of TERRAINS) files.set(`assets/terrain/${t}.svg`, terrainSvg(t));
  return files;
};
