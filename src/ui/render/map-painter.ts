/**
 * Paints a map onto a 2D canvas: terrain by hex (shaded by elevation), terrain texture marks, roads and tracks,
 * rivers on hexsides, crossings, and named places. One painter serves the battle map (as a Phaser texture), the
 * minimap and the menu thumbnails, so all three always agree.
 */
import { indexOf, type MapData, type Terrain } from '../../engine';
import { corner, hexPolygon, sideEnds, type HexGeometry } from './hex-geometry';
import { TERRAIN_GLYPHS, TERRAIN_RADIUS } from './glyphs';
import { RIVER_COLOURS, ROAD_COLOURS, TERRAIN_COLOURS, shade } from './palette';

export interface PaintOptions {
  /** Draw texture marks, crossings' details and labels (off for thumbnails). */
  readonly detail: boolean;
  readonly labels: boolean;
}

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Brightness factor for an elevation between the map's lowest and highest hex: low ground darker, high ground lighter. */
export const elevationFactor = (elevation: number, min: number, max: number): number =>
  max > min ? 0.86 + (0.26 * (elevation - min)) / (max - min) : 1;

const tracePolygon = (ctx: Ctx, pts: readonly { x: number; y: number }[]): void => {
  ctx.beginPath();
  ctx.moveTo(pts[0]!.x, pts[0]!.y);
  for (let k = 1; k < pts.length; k++) ctx.lineTo(pts[k]!.x, pts[k]!.y);
  ctx.closePath();
};

/** Parsed once per terrain: the mark's Path2D objects. */
const terrainPaths = new Map<Terrain, { stroke: Path2D | null; fill: Path2D | null }>();

/**
 * Small marks that tell terrains apart without relying on colour alone (render/glyphs.ts), drawn at the hex's centre
 * and scale; the pen is scaled back so lines are radius/16 wide at any zoom.
 */
const paintTexture = (ctx: Ctx, g: HexGeometry, i: number, t: Terrain): void => {
  const glyph = TERRAIN_GLYPHS[t];
  if (!glyph) return;
  let paths = terrainPaths.get(t);
  if (!paths) terrainPaths.set(t, (paths = { stroke: glyph.stroke ? new Path2D(glyph.stroke) : null, fill: glyph.fill ? new Path2D(glyph.fill) : null }));
  const scale = g.radius / TERRAIN_RADIUS;
  ctx.save();
  ctx.translate(g.cx[i]!, g.cy[i]!);
  ctx.scale(scale, scale);
  ctx.lineWidth = Math.max(1, g.radius / 16) / scale;
  ctx.strokeStyle = glyph.colour;
  ctx.fillStyle = glyph.colour;
  if (paths.fill) ctx.fill(paths.fill);
  if (paths.stroke) ctx.stroke(paths.stroke);
  ctx.restore();
};

/** Paints the whole map at the geometry's scale onto `ctx` (which must be at least pixelWidth × pixelHeight). */
export const paintMap = (ctx: Ctx, map: MapData, g: HexGeometry, options: PaintOptions): void => {
  const n = map.width * map.height;
  let min = Infinity;
  let max = -Infinity;
  for (const e of map.elevation) {
    if (e < min) min = e;
    if (e > max) max = e;
  }
  ctx.fillStyle = '#1d1f1a';
  ctx.fillRect(0, 0, g.pixelWidth, g.pixelHeight);
  // Terrain: slightly oversized polygons so no hairline gaps show between neighbours.
  for (let i = 0; i < n; i++) {
    const t = map.terrain[i]!;
    ctx.fillStyle = shade(TERRAIN_COLOURS[t], elevationFactor(map.elevation[i]!, min, max));
    tracePolygon(ctx, hexPolygon(g, i, 1.02));
    ctx.fill();
  }
  // Faint hex grid so players can count hexes.
  ctx.strokeStyle = 'rgba(40,40,30,0.18)';
  ctx.lineWidth = Math.max(0.5, g.radius / 28);
  for (let i = 0; i < n; i++) {
    tracePolygon(ctx, hexPolygon(g, i));
    ctx.stroke();
  }
  if (options.detail) for (let i = 0; i < n; i++) paintTexture(ctx, g, i, map.terrain[i]!);
  paintRoads(ctx, map, g);
  paintRivers(ctx, map, g);
  if (options.detail) paintCrossings(ctx, map, g);
  if (options.labels) paintPlaces(ctx, map, g);
};

/** Each edge once: from the hex with the lower index. */
const eachEdge = (map: MapData, visit: (i: number, d: number, j: number) => void): void => {
  const n = map.width * map.height;
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < 6; d++) {
      const j = map.neighbours[i * 6 + d]!;
      if (j > i || j < 0) visit(i, d, j);
    }
  }
};

