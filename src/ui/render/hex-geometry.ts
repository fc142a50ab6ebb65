/**
 * Pixel geometry of a map's hexes (pointy-top, odd-r offset rows), computed once per map and radius and kept in flat
 * typed arrays. honeycomb-grid's `x`, `y` and `corners` are getters recomputed on every read, so the renderer and the
 * input code never touch them: they read these tables instead.
 */
import { indexOf, type Axial, type MapData } from '../../engine';

export const SQRT3 = Math.sqrt(3);

export interface HexGeometry {
  readonly width: number;
  readonly height: number;
  /** Circumradius of a hex in pixels (centre to corner). */
  readonly radius: number;
  /** Size of the whole map picture in pixels. */
  readonly pixelWidth: number;
  readonly pixelHeight: number;
  /** Centre of hex `index` is (cx[index], cy[index]). */
  readonly cx: Float64Array;
  readonly cy: Float64Array;
}

/** Corner k of a pointy-top hex sits at angle 60k − 30 degrees, clockwise from east (y grows downwards). */
const CORNER_DX = Array.from({ length: 6 }, (_, k) => Math.cos(((60 * k - 30) * Math.PI) / 180));
const CORNER_DY = Array.from({ length: 6 }, (_, k) => Math.sin(((60 * k - 30) * Math.PI) / 180));

export const buildGeometry = (map: Pick<MapData, 'width' | 'height'>, radius: number): HexGeometry => {
  const n = map.width * map.height;
  const cx = new Float64Array(n);
  const cy = new Float64Array(n);
  const w = SQRT3 * radius;
  for (let row = 0; row < map.height; row++) {
    for (let col = 0; col < map.width; col++) {
      const i = row * map.width + col;
      cx[i] = w * (col + 0.5 + (row & 1) * 0.5);
      cy[i] = radius * (1 + 1.5 * row);
    }
  }
  return {
    width: map.width,
    height: map.height,
    radius,
    pixelWidth: Math.ceil(w * (map.width + 0.5)),
    pixelHeight: Math.ceil(radius * (1.5 * (map.height - 1) + 2)),
    cx,
    cy,
  };
};

/** The largest radius (≤ `preferred`) whose whole-map picture fits in a `maxPixels` square texture. */
export const fittingRadius = (map: Pick<MapData, 'width' | 'height'>, preferred: number, maxPixels: number): number =>
  Math.max(2, Math.min(preferred, maxPixels / (SQRT3 * (map.width + 0.5)), maxPixels / (1.5 * (map.height - 1) + 2)));

/** Corner k (0–5) of hex `index`, optionally shrunk towards the centre by `scale`. */
export const corner = (g: HexGeometry, index: number, k: number, scale = 1): { x: number; y: number } => ({
  x: g.cx[index]! + CORNER_DX[k % 6]! * g.radius * scale,
  y: g.cy[index]! + CORNER_DY[k % 6]! * g.radius * scale,
});

/** The six corners of hex `index` as a flat list for polygon drawing. */
export const hexPolygon = (g: HexGeometry, index: number, scale = 1): { x: number; y: number }[] =>
  [0, 1, 2, 3, 4, 5].map((k) => corner(g, index, k, scale));

/**
 * The two corners bounding hexside `direction` (0 E, 1 SE, 2 SW, 3 W, 4 NW, 5 NE) of hex `index`. Side d lies
 * between corners d and d + 1 (corner 0 is at −30°, so the east side runs from corner 0 down to corner 1).
 */
export const sideEnds = (g: HexGeometry, index: number, direction: number): [{ x: number; y: number }, { x: number; y: number }] => [
  corner(g, index, direction),
  corner(g, index, (direction + 1) % 6),
];

/** The hex under a pixel (map-picture coordinates), or -1 off the map. Exact cube rounding. */
export const indexAtPixel = (g: HexGeometry, map: Pick<MapData, 'width' | 'height'>, x: number, y: number): number => {
  const h = axialAtPixel(g, x, y);
  return indexOf(map, h);
};

/** The axial hex under a pixel, whether on the map or not. */
export const axialAtPixel = (g: HexGeometry, x: number, y: number): Axial => {
  // Undo the centring offsets of buildGeometry: hex (q, r) = (0, 0) has its centre at (w/2, radius).
  const px = x - (SQRT3 * g.radius) / 2;
  const py = y - g.radius;
  const qf = ((SQRT3 / 3) * px - py / 3) / g.radius;
  const rf = ((2 / 3) * py) / g.radius;
  const sf = -qf - rf;
  let q = Math.round(qf);
  let r = Math.round(rf);
  const s = Math.round(sf);
  const dq = Math.abs(q - qf);
  const dr = Math.abs(r - rf);
  const ds = Math.abs(s - sf);
  if (dq > dr && dq > ds) q = -r - s;
  else if (dr > ds) r = -q - s;
  return { q: q + 0, r: r + 0 };
};

/** Centre of an axial hex in map-picture pixels (off-map hexes too, for arrows that leave the map). */
export const pixelOfAxial = (g: HexGeometry, h: Axial): { x: number; y: number } => ({
  x: SQRT3 * g.radius * (h.q + h.r / 2) + (SQRT3 * g.radius) / 2,
  y: 1.5 * g.radius * h.r + g.radius,
});
