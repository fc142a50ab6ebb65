/**
 * Checks of the map that the schema cannot make alone: the terrain and elevation pictures have the declared size and
 * only known characters; every river side, crossing, road and place lies on the map; crossings sit on a river and one
 * per hexside; consecutive road hexes are neighbours.
 */
import { distance, offsetToAxial } from '../engine';
import { showHex, showHexside, type CheckContext } from './check-context';
import type { MapDraft } from './draft';

/** Elevation digits: 0–9 then a–z (36 levels). */
export const ELEVATION_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

const checkPicture = (
  ctx: CheckContext,
  path: string,
  rows: readonly string[],
  map: MapDraft,
  valid: (ch: string) => boolean,
  describe: (ch: string, col: number, row: number) => string,
): void => {
  if (rows.length !== map.height) {
    ctx.add(path, `has ${rows.length} rows; the map is ${map.height} rows high`);
  }
  let reported = 0;
  rows.forEach((row, r) => {
    const chars = [...row];
    if (chars.length !== map.width) ctx.add(`${path}[${r}]`, `is ${chars.length} hexes wide; the map is ${map.width} hexes wide`);
    chars.forEach((ch, c) => {
      // A wrong character is usually repeated across a whole region; a few examples are enough to find it.
      if (!valid(ch) && reported < 20) {
        ctx.add(`${path}[${r}]`, describe(ch, c, r));
        reported++;
      }
    });
  });
};

export const checkMap = (ctx: CheckContext, map: MapDraft): void => {
  const legendKeys = Object.keys(map.legend);
  checkPicture(
    ctx,
    'map.terrain',
    map.terrain,
    map,
    (ch) => ch in map.legend,
    (ch, c, r) => `character '${ch}' at column ${c} (hex ${showHex([c, r])}) is not in the legend (${legendKeys.map((k) => `'${k}'`).join(' ')})`,
  );
  checkPicture(
    ctx,
    'map.elevation.rows',
    map.elevation.rows,
    map,
    (ch) => ELEVATION_DIGITS.includes(ch),
    (ch, c, r) => `'${ch}' at column ${c} (hex ${showHex([c, r])}) is not an elevation digit (0–9, then a–z)`,
  );

  const riverEdges = new Map<string, string>();
  map.rivers.forEach((river, i) =>
    river?.sides.forEach((side, k) => {
      const key = ctx.edgeKey(`map.rivers[${i}].sides[${k}]`, side);
      if (key !== undefined && !riverEdges.has(key)) riverEdges.set(key, river.name);
    }),
  );

  const crossingEdges = new Map<string, { id: string; index: number }>();
  map.crossings.forEach((crossing, i) => {
    if (!crossing) return;
    const path = `map.crossings[${i}].side`;
    const key = ctx.edgeKey(path, crossing.side);
    if (key === undefined) return;
    if (!riverEdges.has(key)) {
      ctx.add(path, `${showHexside(crossing.side)} is not a river side; a ${crossing.kind} must cross a river listed in map.rivers`);
    }
    const other = crossingEdges.get(key);
    if (other) {
      ctx.add(
        path,
        `${showHexside(crossing.side)} already has the crossing '${other.id}' (map.crossings[${other.index}]); a hexside takes one crossing`,
      );
    } else crossingEdges.set(key, { id: crossing.id, index: i });
  });

  map.roads.forEach((road, i) => {
    road?.path.forEach((hex, k) => {
      const here = `map.roads[${i}].path[${k}]`;
      if (!ctx.onMap(here, hex) || k === 0) return;
      const prev = road.path[k - 1]!;
      const d = distance(offsetToAxial({ col: prev[0], row: prev[1] }), offsetToAxial({ col: hex[0], row: hex[1] }));
      if (d !== 1) {
        ctx.add(here, `${showHex(hex)} is not next to ${showHex(prev)} (path[${k - 1}]); consecutive road hexes must be neighbours`);
      }
    });
  });

  map.places.forEach((place, i) => place && ctx.onMap(`map.places[${i}].at`, place.at));
};
