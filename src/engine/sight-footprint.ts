/**
 * What one observer sees of ordinary ground: the hexes an observer of a given range class, standing in a given hex,
 * spots at a given visibility when the target is neither revealing itself nor dug in (exposure 100 %). It depends on
 * the map alone, so it is cached per map and reused across every state of a game — a unit that has not moved costs
 * nothing to look again. `vision.ts` unions these and then rechecks the few hexes whose occupants change the answer.
 */
import { blockerBetween, sightTables } from './line-of-sight';
import type { MapData } from './map';
import { CONCEALMENT_PERCENT, NEUTRAL_PERCENT, OVERLOOK_METRES, OVERLOOK_PERCENT, PERCENT4 } from './spotting';

// Footprints per map, keyed by observer hex, range class and visibility. Bounded: a long game with many units moving
// about would otherwise keep every footprint it ever made.
const MAX_FOOTPRINTS = 20_000;
const footprintCache = new WeakMap<MapData, Map<number, Int32Array>>();

const lowestCache = new WeakMap<MapData, number>();
const lowestGround = (map: MapData): number => {
  let low = lowestCache.get(map);
  if (low === undefined) {
    low = map.elevation.reduce((m, e) => Math.min(m, e), Number.POSITIVE_INFINITY);
    lowestCache.set(map, low);
  }
  return low;
};

/**
 * Hex indices (ascending) that an observer at index `oi` with range `kindPercent` spots at `visibilityMetres` when the
 * target's exposure is 100 %: its own hex, its neighbours, and the hexes in range and in line of sight.
 */
export const footprint = (map: MapData, oi: number, kindPercent: number, visibilityMetres: number): Int32Array => {
  let byKey = footprintCache.get(map);
  if (!byKey) {
    byKey = new Map();
    footprintCache.set(map, byKey);
  }
  // Visibility ≤ 10^6 m and percents ≤ 1000 keep this key exact.
  const key = (oi * 1000 + kindPercent) * 1_000_001 + visibilityMetres;
  let f = byKey.get(key);
  if (!f) {
    if (byKey.size >= MAX_FOOTPRINTS) byKey.clear();
    f = computeFootprint(map, oi, kindPercent, visibilityMetres);
    byKey.set(key, f);
  }
  return f;
};

const computeFootprint = (map: MapData, oi: number, kind: number, visibility: number): Int32Array => {
  const { width, height } = map;
  const t = sightTables(map);
  const out: number[] = [];
  const onHeights = map.terrain[oi] === 'heights';
  const oElevation = map.elevation[oi]!;
  const mayOverlook = onHeights || oElevation - lowestGround(map) >= OVERLOOK_METRES;
  const limit = map.hexMetres * PERCENT4;
  // At least 1 so the neighbours are always swept in.
  const reach = Math.max(1, Math.floor((visibility * kind * (mayOverlook ? OVERLOOK_PERCENT : 100) * 100 * NEUTRAL_PERCENT) / limit));
  const oq = t.q[oi]!;
  const or = t.r[oi]!;
  const rMin = Math.max(0, or - reach);
  const rMax = Math.min(height - 1, or + reach);
  for (let r = rMin; r <= rMax; r++) {
    const dr = r - or;
    const qMin = oq + Math.max(-reach, -dr - reach);
    const qMax = oq + Math.min(reach, -dr + reach);
    const shift = (r - (r & 1)) >> 1;
    const cMin = Math.max(0, qMin + shift);
    const cMax = Math.min(width - 1, qMax + shift);
    for (let col = cMin; col <= cMax; col++) {
      const ti = r * width + col;
      const dq = col - shift - oq;
      const dist = (Math.abs(dq) + Math.abs(dr) + Math.abs(dq + dr)) / 2;
      if (dist > 1) {
        const overlook = onHeights || oElevation - map.elevation[ti]! >= OVERLOOK_METRES ? OVERLOOK_PERCENT : 100;
        if (dist * limit > visibility * kind * overlook * CONCEALMENT_PERCENT[map.terrain[ti]!] * NEUTRAL_PERCENT) continue;
        if (blockerBetween(map, t, oi, ti) >= 0) continue;
      }
      out.push(ti);
    }
  }
  return Int32Array.from(out);
};
