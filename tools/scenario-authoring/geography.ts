/**
 * A geographic model of the Khalkhin Gol battlefield in kilometres, drawn once into hex maps by `draw-map.ts`.
 *
 * Coordinates: x km east, y km north, origin at the Khalkhin Gol–Holsten junction (the Kawatama bridge). This is the
 * fact sheet's layout grid (facts.md §A5), whose origin is the Wikipedia battle marker taken as the junction, since no
 * source gives the junction's own coordinate. Two points of that grid are sourced and are drawn where it puts them:
 * Nomonhan at (12.5, 4.8) and a point on the Khalkhin Gol at (−2.1, 11.8) (tests/tools/scenario-authoring/
 * layout-pins.test.ts holds every map to them). Every other position below is either sourced (noted) or a layout
 * choice (noted "layout").
 *
 * This is an authoring tool, not the engine: floating point is fine here, because its output is frozen into the
 * scenario JSON, which is what the game reads.
 */

/** A point on the ground, km east and km north of the Kawatama bridge. */
export interface Km {
  readonly x: number;
  readonly y: number;
}

/** Piecewise-linear interpolation through control points sorted by their first coordinate. */
const interpolate = (points: readonly (readonly [number, number])[], t: number): number => {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (t <= first[0]) return first[1];
  if (t >= last[0]) return last[1];
  for (let i = 1; i < points.length; i++) {
    const [t1, v1] = points[i]!;
    const [t0, v0] = points[i - 1]!;
    if (t <= t1) return v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
  }
  return last[1];
};

/**
 * The Khalkhin Gol's course: x of its centre line for a given y. It runs roughly north through the battle reach and
 * drifts west downstream (facts §A5: x≈0 at the marker, about x=−2 by y=+12; the mouth lies WNW). The small bends are
 * layout: the bed is winding and branching [RUWIKI-RIVER].
 */
const RIVER_COURSE: readonly (readonly [number, number])[] = [
  [-40, 1.6], [-32, 1.2], [-26, 1.5], [-21, 0.8], [-16, 1.1], [-12, 0.5], [-8, 0.8], [-5, 0.2], [-2, 0.4],
  [0, 0], [2, -0.2], [4, -0.7], [6, -0.6], [8, -1.2], [10, -1.4], [12, -2.1], [15, -2.3], [18, -2.9], [22, -3.0],
  [26, -3.6], [32, -3.8],
];
export const riverX = (y: number): number => interpolate(RIVER_COURSE, y);

/**
 * Water surface of the Khalkhin Gol in metres, falling gently northward. Layout, fitted to the sourced relief: the
 * river reaches Lake Buir (583 m) some 60 km downstream, the west-bank tableland stands 40–50 m above it, the east
 * bank's dunes are 20–40 m high, and the east-bank hills carry their heights as their numbers (731–755 m). A river near
 * 690 m is the level at which all of these hold together (facts §A1, §A2, §A5).
 */
export const riverLevel = (y: number): number => 690 - 0.3 * y;

/**
 * The Holsten (Khailastyn-Gol) centre line: y for a given x, from the junction east-north-east towards its source on
 * the low watershed near Nomonhan [MOSH; 998ds via facts §A5]; it ends just short of Nomonhan's sourced position. Its
 * upper course is a dry reed bed, so the stream itself (a minor river on hexsides) ends at `HOLSTEN_STREAM_END_X`
 * (layout); the marshy valley goes on. Below x = 9.5 km the course is the one the July and August deployments were
 * laid out against (which bank of the stream a counter starts on is part of each battle's history); above it the
 * valley bends up to its head by Nomonhan.
 */
const HOLSTEN_COURSE: readonly (readonly [number, number])[] = [
  [0, 0], [1, 0.2], [2, 0.5], [3.5, 0.9], [5, 1.4], [6.5, 1.9], [8, 2.5], [9.5, 3.0], [10.7, 3.7], [11.7, 4.3],
];
export const holstenY = (x: number): number => interpolate(HOLSTEN_COURSE, x);
export const HOLSTEN_STREAM_END_X = 10.5;
export const HOLSTEN_SOURCE_X = 11.7;