const paintRoads = (ctx: Ctx, map: MapData, g: HexGeometry): void => {
  ctx.save();
  ctx.lineCap = 'round';
  eachEdge(map, (i, d, j) => {
    const kind = map.road[i * 6 + d]!;
    if (kind === 'none' || j < 0) return;
    ctx.strokeStyle = ROAD_COLOURS[kind];
    ctx.lineWidth = kind === 'road' ? Math.max(1.5, g.radius / 7) : Math.max(1, g.radius / 11);
    ctx.setLineDash(kind === 'track' ? [g.radius / 4, g.radius / 6] : []);
    ctx.beginPath();
    ctx.moveTo(g.cx[i]!, g.cy[i]!);
    ctx.lineTo(g.cx[j]!, g.cy[j]!);
    ctx.stroke();
  });
  ctx.restore();
};

const paintRivers = (ctx: Ctx, map: MapData, g: HexGeometry): void => {
  ctx.save();
  ctx.lineCap = 'round';
  eachEdge(map, (i, d) => {
    const kind = map.river[i * 6 + d]!;
    if (kind === 'none') return;
    const [a, b] = sideEnds(g, i, d);
    ctx.strokeStyle = RIVER_COLOURS[kind];
    ctx.lineWidth = kind === 'major' ? Math.max(2, g.radius * 0.26) : Math.max(1, g.radius * 0.12);
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
  });
  ctx.restore();
};

/** Bridges as a brown deck across the side, pontoons as a grey dashed deck, fords as pale stepping stones. */
const paintCrossings = (ctx: Ctx, map: MapData, g: HexGeometry): void => {
  ctx.save();
  eachEdge(map, (i, d, j) => {
    const kind = map.crossing[i * 6 + d]!;
    if (kind === 'none' || j < 0) return;
    paintCrossing(ctx, g, i, d, j, kind);
  });
  ctx.restore();
};

/** One crossing symbol over side `d` of hex `i` (neighbour `j`); also used for pontoons built in play. */
export const paintCrossing = (ctx: Ctx, g: HexGeometry, i: number, d: number, j: number, kind: 'ford' | 'bridge' | 'pontoon'): void => {
  const [a, b] = sideEnds(g, i, d);
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  // Along the line joining the two hex centres, across the river.
  const ux = (g.cx[j]! - g.cx[i]!) / (Math.sqrt(3) * g.radius);
  const uy = (g.cy[j]! - g.cy[i]!) / (Math.sqrt(3) * g.radius);
  const half = g.radius * 0.38;
  const wide = g.radius * 0.16;
  const px = -uy;
  const py = ux;
  const deck = [
    { x: mx - ux * half + px * wide, y: my - uy * half + py * wide },
    { x: mx + ux * half + px * wide, y: my + uy * half + py * wide },
    { x: mx + ux * half - px * wide, y: my + uy * half - py * wide },
    { x: mx - ux * half - px * wide, y: my - uy * half - py * wide },
  ];
  if (kind === 'ford') {
    ctx.fillStyle = '#e8e0c0';
    ctx.strokeStyle = '#5a4a30';
    ctx.lineWidth = Math.max(1, g.radius / 20);
    for (const t of [-0.6, 0, 0.6]) {
      ctx.beginPath();
      ctx.arc(mx + ux * half * t, my + uy * half * t, g.radius * 0.09, 0, Math.PI * 2);
      ctx.fill();
      ctx.stroke();
    }
    return;
  }
  tracePolygon(ctx, deck);
  ctx.fillStyle = kind === 'bridge' ? '#7a4e26' : '#8c8c84';
  ctx.fill();
  ctx.strokeStyle = '#2a1a0a';
  ctx.lineWidth = Math.max(1, g.radius / 16);
  ctx.setLineDash(kind === 'pontoon' ? [g.radius / 8, g.radius / 10] : []);
  ctx.stroke();
  ctx.setLineDash([]);
};

const PLACE_MARK: Readonly<Record<string, string>> = { village: '■', height: '▲', bridge: '', landmark: '●', base: '◆' };

/** A place's name with the mark of its kind, as the map shows it. */
export const placeText = (p: { readonly kind: string; readonly name: string }): string => `${PLACE_MARK[p.kind] ?? ''} ${p.name}`.trim();

const paintPlaces = (ctx: Ctx, map: MapData, g: HexGeometry): void => {
  ctx.save();
  const size = Math.max(9, Math.round(g.radius * 0.36));
  ctx.font = `600 ${size}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const p of map.places) {
    const i = indexOf(map, p.hex);
    if (i < 0) continue;
    const x = g.cx[i]!;
    const y = corner(g, i, 4).y + size * 0.2; // just under the top corner, clear of the counter
    const text = placeText(p);
    ctx.strokeStyle = 'rgba(250,246,230,0.9)';
    ctx.lineWidth = size / 3;
    ctx.strokeText(text, x, y);
    ctx.fillStyle = '#2a2418';
    ctx.fillText(text, x, y);
  }
  ctx.restore();
};
