/**
 * Putting counters on a drawn map: each unit asks for a km point or a named place, and gets the nearest free hex on
 * the same bank of the Khalkhin Gol that is not a lake, so a scenario author can think in the historical layout
 * ("Bykov's line, 2 km east of the bridge") rather than in hex numbers. One counter per hex at the start keeps the
 * opening picture readable and inside any stacking limit.
 */
import { bankOf, hexCentre, kmToHex, onFrame, type DrawnMap, type Frame, type Offset } from './draw-map';
import { place, type Km } from './geography';

/** Where a unit should stand: a km point, or a named place with an optional km offset. */
export type Spot = Km | { readonly place: string; readonly dx?: number; readonly dy?: number };

export const spotKm = (s: Spot): Km => {
  if ('place' in s) {
    const p = place(s.place).at;
    return { x: p.x + (s.dx ?? 0), y: p.y + (s.dy ?? 0) };
  }
  return s;
};

export interface Placer {
  /** The nearest free hex to a spot, on the spot's bank; marks it taken. */
  readonly put: (s: Spot) => Offset;
  /** The hex nearest a spot (no occupancy), for objectives and plan targets. */
  readonly hex: (s: Spot) => Offset;
  /** Mark a hex as taken (e.g. by a unit placed by hand). */
  readonly take: (h: Offset) => void;
}

export const makePlacer = (f: Frame, map: DrawnMap): Placer => {
  const taken = new Set<string>();
  const key = (h: Offset): string => `${h[0]},${h[1]}`;
  const hexes: Offset[] = [];
  for (let row = 0; row < f.height; row++) for (let col = 0; col < f.width; col++) hexes.push([col, row]);
  const clamp = (h: Offset): Offset => [Math.max(0, Math.min(f.width - 1, h[0])), Math.max(0, Math.min(f.height - 1, h[1]))];
  const hex = (s: Spot): Offset => {
    if ('place' in s && s.dx === undefined && s.dy === undefined) {
      const h = map.placeHex(s.place);
      if (onFrame(f, h[0], h[1])) return h;
    }
    return clamp(kmToHex(f, spotKm(s)));
  };
  const put = (s: Spot): Offset => {
    const p = spotKm(s);
    const target = hex(s);
    const bank = bankOf(f, target[0], target[1]);
    let best: Offset | undefined;
    let bestD = Infinity;
    for (const h of hexes) {
      if (taken.has(key(h))) continue;
      if (map.terrain[h[1]]![h[0]] === 'lake') continue;
      if (bankOf(f, h[0], h[1]) !== bank) continue;
      const c = hexCentre(f, h[0], h[1]);
      const d = Math.hypot(c.x - p.x, c.y - p.y);
      if (d < bestD) {
        bestD = d;
        best = h;
      }
    }
    if (!best) throw new Error('placement: the map is full');
    taken.add(key(best));
    return best;
  };
  return { put, hex, take: (h) => void taken.add(key(h)) };
};