/** A named place: a point and, for heights, the summit elevation and the radius of the hill in km. */
export interface NamedPoint {
  readonly id: string;
  readonly name: string;
  readonly kind: 'village' | 'height' | 'bridge' | 'landmark' | 'base';
  readonly at: Km;
  /** For heights: summit in metres and radius in km. */
  readonly summit?: number;
  readonly radius?: number;
  readonly source: string;
}

/** The named places of facts.md §A3/§A5. Positions within §A5's sourced or suggested boxes. */
export const PLACES: readonly NamedPoint[] = [
  { id: 'kawatama-bridge', name: 'Kawatama bridge', kind: 'bridge', at: { x: 0.3, y: 0.2 }, source: 'SEED; GOLDMAN p.15' },
  // Sourced: the layout grid of facts §A5 puts Nomonhan Burd Obo (en.wikipedia coordinate) at (12.5, 4.8) km from the
  // battle marker taken as the junction, 13.3 km at 069°; WP-NBO says 10–20 km from the river. SEED's "about 16 km"
  // is the rougher figure and is not used (it stretched the Holsten and the August link-up by about a fifth).
  { id: 'nomonhan', name: 'Nomonhan (Burd Obo)', kind: 'village', at: { x: 12.5, y: 4.8 }, source: 'en.wikipedia "Nomonhan Burd Obo" coordinate via facts §A5 layout grid; WP-NBO' },
  // "Daba" is a pass: the Victory monument at the Khamar pass stands at 800 m [filmmongolia.gov.mn via facts §A5].
  { id: 'khamar-daba', name: 'Khamar-Daba', kind: 'height', at: { x: -5.5, y: 0.5 }, summit: 800, radius: 1.6, source: 'FEDY; LITLIFE-64678 (position layout, §A5)' },
  { id: 'baintsagan', name: 'Baintsagan (Bain-Tsagan)', kind: 'height', at: { x: -3.2, y: 10 }, summit: 758, radius: 1.3, source: 'SEED; BARYATINSKY (position and height layout, §A5)' },
  { id: 'bykov-line', name: "Bykov's May line", kind: 'landmark', at: { x: 2.4, y: 1.5 }, source: 'GOLDMAN p.15' },
  { id: 'azuma-halt', name: "Azuma's halt (28 May)", kind: 'landmark', at: { x: 0.6, y: 2.1 }, source: 'DREA-RU' },
  { id: 'furthest-2-28', name: '2/28th furthest advance (3–5 July)', kind: 'landmark', at: { x: 1.2, y: 1.4 }, source: 'DREA-RU' },
  { id: 'holsten-pontoon', name: 'Soviet pontoon on the Holsten', kind: 'bridge', at: { x: 1.3, y: 0.25 }, source: 'DREA-RU litmir p=24' },
  // Hill 733: the sources conflict. Drea, working from Japanese unit records, has the 64th and 72nd Regiments dug in
  // about 2 km north of Hill 733 on ground south of the Holsten [DREA-RU bibliboba p/24], which puts the hill south of
  // the stream; Soviet maps (as the issue-14 review reads them) give the number 733 to the Remizov/Balshagal heights
  // north of it. Choice: the hill labelled "Hill 733" follows Drea, because the Japanese positions, the objectives
  // and the AI plan of the August battle are all drawn from Drea's account of that ground; the Soviet reading is kept
  // in the Remizov heights' drawn height (733 m, below). Check against Drea Maps 5–7 or Coox (facts §H).
  { id: 'hill-733', name: 'Hill 733', kind: 'height', at: { x: 4.5, y: -2.2 }, summit: 733, radius: 0.8, source: 'DREA-RU bibliboba p/24 (Japanese numbering; position layout, south of the Holsten); Soviet maps number the Remizov heights 733 instead' },
  { id: 'moko-heights', name: 'Moko heights', kind: 'height', at: { x: 2.0, y: -3.0 }, summit: 712, radius: 0.8, source: 'DREA-RU (position layout)' },
  { id: 'noro-heights', name: 'Noro heights', kind: 'height', at: { x: 5.0, y: -4.0 }, summit: 738, radius: 1.1, source: 'DREA-RU (position layout, §A5)' },
  { id: 'hill-731', name: 'Hill 731', kind: 'height', at: { x: 3.0, y: -6.2 }, summit: 731, radius: 0.7, source: 'DREA-RU (position layout)' },
  { id: 'hill-754', name: 'Hill 754', kind: 'height', at: { x: 5.5, y: -7.0 }, summit: 754, radius: 0.8, source: 'DREA-RU (position layout, §A5)' },
  { id: 'hill-742', name: 'Hill 742', kind: 'height', at: { x: 6.5, y: -9.0 }, summit: 742, radius: 0.8, source: 'DREA-RU (position layout, §A5)' },
  { id: 'hill-755', name: 'Hill 755', kind: 'height', at: { x: 7.5, y: 4.5 }, summit: 755, radius: 0.8, source: 'ALTHIST-37 (position layout)' },
  // A hill's number is its height: Soviet maps identify the Remizov heights with Hill 733 (see Hill 733 above), so the
  // summit is drawn at 733 m (it was 748 m, a number no source gives). Balshagal: they stand next to the "Balshagal
  // West Heights" [minoworld2 via facts §A5].
  { id: 'remizov-heights', name: 'Remizov heights (Balshagal)', kind: 'height', at: { x: 4.5, y: 6.5 }, summit: 733, radius: 1.2, source: 'STAVSKY; RIA; height 733 after the Soviet map numbering (issue 14 review; not in facts.md); position layout, §A5' },
  // Soviet maps number the Fui Heights ("Palets", the Finger) Hill 721, so the summit is drawn at 721 m (it was 745 m,
  // a number no source gives). The numbering is the issue-14 review's reading of Soviet maps, not yet in facts.md.
  { id: 'fui-heights', name: 'Fui Heights (Hill 721, "the Finger")', kind: 'height', at: { x: 5.0, y: 12.5 }, summit: 721, radius: 1.5, source: 'GOLDMAN p.21–22; LITLIFE-64678; Hill 721 after the Soviet map numbering (issue 14 review); position layout, §A5' },
  { id: 'yuzuru-pond', name: 'Yuzuru pond', kind: 'landmark', at: { x: 10.5, y: 7.0 }, source: 'MOSH-tank (position layout)' },
];

