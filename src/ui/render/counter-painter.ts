/**
 * NATO-style counters drawn on a 2D canvas: a frame in the side's colour (Japanese counters also carry a diagonal
 * band, so the sides differ by pattern as well as colour), the arm-of-service symbol, the size marker above it, the
 * designation below, a strength bar with the strength in per cent along the bottom, and state marks down the sides
 * (dug in, suppressed, out of supply). Each distinct look is painted once, at COUNTER_RES times its layout size so it
 * stays sharp when zoomed in, and cached as a texture.
 */
import { NATO_GLYPHS, SYMBOL_BOX_H, SYMBOL_BOX_W, type Glyph } from './glyphs';
import { KIND_RULES, type NatoSymbol, type Side, type SupplyState, type Unit, type UnitKind, type UnitSize } from '../../engine';
import { SIDE_COLOURS } from './palette';

type Ctx = CanvasRenderingContext2D;

export interface CounterLook {
  readonly side: Side;
  readonly kind: UnitKind;
  readonly size: UnitSize;
  readonly label: string;
  /** 0–10: strength in tenths, so the texture is not repainted for every man lost. */
  readonly strengthTenths: number;
  readonly routed: boolean;
  /** Has used its moves and attacks this turn (greyed a little). */
  readonly spent: boolean;
  /** 0–3 levels of digging in. */
  readonly dugIn: number;
  /** Pinned by fire (suppression at or above SUPPRESSED_AT). */
  readonly suppressed: boolean;
  /** Supply as the viewer may know it: only for the viewer's own units ('supplied' otherwise). */
  readonly supply: SupplyState;
}

/** Suppression from which a counter carries the "suppressed" mark. */
export const SUPPRESSED_AT = 25;

/**
 * The look of a unit's counter as `viewer` may see it (an enemy's supply is not shown: the viewer cannot know it).
 */
export const counterLook = (u: Unit, viewer: Side | null = u.side): CounterLook => ({
  side: u.side,
  kind: u.kind,
  size: u.size,
  label: u.label,
  strengthTenths: u.start.men > 0 ? Math.max(0, Math.min(10, Math.round((10 * u.men) / u.start.men))) : 10,
  routed: u.status === 'routed',
  spent: u.mp <= 0 && (u.acted.attacked || u.acted.fired || u.acted.moved),
  dugIn: u.entrenchment,
  suppressed: u.suppression >= SUPPRESSED_AT,
  supply: u.side === viewer ? u.supply : 'supplied',
});

export const lookKey = (l: CounterLook): string =>
  `ctr:${l.side}:${l.kind}:${l.size}:${l.label}:${l.strengthTenths}:${l.routed ? 1 : 0}:${l.spent ? 1 : 0}:${l.dugIn}:${l.suppressed ? 1 : 0}:${l.supply}`;

/** Counter layout size (the canvas is COUNTER_RES times this, so it stays crisp when zoomed in). */
export const COUNTER_W = 96;
export const COUNTER_H = 76;
/** Texture pixels per layout pixel. */
export const COUNTER_RES = 2.5;
/** The designation's font size in layout pixels (the smallest text that matters on a counter). */
export const LABEL_FONT = 20;
/** Layout font size used for long designations (more than 6 characters). */
export const LONG_LABEL_FONT = 17;

const SIZE_MARKS: Readonly<Record<UnitSize, string>> = {
  platoon: '•••',
  company: 'I',
  battalion: 'II',
  regiment: 'III',
  brigade: 'X',
  division: 'XX',
};

/** Parsed once: Path2D objects for each glyph's path data. */
const parsed = new Map<string, Path2D>();
const path2d = (d: string): Path2D => {
  let p = parsed.get(d);
  if (!p) parsed.set(d, (p = new Path2D(d)));
  return p;
};

/**
 * Draws a glyph scaled into (x, y, w, h) from its own box (bw × bh); the path is transformed, not the pen, so lines keep
 * the context's width however the box is stretched.
 */
