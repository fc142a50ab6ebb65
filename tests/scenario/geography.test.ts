/**
 * The maps show the real ground (facts.md §A): the Khalkhin Gol runs unbroken from the north edge to the south edge,
 * the Kawatama bridge spans it where the Holsten comes in from the east, Nomonhan lies about 13 km east of the river,
 * the west bank stands above the east bank at the bridge, and the named places and heights are on the map.
 */
import { describe, expect, it } from 'vitest';
import type { MapData } from '../../src/engine/map';
import { dirIndex, engineMap, indexOfOffset, loadScenario, SCENARIO_IDS, type RawScenario } from './bundled-scenarios';

/** Hexes reachable from `start` without crossing a major-river hexside (crossings ignored). */
const floodWithoutCrossing = (map: MapData, start: number[]): Uint8Array => {
  const seen = new Uint8Array(map.width * map.height);
  const queue = [...start];
  for (const i of start) seen[i] = 1;
  while (queue.length > 0) {
    const i = queue.pop()!;
    for (let d = 0; d < 6; d++) {
      const j = map.neighbours[i * 6 + d]!;
      if (j < 0 || seen[j] || map.river[i * 6 + d] === 'major') continue;
      seen[j] = 1;
      queue.push(j);
    }
  }
  return seen;
};

const westEdge = (map: MapData): number[] => Array.from({ length: map.height }, (_, row) => row * map.width);
const eastEdge = (map: MapData): number[] => Array.from({ length: map.height }, (_, row) => row * map.width + map.width - 1);

/** Column of the westmost major-river hexside in a row, read from the engine map. */
const riverColumn = (map: MapData, row: number): number => {
  for (let col = 0; col < map.width; col++) {
    const i = row * map.width + col;
    if (map.river[i * 6 + 0] === 'major') return col + 0.5; // the river runs on the east side of this hex
  }
  return Number.NaN;
};

const placeAt = (s: RawScenario, id: string): [number, number] => {
  const p = s.map.places.find((q) => q.id === id);
  if (!p) throw new Error(`${s.id}: no place ${id}`);
  return p.at;
};

// A hill's number is its height: the Fui Heights are Hill 721 and the Remizov heights Hill 733 on Soviet maps.
const HEIGHTS: Record<string, number> = { 'hill-742': 742, 'hill-754': 754, 'hill-731': 731, 'hill-755': 755, 'hill-733': 733, 'fui-heights': 721, 'remizov-heights': 733 };
const REQUIRED_PLACES: Record<string, string[]> = {
  'azuma-encirclement': ['kawatama-bridge', 'nomonhan', 'khamar-daba', 'bykov-line', 'azuma-halt', 'hill-733', 'noro-heights', 'hill-755'],
  'yasuoka-night-attack': ['kawatama-bridge', 'nomonhan', 'khamar-daba', 'baintsagan', 'furthest-2-28', 'hill-733', 'hill-731', 'hill-755', 'noro-heights', 'remizov-heights', 'fui-heights'],
  'august-offensive': ['kawatama-bridge', 'nomonhan', 'khamar-daba', 'baintsagan', 'hill-742', 'hill-754', 'hill-731', 'hill-733', 'hill-755', 'noro-heights', 'moko-heights', 'remizov-heights', 'fui-heights'],
};