export const place = (id: string): NamedPoint => {
  const p = PLACES.find((q) => q.id === id);
  if (!p) throw new Error(`geography: no place '${id}'`);
  return p;
};

/** Small lakes and salt marshes of the steppe (positions layout; the ground is full of them [FEDY]). */
export const LAKES: readonly { readonly at: Km; readonly radius: number }[] = [
  { at: { x: 10.5, y: 7.0 }, radius: 0.35 }, // Yuzuru pond
  { at: { x: 12.0, y: -4.0 }, radius: 0.45 },
  { at: { x: 9.0, y: 14.0 }, radius: 0.4 },
  { at: { x: 16.5, y: -12.0 }, radius: 0.6 },
  { at: { x: -9.0, y: -6.0 }, radius: 0.5 },
  { at: { x: 18.0, y: 16.0 }, radius: 0.5 },
];
export const SALT_MARSHES: readonly { readonly at: Km; readonly radius: number }[] = [
  { at: { x: 12.8, y: -3.4 }, radius: 1.0 },
  { at: { x: 9.6, y: 13.2 }, radius: 0.9 },
  { at: { x: 16.0, y: -11.0 }, radius: 1.3 },
  { at: { x: -9.5, y: -6.6 }, radius: 1.0 },
  { at: { x: 7.5, y: -14.0 }, radius: 0.9 },
  { at: { x: 14.0, y: 12.0 }, radius: 1.0 },
];

