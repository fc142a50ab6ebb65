/** docs/movement-rules.md states the movement tables for players; this keeps it true to the code. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_MP } from '../../src/engine/mobility';
import { RIVER_COSTS, ROAD_COSTS, SLOPE_COSTS, SLOPE_THRESHOLDS, TERRAIN_COSTS } from '../../src/engine/movement-costs';
import { BASE_STACK_POINTS, MAX_UNITS_PER_HEX, STACK_POINTS } from '../../src/engine/stacking';
import { PONTOON_TURNS } from '../../src/engine/bridging';
import { MEN_PER_TRUCK } from '../../src/engine/mobility';
import type { MobilityClass } from '../../src/engine/vocabulary';

const DOC = readFileSync(new URL('../../docs/movement-rules.md', import.meta.url), 'utf8');
const CLASSES: readonly MobilityClass[] = ['foot', 'horse', 'wheeled', 'tracked'];

/** The body rows of the markdown table whose header starts with `| first |`, as cells. */
const table = (first: string): string[][] => {
  const lines = DOC.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  expect(start, `table "${first}" in docs/movement-rules.md`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!.split('|').slice(1, -1).map((c) => c.trim()));
  return rows;
};
const cost = (cell: string): number | null => (cell === '–' ? null : Number(cell));

describe('docs/movement-rules.md', () => {
  it('gives the terrain costs of movement-costs.ts', () => {
    const rows = table('terrain');
    expect(rows.map((r) => r[0])).toEqual(Object.keys(TERRAIN_COSTS));
    for (const [name, ...cells] of rows) expect(cells.map(cost)).toEqual(CLASSES.map((c) => TERRAIN_COSTS[name as keyof typeof TERRAIN_COSTS][c]));
  });

  it('gives the road, slope and river costs', () => {
    for (const [name, ...cells] of table('along a')) expect(cells.map(cost)).toEqual(CLASSES.map((c) => ROAD_COSTS[name as 'road' | 'track'][c]));
    const [moderate, steep] = table('slope between hex centres');
    expect(moderate!.slice(1).map(cost)).toEqual(CLASSES.map((c) => SLOPE_COSTS.moderate[c]));
    expect(steep!.slice(1).map(cost)).toEqual(CLASSES.map((c) => SLOPE_COSTS.steep[c]));
    expect(moderate![0]).toContain(`from ${SLOPE_THRESHOLDS.moderate} m per km`);
    expect(steep![0]).toContain(`from ${SLOPE_THRESHOLDS.steep} m per km`);
    const rivers = table('river hexside, crossing');
    const expected = [
      RIVER_COSTS.major.none,
      RIVER_COSTS.major.bridge,
      RIVER_COSTS.major.pontoon,
      RIVER_COSTS.major.ford,
      RIVER_COSTS.minor.none,
      RIVER_COSTS.minor.ford,
      RIVER_COSTS.minor.bridge,
    ];
    expect(rivers.map((r) => r.slice(1).map(cost))).toEqual(expected.map((e) => CLASSES.map((c) => e[c])));
    expect(RIVER_COSTS.minor.pontoon).toEqual(RIVER_COSTS.minor.bridge);
  });

  it('gives the allowances, stacking and bridging numbers', () => {
    for (const [name, mp] of table('class')) expect(Number(mp)).toBe(BASE_MP[name as MobilityClass]);
    expect(DOC).toContain(`one truck for every ${MEN_PER_TRUCK} men`);
    expect(DOC).toContain(`at most ${MAX_UNITS_PER_HEX} units`);
    expect(BASE_STACK_POINTS).toBe(2 * STACK_POINTS.battalion);
    expect(DOC).toContain(`a battalion counts ${STACK_POINTS.battalion}, a company ${STACK_POINTS.company}, a platoon\n${STACK_POINTS.platoon}`);
    expect(DOC).toContain(`it takes\n${PONTOON_TURNS} turns of work`);
  });
});
