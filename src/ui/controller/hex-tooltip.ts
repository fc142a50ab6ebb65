/**
 * The tooltip over a hex: its terrain and height, the rivers, crossings and roads on its sides, a named place, and
 * the counters a side sees there. Plain text lines, so the HUD only has to show them.
 */
import { indexOf, offsetOfIndex, type MapData, type Unit } from '../../engine';
import { TERRAIN_NAMES } from '../render/palette';

const SIDE = ['E', 'SE', 'SW', 'W', 'NW', 'NE'] as const;

export const hexTooltip = (map: MapData, index: number, units: readonly Unit[], visible: boolean): string[] => {
  if (index < 0 || index >= map.width * map.height) return [];
  const { col, row } = offsetOfIndex(map, index);
  const lines = [`${TERRAIN_NAMES[map.terrain[index]!]}, ${map.elevation[index]} m  [${col}, ${row}]`];
  const place = map.places.find((p) => indexOf(map, p.hex) === index);
  if (place) lines.unshift(place.name);
  const sides: string[] = [];
  for (let d = 0; d < 6; d++) {
    const e = index * 6 + d;
    const river = map.river[e];
    const crossing = map.crossing[e];
    if (river && river !== 'none') sides.push(`${river === 'major' ? 'river' : 'stream'} ${SIDE[d]}${crossing && crossing !== 'none' ? ` (${crossing})` : ''}`);
  }
  if (sides.length > 0) lines.push(`Sides: ${sides.join(', ')}`);
  const roads = [...new Set([0, 1, 2, 3, 4, 5].map((d) => map.road[index * 6 + d]).filter((r) => r && r !== 'none'))];
  if (roads.length > 0) lines.push(roads.join(' and '));
  if (!visible) lines.push('Out of sight: enemy units here would be hidden.');
  for (const u of units) lines.push(`${u.label}: ${u.men} men${u.status === 'routed' ? ', routed' : ''}`);
  return lines;
};