describe.each(SCENARIO_IDS)('%s: geography', (id) => {
  const s = loadScenario(id);
  const map = engineMap(s);
  const km = s.map.hexMetres / 1000;

  it('declares its scale: 500 m or 1 km per hex', () => {
    expect([500, 1000]).toContain(s.map.hexMetres);
    expect(s.map.terrain).toHaveLength(s.map.height);
    for (const row of s.map.terrain) expect(row).toHaveLength(s.map.width);
  });

  it('the Khalkhin Gol is continuous from the north edge to the south edge and splits the map in two banks', () => {
    const west = floodWithoutCrossing(map, westEdge(map));
    for (const i of eastEdge(map)) expect(west[i], `east-edge hex ${i} reachable from the west without a crossing`).toBe(0);
    // It reaches both the north and the south edge.
    const major = s.map.rivers.filter((r) => r.kind === 'major').flatMap((r) => r.sides);
    expect(Math.min(...major.map((x) => x[1]))).toBe(0);
    expect(Math.max(...major.map((x) => x[1]))).toBeGreaterThanOrEqual(s.map.height - 2);
    // And with the bridge open, the banks join.
    const withBridge = (() => {
      const seen = new Uint8Array(map.width * map.height);
      const queue = westEdge(map);
      for (const i of queue) seen[i] = 1;
      while (queue.length > 0) {
        const i = queue.pop()!;
        for (let d = 0; d < 6; d++) {
          const j = map.neighbours[i * 6 + d]!;
          if (j < 0 || seen[j]) continue;
          if (map.river[i * 6 + d] === 'major' && map.crossing[i * 6 + d] === 'none') continue;
          seen[j] = 1;
          queue.push(j);
        }
      }
      return seen;
    })();
    expect(eastEdge(map).some((i) => withBridge[i] === 1)).toBe(true);
  });

  it('the Kawatama bridge is on the Khalkhin Gol where the Holsten joins it from the east', () => {
    const bridge = s.map.crossings.find((c) => c.id === 'kawatama-bridge')!;
    expect(bridge.kind).toBe('bridge');
    const i = indexOfOffset(map, bridge.side);
    const d = dirIndex(bridge.side[2]);
    expect(map.river[i * 6 + d]).toBe('major');
    // The Holsten's mouth: a minor-river side on a hex of the bridge or next to one.
    const j = map.neighbours[i * 6 + d]!;
    const nearBridge = new Set([i, j, ...[0, 1, 2, 3, 4, 5].flatMap((k) => [map.neighbours[i * 6 + k]!, map.neighbours[j * 6 + k]!])]);
    const minorAt = (h: number): boolean => h >= 0 && [0, 1, 2, 3, 4, 5].some((k) => map.river[h * 6 + k] === 'minor');
    expect([...nearBridge].some(minorAt)).toBe(true);
    // The Holsten lies wholly east of the Khalkhin Gol.
    const west = floodWithoutCrossing(map, westEdge(map));
    for (const r of s.map.rivers.filter((x) => x.kind === 'minor')) {
      for (const side of r.sides) expect(west[indexOfOffset(map, side)], `${side}`).toBe(0);
    }
    // There is a Soviet pontoon over the Holsten too [DREA-RU litmir p=24].
    const pontoon = s.map.crossings.find((c) => c.id === 'holsten-pontoon')!;
    expect(map.river[indexOfOffset(map, pontoon.side) * 6 + dirIndex(pontoon.side[2])]).toBe('minor');
  });

  // Facts §A5's layout grid puts Nomonhan at (12.5, 4.8) km from the junction, where the river runs about 0.6 km
  // west of the junction's meridian: about 13.1 km east of the river (WP-NBO: 10–20 km; SEED's rougher "about 16").
  it('Nomonhan is 12–14.5 km east of the river (layout grid of facts §A5)', () => {
    const [col, row] = placeAt(s, 'nomonhan');
    const x = col + (row & 1) * 0.5;
    const river = riverColumn(map, row) + (row & 1) * 0.5;
    const kmEast = (x - river) * km;
    expect(kmEast).toBeGreaterThanOrEqual(12);
    expect(kmEast).toBeLessThanOrEqual(14.5);
  });

  it('the west bank stands higher than the east bank within 3 km of the bridge', () => {
    const bridge = s.map.crossings.find((c) => c.id === 'kawatama-bridge')!;
    const bi = indexOfOffset(map, bridge.side);
    const west = floodWithoutCrossing(map, westEdge(map));
    const [bc, br] = bridge.side;
    const reach = Math.round(3 / km);
    const sums = { west: [0, 0], east: [0, 0] };
    for (let row = Math.max(0, br - reach); row <= Math.min(map.height - 1, br + reach); row++) {
      for (let col = Math.max(0, bc - reach); col <= Math.min(map.width - 1, bc + reach); col++) {
        const i = row * map.width + col;
        const bank = west[i] ? sums.west : sums.east;
        bank[0]! += map.elevation[i]!;
        bank[1]! += 1;
      }
    }
    expect(bi).toBeGreaterThanOrEqual(0);
    const meanWest = sums.west[0]! / sums.west[1]!;
    const meanEast = sums.east[0]! / sums.east[1]!;
    // Facts §A2/§A5: the west-bank tableland stands 40–50 m above the river; seen from the east it is a wall.
    expect(meanWest - meanEast).toBeGreaterThan(10);
    // The escarpment itself: the highest west-bank hex near the bridge is at least 40 m above the river floor.
    const floor = map.elevation[bi]!;
    let maxWest = 0;
    for (let i = 0; i < map.elevation.length; i++) if (west[i] && Math.abs((i % map.width) - bc) <= reach && Math.abs(Math.floor(i / map.width) - br) <= reach) maxWest = Math.max(maxWest, map.elevation[i]!);
    expect(maxWest - floor).toBeGreaterThanOrEqual(40);
  });

  it('the west bank commands the east bank along the whole river, and the river runs north', () => {
    const west = floodWithoutCrossing(map, westEdge(map));
    const band = { west: [0, 0], east: [0, 0] };
    const floor: number[] = [];
    for (let row = 0; row < map.height; row++) {
      const river = riverColumn(map, row);
      floor.push(map.elevation[row * map.width + Math.floor(river)]!);
      for (let col = 0; col < map.width; col++) {
        const i = row * map.width + col;
        const kmFromRiver = Math.abs(col + 0.5 - river) * km;
        if (kmFromRiver < 2 || kmFromRiver > 6 || map.terrain[i] === 'heights') continue;
        const b = west[i] ? band.west : band.east;
        b[0]! += map.elevation[i]!;
        b[1]! += 1;
      }
    }
    // Facts §A2: the high west bank looks like a wall from the east; its guns enfiladed the east bank.
    expect(band.west[0]! / band.west[1]!).toBeGreaterThan(band.east[0]! / band.east[1]! + 10);
    // Downstream is north (towards Lake Buir): the valley floor at the north edge is no higher than at the south edge.
    expect(floor[0]!).toBeLessThanOrEqual(floor[floor.length - 1]!);
  });

  it('has the named places of facts.md §A3/§A5 on the right bank, and the hills carry their numbers', () => {
    const west = floodWithoutCrossing(map, westEdge(map));
    for (const p of REQUIRED_PLACES[id]!) expect(s.map.places.map((q) => q.id), p).toContain(p);
    for (const p of s.map.places) {
      const i = indexOfOffset(map, p.at);
      expect(i, p.id).toBeGreaterThanOrEqual(0);
      const onWest = west[i] === 1;
      if (['khamar-daba', 'baintsagan'].includes(p.id)) expect(onWest, `${p.id} on the west bank`).toBe(true);
      if (['nomonhan', 'bykov-line', 'azuma-halt', 'hill-742', 'hill-754', 'hill-731', 'hill-733', 'hill-755', 'noro-heights', 'remizov-heights', 'fui-heights'].includes(p.id)) {
        expect(onWest, `${p.id} on the east bank`).toBe(false);
      }
      const n = HEIGHTS[p.id];
      // Elevation digits hold 5 m steps, so a hill's number is kept to within 3 m.
      if (n !== undefined) expect(Math.abs(map.elevation[i]! - n), p.id).toBeLessThanOrEqual(3);
      if (p.kind === 'height') expect(map.terrain[i], p.id).toBe('heights');
    }
  });

  it('places Bykov\'s line 1.6–3.2 km and Azuma\'s halt about 2 km from the bridge when they are on the map', () => {
    const bridge = s.map.crossings.find((c) => c.id === 'kawatama-bridge')!;
    const kmBetween = (a: [number, number], b: [number, number]): number => {
      const ax = a[0] + (a[1] & 1) * 0.5;
      const bx = b[0] + (b[1] & 1) * 0.5;
      return Math.hypot(ax - bx, (a[1] - b[1]) * 0.866) * km;
    };
    const b: [number, number] = [bridge.side[0], bridge.side[1]];
    const byId = new Map(s.map.places.map((p) => [p.id, p.at]));
    if (byId.has('bykov-line')) {
      const d = kmBetween(byId.get('bykov-line')!, b);
      expect(d).toBeGreaterThanOrEqual(1.6 - km);
      expect(d).toBeLessThanOrEqual(3.2 + km);
    }
    if (byId.has('azuma-halt')) expect(Math.abs(kmBetween(byId.get('azuma-halt')!, b) - 2)).toBeLessThanOrEqual(0.75);
    if (byId.has('furthest-2-28')) expect(Math.abs(kmBetween(byId.get('furthest-2-28')!, b) - 1.8)).toBeLessThanOrEqual(0.75);
  });

  it('roads and tracks cross the Khalkhin Gol only at a crossing, and have sand dunes, hollows and marsh on the east bank', () => {
    for (const r of s.map.roads) {
      for (let k = 0; k + 1 < r.path.length; k++) {
        const i = indexOfOffset(map, r.path[k]!);
        const j = indexOfOffset(map, r.path[k + 1]!);
        const d = [0, 1, 2, 3, 4, 5].find((x) => map.neighbours[i * 6 + x] === j);
        expect(d, `${r.name} step ${k} is between neighbours`).toBeDefined();
        if (map.river[i * 6 + d!] === 'major') expect(map.crossing[i * 6 + d!], r.name).not.toBe('none');
      }
    }
    const west = floodWithoutCrossing(map, westEdge(map));
    const eastTerrain = new Set(map.terrain.filter((_, i) => !west[i]));
    for (const t of ['dunes', 'hollow', 'marsh', 'floodplain', 'heights'] as const) expect(eastTerrain, t).toContain(t);
  });
});