export const drawGlyph = (ctx: Ctx, glyph: Glyph, x: number, y: number, w: number, h: number, bw: number, bh: number): void => {
  const m = new DOMMatrix([w / bw, 0, 0, h / bh, x, y]);
  const placed = (d: string) => {
    const p = new Path2D();
    p.addPath(path2d(d), m);
    return p;
  };
  if (glyph.fill) ctx.fill(placed(glyph.fill));
  if (glyph.stroke) ctx.stroke(placed(glyph.stroke));
  if (glyph.text) {
    ctx.font = `700 ${Math.round((glyph.text.size * h) / bh)}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(glyph.text.text, x + (glyph.text.x * w) / bw, y + (glyph.text.y * h) / bh);
  }
};

/** The arm-of-service symbol inside the box (x, y, w, h): the NATO glyph (render/glyphs.ts). */
const paintSymbol = (ctx: Ctx, symbol: NatoSymbol, x: number, y: number, w: number, h: number): void =>
  drawGlyph(ctx, NATO_GLYPHS[symbol], x, y, w, h, SYMBOL_BOX_W, SYMBOL_BOX_H);

/** Paints one counter into a (COUNTER_W × COUNTER_H) × COUNTER_RES canvas. */
export const paintCounter = (ctx: Ctx, look: CounterLook): void => {
  const c = SIDE_COLOURS[look.side];
  const W = COUNTER_W;
  const H = COUNTER_H;
  ctx.clearRect(0, 0, W * COUNTER_RES, H * COUNTER_RES);
  ctx.save();
  ctx.scale(COUNTER_RES, COUNTER_RES);
  // Drop shadow so stacked counters separate.
  ctx.fillStyle = 'rgba(0,0,0,0.35)';
  ctx.fillRect(4, 4, W - 4, H - 4);
  ctx.fillStyle = look.spent ? mix(c.fill, '#9a9a9a') : c.fill;
  ctx.fillRect(0, 0, W - 4, H - 4);
  if (look.side === 'japanese') {
    // The second cue besides colour: a diagonal band across the top-left corner.
    ctx.fillStyle = c.accent;
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.lineTo(26, 0);
    ctx.lineTo(0, 26);
    ctx.closePath();
    ctx.fill();
  }
  ctx.strokeStyle = c.ink;
  ctx.lineWidth = 3;
  ctx.strokeRect(1.5, 1.5, W - 7, H - 7);
  // Size marker.
  ctx.fillStyle = c.ink;
  ctx.font = '700 13px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(SIZE_MARKS[look.size], (W - 4) / 2, 8);
  // Symbol box.
  const bx = 24;
  const by = 14;
  const bw = W - 4 - 48;
  const bh = 22;
  ctx.fillStyle = '#f6f3ea';
  ctx.fillRect(bx, by, bw, bh);
  ctx.strokeStyle = c.ink;
  ctx.lineWidth = 2.5;
  ctx.strokeRect(bx, by, bw, bh);
  ctx.fillStyle = c.ink;
  ctx.save();
  ctx.beginPath();
  ctx.rect(bx, by, bw, bh);
  ctx.clip();
  paintSymbol(ctx, KIND_RULES[look.kind].symbol, bx, by, bw, bh);
  ctx.restore();
  // Designation.
  ctx.fillStyle = c.ink;
  ctx.font = `700 ${look.label.length > 6 ? LONG_LABEL_FONT : LABEL_FONT}px system-ui, sans-serif`;
  ctx.fillText(look.label, (W - 4) / 2, 47, W - 10);
  // Strength: a bar (green-to-red is avoided for colour blindness; a dark bar on a light track reads by length) and
  // the per cent beside it.
  const barW = W - 54;
  ctx.fillStyle = 'rgba(255,255,255,0.75)';
  ctx.fillRect(6, H - 16, barW, 7);
  ctx.fillStyle = look.strengthTenths <= 3 ? '#7a0000' : c.ink;
  ctx.fillRect(6, H - 16, (barW * look.strengthTenths) / 10, 7);
  ctx.font = '700 13px system-ui, sans-serif';
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  ctx.fillText(`${look.strengthTenths * 10}%`, W - 9, H - 12);
  ctx.textAlign = 'center';
  paintStateMarks(ctx, look);
  if (look.routed) {
    ctx.strokeStyle = '#7a0000';
    ctx.lineWidth = 4;
    ctx.beginPath();
    ctx.moveTo(4, H - 8);
    ctx.lineTo(W - 8, 4);
    ctx.stroke();
  }
  ctx.restore();
};

/** A round mark with a letter or digit in it, at (x, y) with radius r. */
const disc = (ctx: Ctx, x: number, y: number, r: number, fill: string, text: string, ink = '#ffffff'): void => {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = '#111111';
  ctx.stroke();
  ctx.fillStyle = ink;
  ctx.font = `800 ${Math.round(r * 1.35)}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, x, y + 0.5);
};

/**
 * The state marks beside the symbol box: dug in (an earthwork arc with the level) on the left, suppressed (a red "S")
 * under it, and out of supply on the right (amber "!" when limited, red "✕" when cut off).
 */
const paintStateMarks = (ctx: Ctx, look: CounterLook): void => {
  if (look.dugIn > 0) {
    ctx.fillStyle = '#6b4a1e';
    ctx.beginPath();
    ctx.arc(12, 26, 9, Math.PI, 0);
    ctx.closePath();
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = '#111111';
    ctx.stroke();
    ctx.fillStyle = '#ffffff';
    ctx.font = '800 11px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'alphabetic';
    ctx.fillText(String(look.dugIn), 12, 25);
  }
  if (look.suppressed) disc(ctx, 12, look.dugIn > 0 ? 36 : 26, 7.5, '#c62828', 'S');
  if (look.supply === 'limited') disc(ctx, COUNTER_W - 16, 26, 7.5, '#f0b400', '!', '#111111');
  if (look.supply === 'cut') disc(ctx, COUNTER_W - 16, 26, 7.5, '#c62828', '✕');
};

/** Halfway between two "#rrggbb" colours. */
const mix = (a: string, b: string): string => {
  const x = Number.parseInt(a.slice(1), 16);
  const y = Number.parseInt(b.slice(1), 16);
  const ch = (s: number) => Math.round((((x >> s) & 255) + ((y >> s) & 255)) / 2);
  return `#${((1 << 24) | (ch(16) << 16) | (ch(8) << 8) | ch(0)).toString(16).slice(1)}`;
};