/** Roads and tracks as km polylines. Hexes are found by `draw-map.ts`; a road crosses the river only at the bridge. */
export interface KmRoad {
  readonly name: string;
  readonly kind: 'road' | 'track';
  readonly points: readonly Km[];
}
/** The tracks radiating from Nomonhan start where it stands. */
const NOMONHAN: Km = place('nomonhan').at;
export const ROADS: readonly KmRoad[] = [
  {
    name: 'West-bank road (Tamsag-Bulak – Khamar-Daba – Kawatama)',
    kind: 'road',
    points: [{ x: -40, y: -1 }, { x: -12, y: 0 }, { x: -5.5, y: 0.5 }, { x: -1.5, y: 0.3 }, { x: -0.35, y: 0.2 }],
  },
  {
    name: 'West-bank track (Khamar-Daba – Baintsagan)',
    kind: 'track',
    points: [{ x: -5.5, y: 0.5 }, { x: -5.0, y: 5 }, { x: -3.8, y: 10 }, { x: -5.5, y: 20 }, { x: -7, y: 32 }],
  },
  {
    name: 'West-bank track south',
    kind: 'track',
    points: [{ x: -5.5, y: 0.5 }, { x: -3.5, y: -8 }, { x: -2.5, y: -20 }, { x: -2.0, y: -40 }],
  },
  {
    name: 'Nomonhan – Kawatama track',
    kind: 'track',
    points: [{ x: 0.75, y: 0.35 }, { x: 3, y: 1.7 }, { x: 7, y: 3.4 }, { x: 11, y: 4.6 }, NOMONHAN, { x: 30, y: 7 }],
  },
  {
    name: 'Track south from Nomonhan',
    kind: 'track',
    points: [NOMONHAN, { x: 12.2, y: -3 }, { x: 11, y: -12 }, { x: 9, y: -25 }, { x: 8, y: -40 }],
  },
  {
    name: 'Track north from Nomonhan',
    kind: 'track',
    points: [NOMONHAN, { x: 11.5, y: 12 }, { x: 10, y: 20 }, { x: 9, y: 32 }],
  },
];

/** A deterministic lattice hash in [0, 1) for dune texture (no Math.random: the maps must redraw identically). */
const hash01 = (i: number, j: number, salt: number): number => {
  let h = (i * 374761393 + j * 668265263 + salt * 1442695041) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
};

/** Smooth value noise in [0, 1): bilinear over a lattice of `cell` km. */
export const valueNoise = (p: Km, cell: number, salt: number): number => {
  const u = p.x / cell;
  const v = p.y / cell;
  const i = Math.floor(u);
  const j = Math.floor(v);
  const fu = u - i;
  const fv = v - j;
  const su = fu * fu * (3 - 2 * fu);
  const sv = fv * fv * (3 - 2 * fv);
  const a = hash01(i, j, salt);
  const b = hash01(i + 1, j, salt);
  const c = hash01(i, j + 1, salt);
  const d = hash01(i + 1, j + 1, salt);
  return a + (b - a) * su + (c - a) * sv + (a - b - c + d) * su * sv;
};

const dist = (a: Km, b: Km): number => Math.hypot(a.x - b.x, a.y - b.y);

/** Distance from p to the Holsten valley's centre line (vertical offset is close enough for a gentle ENE line). */
export const holstenOffset = (p: Km): number => p.y - holstenY(p.x);

/** Width of the river-valley floor on each bank, km (the east bank's swampy valley is wider). */
const FLOOD_EAST_KM = 0.9;
const FLOOD_WEST_KM = 0.35;
/** The west-bank escarpment: from the valley floor up 45 m over this width (facts §A5: 1–2 km, 40–50 m). */
const ESCARPMENT_KM = 1.5;
const ESCARPMENT_M = 46;

