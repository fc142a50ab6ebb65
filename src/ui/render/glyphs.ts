/**
 * The game's own map symbols as data: the NATO arm-of-service marks drawn inside a counter's symbol box, and the marks
 * that tell terrains apart without relying on colour. Each is SVG path data, so one definition serves the canvas
 * painters (through Path2D) and the sheets in assets/ (written by `npx tsx scripts/make-assets.ts`; a test checks the
 * committed sheets still match these definitions).
 */
import type { NatoSymbol, Terrain } from '../../engine';

/** A mark: path data to stroke and/or fill, and optional letters, in the glyph's own box. */
export interface Glyph {
  readonly stroke?: string;
  readonly fill?: string;
  readonly text?: { readonly text: string; readonly x: number; readonly y: number; readonly size: number };
}

/** NATO symbols are drawn in a SYMBOL_BOX_W × SYMBOL_BOX_H box (the counter's symbol frame is two wide by one high). */
export const SYMBOL_BOX_W = 100;
export const SYMBOL_BOX_H = 50;

const CROSS = 'M0 0L100 50M100 0L0 50';
const SLASH = 'M0 50L100 0';
/** The tracked vehicle's oval. */
const TRACK = 'M16 25A34 13 0 1 0 84 25A34 13 0 1 0 16 25Z';

export const NATO_GLYPHS: Readonly<Record<NatoSymbol, Glyph>> = {
  infantry: { stroke: CROSS },
  'motorised-infantry': { stroke: `${CROSS}M50 0L50 50` },
  cavalry: { stroke: SLASH },
  armour: { stroke: TRACK },
  'armoured-car': { stroke: `${TRACK}${SLASH}` },
  artillery: { fill: 'M42 25A8 8 0 1 0 58 25A8 8 0 1 0 42 25Z' },
  'anti-tank': { stroke: 'M0 50L50 0L100 50' },
  engineer: { stroke: 'M22 34L22 16L78 16L78 34M50 16L50 34' },
  headquarters: { text: { text: 'HQ', x: 50, y: 26, size: 25 } },
  'machine-gun': { stroke: CROSS, text: { text: 'MG', x: 50, y: 40, size: 18 } },
};

/** What each NATO mark means, for the sheet and the help. */
export const NATO_NAMES: Readonly<Record<NatoSymbol, string>> = {
  infantry: 'Infantry',
  'motorised-infantry': 'Motorised infantry',
  cavalry: 'Cavalry',
  armour: 'Armour (tanks)',
  'armoured-car': 'Armoured cars',
  artillery: 'Artillery',
  'anti-tank': 'Anti-tank guns',
  engineer: 'Engineers',
  headquarters: 'Headquarters',
  'machine-gun': 'Machine guns',
};

/** Terrain marks are drawn around a hex's centre (0, 0) for a hex of radius TERRAIN_RADIUS. */
export const TERRAIN_RADIUS = 100;

export interface TerrainGlyph extends Glyph {
  /** The mark's colour (CSS, with its own transparency so the terrain's colour shows through). */
  readonly colour: string;
}

export const TERRAIN_GLYPHS: Readonly<Record<Terrain, TerrainGlyph | null>> = {
  steppe: null,
  // Three crescents of sand.
  dunes: { colour: 'rgba(150,110,50,0.55)', stroke: 'M-54.6 -15A22 22 0 0 1 -15.4 -15M5.4 10A22 22 0 0 1 44.6 10M-29.6 45A22 22 0 0 1 9.6 45' },
  // A row of small V-shaped gullies.
  hollow: { colour: 'rgba(80,70,40,0.5)', stroke: 'M-44 -12L-36 12L-28 -12M-26 -12L-18 12L-10 -12M-8 -12L0 12L8 -12M10 -12L18 12L26 -12M28 -12L36 12L44 -12' },
  // Water lines with reeds.
  marsh: {
    colour: 'rgba(30,70,60,0.6)',
    stroke:
      'M-44 -15L-16 -15M-30 -15L-30 -29M-38 -15L-42 -25M-22 -15L-18 -25' +
      'M14 0L42 0M28 0L28 -14M20 0L16 -10M36 0L40 -10' +
      'M-19 35L9 35M-5 35L-5 21M-13 35L-17 25M3 35L7 25',
  },
  // Water lines only: wet meadow.
  floodplain: { colour: 'rgba(40,90,40,0.35)', stroke: 'M-44 -15L-16 -15M14 0L42 0M-19 35L9 35' },
  // A hill's triangle.
  heights: { colour: 'rgba(90,60,25,0.35)', fill: 'M-40 25L-5 -30L40 25Z' },
  // Four houses.
  village: { colour: 'rgba(80,55,35,0.7)', fill: 'M-33 -23h16v16h-16ZM2 -28h16v16h-16ZM-13 7h16v16h-16ZM17 2h16v16h-16Z' },
  // A ripple.
  lake: { colour: 'rgba(255,255,255,0.35)', stroke: 'M-30 0Q-15 -10 0 0Q15 10 30 0' },
};
