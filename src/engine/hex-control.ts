/**
 * Who holds the hexes that matter. A hex named by an objective or a milestone is controlled by the last side to have
 * an active unit in it alone (a routed unit running through takes nothing; a contested hex keeps its last holder). `state.control` only
 * lists hexes that someone has held, sorted by key, so it stays small and canonical.
 */
import { hexKey, type Axial } from './hex';
import { objectiveHexes } from './objectives';
import type { GameSetup, GameState } from './types';
import type { Side } from './vocabulary';
import { patchState } from './state-shape';

const trackedCache = new WeakMap<GameSetup, readonly string[]>();

/** The keys ("q,r") of every objective and milestone hex of a setup, sorted. */
export const trackedHexes = (setup: GameSetup): readonly string[] => {
  let keys = trackedCache.get(setup);
  if (!keys) {
    const all = new Set<string>();
    const add = (hexes: readonly Axial[] | undefined): void => hexes?.forEach((h) => all.add(hexKey(h)));
    for (const o of setup.objectives) add(objectiveHexes(o));
    for (const m of setup.milestones) if (m.when.kind === 'hex-taken' || m.when.kind === 'side-cleared') add(m.when.hexes);
    keys = [...all].sort();
    trackedCache.set(setup, keys);
  }
  return keys;
};

/** State with `control` brought up to date with where units stand now (the same object if nothing changed). */
export const updateControl = (state: GameState): GameState => {
  const keys = trackedHexes(state.setup);
  if (keys.length === 0) return state;
  const tracked = new Set(keys);
  const present = new Map<string, number>(); // bit 1: soviet, bit 2: japanese
  for (const u of state.units) {
    if (!u.hex || u.status !== 'active') continue;
    const k = hexKey(u.hex);
    if (!tracked.has(k)) continue;
    present.set(k, (present.get(k) ?? 0) | (u.side === 'soviet' ? 1 : 2));
  }
  let changed = false;
  const next: Record<string, Side> = { ...state.control };
  for (const [k, bits] of present) {
    const holder: Side | null = bits === 1 ? 'soviet' : bits === 2 ? 'japanese' : null;
    if (holder && next[k] !== holder) {
      next[k] = holder;
      changed = true;
    }
  }
  if (!changed) return state;
  const sorted: Record<string, Side> = {};
  for (const k of Object.keys(next).sort()) sorted[k] = next[k]!;
  return patchState(state, { control: sorted });
};

/** Who controls a hex, or null if nobody has held it. */
export const controller = (state: GameState, h: Axial): Side | null => state.control[hexKey(h)] ?? null;
