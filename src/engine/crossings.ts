/**
 * River crossings as they stand in a game: the map's bridges, fords and pontoons, plus pontoons engineers have finished
 * in play (`state.pontoons`), minus crossings destroyed in play (`state.destroyedCrossings`). Hexsides are named by
 * an edge key "index:direction" taken from the lower-indexed of the two hexes, so both hexes name a side the same way.
 */
import { opposite, type Direction } from './hex';
import type { MapData } from './map';
import type { GameState } from './types';
import type { Crossing } from './vocabulary';

/** The canonical key of the hexside between hex `index` and its neighbour in `direction`. */
export const edgeKey = (map: Pick<MapData, 'neighbours'>, index: number, direction: Direction): string => {
  const other = map.neighbours[index * 6 + direction] ?? -1;
  if (other >= 0 && other < index) return `${other}:${opposite(direction)}`;
  return `${index}:${direction}`;
};

/** The hex index and direction an edge key names, or null for a malformed key. */
export const parseEdgeKey = (key: string): { index: number; direction: Direction } | null => {
  const m = /^(\d+):([0-5])$/.exec(key);
  if (!m) return null;
  return { index: Number(m[1]), direction: Number(m[2]) as Direction };
};

/** Whether the pontoon on this edge is finished (so it carries traffic). */
const pontoonBuilt = (state: Pick<GameState, 'pontoons'>, key: string): boolean => {
  for (const p of state.pontoons) if (p.edge === key) return p.progress >= p.needed;
  return false;
};

/**
 * The crossing a unit can use over the hexside of `index` in `direction` right now: a destroyed crossing is gone
 * whatever the map says; otherwise a map bridge stays a bridge, and a finished pontoon beats a ford or nothing (it
 * carries wheels, which a ford does not).
 */
export const crossingAt = (
  state: Pick<GameState, 'setup' | 'pontoons' | 'destroyedCrossings'>,
  index: number,
  direction: Direction,
): Crossing => {
  const map = state.setup.map;
  if (state.pontoons.length === 0 && state.destroyedCrossings.length === 0) return map.crossing[index * 6 + direction] ?? 'none';
  const key = edgeKey(map, index, direction);
  if (state.destroyedCrossings.includes(key)) return 'none';
  const fixed = map.crossing[index * 6 + direction] ?? 'none';
  if (fixed === 'bridge') return 'bridge';
  if (pontoonBuilt(state, key)) return 'pontoon';
  return fixed;
};

/** Edge keys whose crossing in play differs from the map's (finished pontoons and destroyed crossings), sorted. */
export const changedCrossingEdges = (state: Pick<GameState, 'pontoons' | 'destroyedCrossings'>): string[] => {
  const keys = new Set<string>(state.destroyedCrossings);
  for (const p of state.pontoons) if (p.progress >= p.needed) keys.add(p.edge);
  return [...keys].sort();
};
