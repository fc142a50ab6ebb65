/**
 * The overlays a player lays over the map, as marked hexes (the scene draws them): the side's supply (how far its
 * lorries reach, and which of its units are short of supply or cut off), the enemy's zones of control, and what the
 * side can see. Every fact comes from the rules port; this only chooses colours and marks.
 */
import { indexOf, type GameState, type Side } from '../../engine';
import type { HexMark } from '../render/overlay-painter';
import type { SupplyView } from './rules-port';

export type MapOverlay = 'supply' | 'zoc' | 'sight';
export type OverlayName = MapOverlay | 'legend';
export const OVERLAY_NAMES: readonly OverlayName[] = ['supply', 'zoc', 'sight', 'legend'];

/** Button words and their tooltips (with the key). */
export const OVERLAY_LABELS: Readonly<Record<OverlayName, { readonly label: string; readonly title: string; readonly key: string }>> = {
  supply: { label: 'Supply', key: 'U', title: 'Supply: how far your lorries reach (green, paler further out) and which units are short (amber !) or cut off (red ✕) (U)' },
  zoc: { label: 'Enemy ZOC', key: 'C', title: 'Enemy zones of control: hexes next to enemy units you can see, where your units must stop (C)' },
  sight: { label: 'Sight', key: 'V', title: 'What your side can see now: hexes in sight are outlined; enemy units elsewhere are hidden (V)' },
  legend: { label: 'Terrain', key: 'L', title: 'Terrain legend: movement costs per terrain for the selected unit (L)' },
};

/** Lorry reach (paler towards the range's end) and the supply state of each own unit's hex. */
export const supplyMarks = (state: GameState, supply: SupplyView): HexMark[] => {
  const map = state.setup.map;
  const out = new Map<number, HexMark>();
  supply.distances.forEach((d, i) => {
    if (!Number.isFinite(d)) return;
    const alpha = 0.34 - 0.22 * Math.min(1, d / Math.max(1, supply.range));
    out.set(i, { index: i, fill: `rgba(30,150,70,${alpha.toFixed(3)})` });
  });
  // Each hex's worst state among its own units.
  const rank = { supplied: 0, limited: 1, cut: 2 } as const;
  const worst = new Map<number, keyof typeof rank>();
  for (const u of state.units) {
    const s = supply.units.get(u.id);
    if (!s || !u.hex) continue;
    const i = indexOf(map, u.hex);
    const was = worst.get(i);
    if (!was || rank[s] > rank[was]) worst.set(i, s);
  }
  for (const [i, s] of worst) {
    if (s === 'supplied') out.set(i, { index: i, fill: out.get(i)?.fill ?? 'rgba(30,150,70,0.2)', stroke: 'rgba(20,110,40,0.95)' });
    else if (s === 'limited') out.set(i, { index: i, fill: 'rgba(240,180,0,0.45)', stroke: '#b07800', text: '!' });
    else out.set(i, { index: i, fill: 'rgba(200,30,30,0.45)', stroke: '#8b0000', text: '✕' });
  }
  return [...out.values()];
};

/** The enemy's zones of control (per hex 1), shaded red. */
export const zocMarks = (zones: Uint8Array): HexMark[] => {
  const out: HexMark[] = [];
  zones.forEach((z, i) => {
    if (z) out.push({ index: i, fill: 'rgba(215,25,28,0.24)', stroke: 'rgba(150,0,0,0.55)' });
  });
  return out;
};

/** The hexes in sight now, outlined and lightened (the fog already darkens the rest). */
export const sightMarks = (visible: Uint8Array): HexMark[] => {
  const out: HexMark[] = [];
  visible.forEach((v, i) => {
    if (v) out.push({ index: i, fill: 'rgba(255,255,240,0.16)', stroke: 'rgba(255,255,255,0.6)' });
  });
  return out;
};

/** Marks for one overlay, from what the side knows. */
export const overlayMarks = (name: MapOverlay, input: { state: GameState; side: Side; visible: Uint8Array; supply: () => SupplyView; zones: () => Uint8Array }): HexMark[] =>
  name === 'supply' ? supplyMarks(input.state, input.supply()) : name === 'zoc' ? zocMarks(input.zones()) : sightMarks(input.visible);
