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
