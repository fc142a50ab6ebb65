/**
 * NATO-style counters drawn on a 2D canvas: a frame in the side's colour (Japanese counters also carry a diagonal
 * band, so the sides differ by pattern as well as colour), the arm-of-service symbol, the size marker above it, the
 * designation below and a strength bar along the bottom. Each distinct look is painted once and cached as a texture.
 */
import { KIND_RULES, type NatoSymbol, type Side, type Unit, type UnitKind, type UnitSize } from '../../engine';
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
}

export const counterLook = (u: Unit): CounterLook => ({
  side: u.side,
  kind: u.kind,
  size: u.size,
  label: u.label,
  strengthTenths: u.start.men > 0 ? Math.max(0, Math.min(10, Math.round((10 * u.men) / u.start.men))) : 10,
  routed: u.status === 'routed',
  spent: u.mp <= 0 && (u.acted.attacked || u.acted.fired || u.acted.moved),
});

export const lookKey = (l: CounterLook): string =>
  `ctr:${l.side}:${l.kind}:${l.size}:${l.label}:${l.strengthTenths}:${l.routed ? 1 : 0}:${l.spent ? 1 : 0}`;

/** Counter size in canvas pixels (painted at twice the on-map size so it stays crisp when zoomed in). */
export const COUNTER_W = 96;
export const COUNTER_H = 76;

const SIZE_MARKS: Readonly<Record<UnitSize, string>> = {
  platoon: '•••',
  company: 'I',
  battalion: 'II',
  regiment: 'III',
  brigade: 'X',
  division: 'XX',
};

/** The arm-of-service symbol inside the box (x, y, w, h). */
const paintSymbol = (ctx: Ctx, symbol: NatoSymbol, x: number, y: number, w: number, h: number): void => {
  const cx = x + w / 2;
  const cy = y + h / 2;
  const cross = (): void => {
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + w, y + h);
    ctx.moveTo(x + w, y);
    ctx.lineTo(x, y + h);
    ctx.stroke();
  };
  const slash = (): void => {
    ctx.beginPath();
    ctx.moveTo(x, y + h);
    ctx.lineTo(x + w, y);
    ctx.stroke();
  };
  const track = (): void => {
    ctx.beginPath();
    ctx.ellipse(cx, cy, w * 0.34, h * 0.26, 0, 0, Math.PI * 2);
    ctx.stroke();
  };
  switch (symbol) {
    case 'infantry':
      cross();
      break;
    case 'motorised-infantry':
      cross();
      ctx.beginPath();
      ctx.moveTo(cx, y);
      ctx.lineTo(cx, y + h);
      ctx.stroke();
      break;
    case 'cavalry':
      slash();
      break;
    case 'armour':
      track();
      break;
    case 'armoured-car':
      track();
      slash();
      break;
    case 'artillery':
      ctx.beginPath();
      ctx.arc(cx, cy, h * 0.16, 0, Math.PI * 2);
      ctx.fill();
      break;
    case 'anti-tank':
      ctx.beginPath();
      ctx.moveTo(x, y + h);
      ctx.lineTo(cx, y);
      ctx.lineTo(x + w, y + h);
      ctx.stroke();
      break;
    case 'engineer':
      ctx.beginPath();
      ctx.moveTo(cx - w * 0.28, cy + h * 0.18);
      ctx.lineTo(cx - w * 0.28, cy - h * 0.18);
      ctx.lineTo(cx + w * 0.28, cy - h * 0.18);
      ctx.lineTo(cx + w * 0.28, cy + h * 0.18);
      ctx.moveTo(cx, cy - h * 0.18);
      ctx.lineTo(cx, cy + h * 0.18);
      ctx.stroke();
      break;
    case 'headquarters':
      ctx.font = `700 ${Math.round(h * 0.5)}px system-ui, sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText('HQ', cx, cy + 1);
      break;
    case 'machine-gun':
      cross();
      ctx.font = `700 ${Math.round(h * 0.36)}px system-ui, sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText('MG', cx, y + h * 0.8);
      break;
  }
};

/** Paints one counter into a COUNTER_W × COUNTER_H canvas. */
export const paintCounter = (ctx: Ctx, look: CounterLook): void => {
  const c = SIDE_COLOURS[look.side];
  const W = COUNTER_W;
  const H = COUNTER_H;
  ctx.clearRect(0, 0, W, H);
  ctx.save();
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
  ctx.fillText(SIZE_MARKS[look.size], (W - 4) / 2, 10);
  // Symbol box.
  const bx = 24;
  const by = 18;
  const bw = W - 4 - 48;
  const bh = 28;
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
  ctx.font = `700 ${look.label.length > 8 ? 11 : 14}px system-ui, sans-serif`;
  ctx.fillText(look.label, (W - 4) / 2, 56, W - 10);
  // Strength bar: green-to-red is avoided (colour blindness); a dark bar on a light track reads by length.
  const barW = W - 16;
  ctx.fillStyle = 'rgba(255,255,255,0.7)';
  ctx.fillRect(6, H - 14, barW, 6);
  ctx.fillStyle = look.strengthTenths <= 3 ? '#7a0000' : c.ink;
  ctx.fillRect(6, H - 14, (barW * look.strengthTenths) / 10, 6);
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

/** Halfway between two "#rrggbb" colours. */
const mix = (a: string, b: string): string => {
  const x = Number.parseInt(a.slice(1), 16);
  const y = Number.parseInt(b.slice(1), 16);
  const ch = (s: number) => Math.round((((x >> s) & 255) + ((y >> s) & 255)) / 2);
  return `#${((1 << 24) | (ch(16) << 16) | (ch(8) << 8) | ch(0)).toString(16).slice(1)}`;
};