/** Elevation in metres at a point (not rounded). */
export const elevationAt = (p: Km): number => {
  const level = riverLevel(p.y);
  const east = p.x - riverX(p.y);
  let h: number;
  if (east < 0) {
    const w = -east;
    if (w < FLOOD_WEST_KM) h = level + 2;
    else if (w < FLOOD_WEST_KM + ESCARPMENT_KM) h = level + 2 + (ESCARPMENT_M * (w - FLOOD_WEST_KM)) / ESCARPMENT_KM;
    else h = level + 2 + ESCARPMENT_M + Math.min(28, 3.5 * (w - FLOOD_WEST_KM - ESCARPMENT_KM));
    h += 8 * (valueNoise(p, 2.5, 7) - 0.5);
  } else if (east < FLOOD_EAST_KM) {
    h = level + 3;
  } else {
    // The east bank climbs out of the valley through the dune belt to a rolling plateau near the border watershed.
    const e = east - FLOOD_EAST_KM;
    // Out of the valley through the dune belt onto a rolling plateau ~25 m above the river, below the west bank.
    const t = Math.min(1, e / 4);
    h = level + 3 + 22 * t * (2 - t);
    // Dunes and hollows: 20–40 m relief [lw33.cn; MOSH].
    const dune = valueNoise(p, 0.9, 11) - 0.5;
    h += 30 * dune * Math.min(1, e / 1.5);
    // The Holsten's marshy valley cuts down through the dunes.
    const off = Math.abs(holstenOffset(p));
    if (p.x < HOLSTEN_SOURCE_X + 1 && off < 1.6) h -= (1.6 - off) * 12 * Math.min(1, e / 2);
  }
  for (const pl of PLACES) {
    if (pl.kind !== 'height' || pl.summit === undefined || pl.radius === undefined) continue;
    const d = dist(p, pl.at);
    if (d < pl.radius * 2.2) {
      // Blend towards the summit: full at the top, falling off smoothly to the surrounding ground.
      const t = Math.max(0, 1 - d / (pl.radius * 2.2));
      const w = t * t * (3 - 2 * t);
      h = h + (pl.summit - h) * w;
    }
  }
  return h;
};

export type TerrainName = 'steppe' | 'dunes' | 'hollow' | 'marsh' | 'floodplain' | 'heights' | 'lake' | 'village';

/** Terrain at a point. Rivers are not terrain: they run on hexsides. */
export const terrainAt = (p: Km): TerrainName => {
  if (dist(p, place('nomonhan').at) < 0.5) return 'village';
  for (const l of LAKES) if (dist(p, l.at) < l.radius) return 'lake';
  const east = p.x - riverX(p.y);
  if (east >= -FLOOD_WEST_KM && east < FLOOD_EAST_KM) return 'floodplain';
  for (const pl of PLACES) {
    if (pl.kind === 'height' && pl.radius !== undefined && dist(p, pl.at) < pl.radius) return 'heights';
  }
  if (east < 0) {
    const w = -east;
    // The escarpment's upper edge is the observation line the Soviet guns used [DREA-RU ch. 9].
    if (w < FLOOD_WEST_KM + ESCARPMENT_KM) return 'heights';
    for (const m of SALT_MARSHES) if (dist(p, m.at) < m.radius) return 'marsh';
    return 'steppe';
  }
  if (p.x < HOLSTEN_SOURCE_X + 0.5 && Math.abs(holstenOffset(p)) < 0.55) return 'marsh';
  for (const m of SALT_MARSHES) if (dist(p, m.at) < m.radius) return 'marsh';
  // East bank: sand hillocks and barkhans cut by hollows out to the border zone [MOSH]; open steppe beyond.
  const dune = valueNoise(p, 0.9, 11);
  const belt = east < 13 ? 1 : east < 17 ? 0.5 : 0.15;
  if (dune < 0.28 && east > 1.5) return 'hollow';
  if (valueNoise(p, 1.7, 23) < belt * 0.8) return 'dunes';
  return 'steppe';
};
