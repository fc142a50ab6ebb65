/**
 * Canvases laid over the terrain: the fog of war (at a fraction of the terrain's resolution, since its edges may be
 * soft) and the reachable hexes with their movement costs (cropped to the hexes concerned, at full resolution).
 */
import type { MapData } from '../../engine';
import { hexPolygon, type HexGeometry } from './hex-geometry';

/** The fog canvas is this fraction of the terrain picture's size. */
export const FOG_SCALE = 0.25;

const trace = (ctx: CanvasRenderingContext2D, pts: readonly { x: number; y: number }[], scale: number, dx = 0, dy = 0): void => {
  ctx.beginPath();
  ctx.moveTo(pts[0]!.x * scale - dx, pts[0]!.y * scale - dy);
  for (let k = 1; k < pts.length; k++) ctx.lineTo(pts[k]!.x * scale - dx, pts[k]!.y * scale - dy);
  ctx.closePath();
};

/** Darkens every hex not marked visible. */
export const paintFog = (map: MapData, g: HexGeometry, visible: Uint8Array): HTMLCanvasElement => {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(g.pixelWidth * FOG_SCALE);
  canvas.height = Math.ceil(g.pixelHeight * FOG_SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  ctx.fillStyle = 'rgba(28,30,44,0.34)';
  const n = map.width * map.height;
  for (let i = 0; i < n; i++) {
    if (visible[i]) continue;
    trace(ctx, hexPolygon(g, i, 1.03), FOG_SCALE);
    ctx.fill();
  }
  return canvas;
};

/** The reachable hexes tinted, each with its cost, on a canvas covering just their bounding box. */
export const paintReach = (g: HexGeometry, costs: ReadonlyMap<number, number>): { canvas: HTMLCanvasElement; x: number; y: number } => {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const i of costs.keys()) {
    minX = Math.min(minX, g.cx[i]! - g.radius);
    maxX = Math.max(maxX, g.cx[i]! + g.radius);
    minY = Math.min(minY, g.cy[i]! - g.radius);
    maxY = Math.max(maxY, g.cy[i]! + g.radius);
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(maxX - minX));
  canvas.height = Math.max(1, Math.ceil(maxY - minY));
  const ctx = canvas.getContext('2d');
  if (!ctx) return { canvas, x: minX, y: minY };
  const size = Math.max(9, Math.round(g.radius * 0.42));
  ctx.font = `700 ${size}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const [i, cost] of costs) {
    trace(ctx, hexPolygon(g, i, 0.92), 1, minX, minY);
    ctx.fillStyle = 'rgba(255,244,170,0.36)';
    ctx.fill();
    ctx.strokeStyle = 'rgba(120,100,0,0.7)';
    ctx.lineWidth = 1.5;
    ctx.stroke();
    const x = g.cx[i]! - minX;
    const y = g.cy[i]! - minY + g.radius * 0.52;
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.strokeText(String(cost), x, y);
    ctx.fillStyle = '#3a3000';
    ctx.fillText(String(cost), x, y);
  }
  return { canvas, x: minX, y: minY };
};

/** One hex of an overlay: its fill, an optional outline and an optional short text (a cost, a mark). */
export interface HexMark {
  readonly index: number;
  /** CSS colour. */
  readonly fill: string;
  readonly stroke?: string;
  readonly text?: string;
}

/** The marked hexes on a canvas covering just their bounding box (at world resolution). */
export const paintHexMarks = (g: HexGeometry, marks: readonly HexMark[]): { canvas: HTMLCanvasElement; x: number; y: number } => {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const m of marks) {
    minX = Math.min(minX, g.cx[m.index]! - g.radius);
    maxX = Math.max(maxX, g.cx[m.index]! + g.radius);
    minY = Math.min(minY, g.cy[m.index]! - g.radius);
    maxY = Math.max(maxY, g.cy[m.index]! + g.radius);
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(maxX - minX));
  canvas.height = Math.max(1, Math.ceil(maxY - minY));
  const ctx = canvas.getContext('2d');
  if (!ctx) return { canvas, x: minX, y: minY };
  const size = Math.max(10, Math.round(g.radius * 0.4));
  ctx.font = `800 ${size}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const m of marks) {
    trace(ctx, hexPolygon(g, m.index, 0.97), 1, minX, minY);
    ctx.fillStyle = m.fill;
    ctx.fill();
    if (m.stroke) {
      ctx.strokeStyle = m.stroke;
      ctx.lineWidth = Math.max(1.5, g.radius / 14);
      ctx.stroke();
    }
    if (m.text) {
      const x = g.cx[m.index]! - minX;
      const y = g.cy[m.index]! - minY - g.radius * 0.62;
      ctx.lineWidth = 3;
      ctx.strokeStyle = 'rgba(255,255,255,0.9)';
      ctx.strokeText(m.text, x, y);
      ctx.fillStyle = '#1a1a1a';
      ctx.fillText(m.text, x, y);
    }
  }
  return { canvas, x: minX, y: minY };
};
