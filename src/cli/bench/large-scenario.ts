/**
 * A large scenario built from the August offensive, for measuring what the file limits cost: the August map and
 * its whole battle repeated `across × down` times side by side (units, formations, supply sources, rivers, roads and
 * places copied with their hexes shifted; the objectives, milestones and levers stay those of the first copy). Each
 * copy is a real battle, so the computer plays every one of them as it plays August, and the result is a valid file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIOS_DIR } from '../../game/node';

type Json = Record<string, unknown>;
type Hex = [number, number];

const shiftHex = (h: readonly number[], dc: number, dr: number): number[] => [h[0]! + dc, h[1]! + dr, ...h.slice(2)];

/**
 * The August map repeated `across` × `down` times with the battle in the first `battles` copies (all by default);
 * its id is `large-A-by-D`.
 */
export const tiledAugust = (across: number, down: number, battles = across * down): Json => {
  const base = JSON.parse(readFileSync(join(SCENARIOS_DIR, 'august-offensive.json'), 'utf8')) as Json;
  const map = base.map as Json & { width: number; height: number; terrain: string[]; elevation: Json & { rows: string[] } };
  const w = map.width;
  const h = map.height;
  const tiles: { suffix: string; dc: number; dr: number }[] = [];
  // Rows shift by the map height; it is even (66), so odd rows stay odd and every neighbour stays a neighbour.
  if (h % 2 !== 0) throw new Error('bench: the August map height must be even to tile it');
  for (let j = 0; j < down; j++) for (let i = 0; i < across; i++) tiles.push({ suffix: i === 0 && j === 0 ? '' : `-t${i}-${j}`, dc: i * w, dr: j * h });

  const repeatRows = (rows: string[]): string[] => Array.from({ length: h * down }, (_, r) => rows[r % h]!.repeat(across));
  const copyIds = <T extends Json>(items: T[], fn: (item: T, t: (typeof tiles)[number]) => T): T[] => tiles.flatMap((t) => items.map((x) => fn(x, t)));
  const inBattles = tiles.slice(0, battles);
  const copyBattle = <T extends Json>(items: T[], fn: (item: T, t: (typeof tiles)[number]) => T): T[] => inBattles.flatMap((t) => items.map((x) => fn(x, t)));
  const unitId = (id: string, suffix: string): string => `${id}${suffix}`;

  const units = copyBattle(base.units as Json[], (u, t) => ({
    ...u,
    id: unitId(u.id as string, t.suffix),
    ...(u.at ? { at: shiftHex(u.at as Hex, t.dc, t.dr) } : {}),
    ...(u.arrives ? { arrives: { ...(u.arrives as Json), at: shiftHex((u.arrives as { at: Hex }).at, t.dc, t.dr) } } : {}),
  }));
  const shiftTask = (task: Json, t: (typeof tiles)[number]): Json => ({
    ...task,
    hexes: (task.hexes as Hex[]).map((x) => shiftHex(x, t.dc, t.dr)),
    ...(task.withInfantry ? { withInfantry: (task.withInfantry as string[]).map((id) => `${id}${t.suffix}`) } : {}),
  });
  const plan = base.aiPlan as Record<'soviet' | 'japanese', { formations: Json[] }>;
  const formations = (side: 'soviet' | 'japanese'): Json[] =>
    copyBattle(plan[side].formations, (f, t) => ({
      ...f,
      id: `${f.id as string}${t.suffix}`,
      units: (f.units as string[]).map((id) => unitId(id, t.suffix)),
      task: shiftTask(f.task as Json, t),
      triggers: ((f.triggers as Json[] | undefined) ?? []).map((tr) => {
        const when = tr.when as Json;
        return {
          when: when.kind === 'enemy-seen' ? { ...when, hexes: (when.hexes as Hex[]).map((x) => shiftHex(x, t.dc, t.dr)) } : when,
          task: shiftTask(tr.task as Json, t),
        };
      }),
    }));
  const sides = base.sides as Record<'soviet' | 'japanese', Json & { supplySources: Json[] }>;
  const side = (s: 'soviet' | 'japanese'): Json => ({
    ...sides[s],
    supplySources: copyBattle(sides[s].supplySources, (x, t) => ({ ...x, id: `${x.id as string}${t.suffix}`, at: shiftHex(x.at as Hex, t.dc, t.dr) })),
  });
  return {
    ...base,
    id: `large-${across}-by-${down}`,
    map: {
      ...map,
      width: w * across,
      height: h * down,
      terrain: repeatRows(map.terrain),
      elevation: { ...map.elevation, rows: repeatRows(map.elevation.rows) },
      rivers: copyIds(map.rivers as Json[], (r, t) => ({ ...r, sides: (r.sides as number[][]).map((s) => shiftHex(s, t.dc, t.dr)) })),
      crossings: copyIds(map.crossings as Json[], (c, t) => ({ ...c, id: `${c.id as string}${t.suffix}`, side: shiftHex(c.side as number[], t.dc, t.dr) })),
      roads: copyIds(map.roads as Json[], (r, t) => ({ ...r, path: (r.path as Hex[]).map((x) => shiftHex(x, t.dc, t.dr)) })),
      places: copyIds(map.places as Json[], (p, t) => ({ ...p, id: `${p.id as string}${t.suffix}`, at: shiftHex(p.at as Hex, t.dc, t.dr) })),
    },
    sides: { soviet: side('soviet'), japanese: side('japanese') },
    units,
    aiPlan: { soviet: { formations: formations('soviet') }, japanese: { formations: formations('japanese') } },
  };
};
