/**
 * Colours of the game. Terrain is muted so counters stand out; the two sides use blue and orange, a pair that
 * people with red–green colour blindness (the common kinds) still tell apart, and counters add a second cue
 * (Soviet counters are plain, Japanese counters carry a diagonal band) so colour is never the only signal.
 */
import type { Side, Terrain } from '../../engine';

export const TERRAIN_COLOURS: Readonly<Record<Terrain, string>> = {
  steppe: '#c8c48c',
  dunes: '#e2cf94',
  hollow: '#a8a575',
  marsh: '#92ad97',
  floodplain: '#a3bf88',
  heights: '#bc9f6c',
  lake: '#6e9dc6',
  village: '#d2c2a6',
};

export const TERRAIN_NAMES: Readonly<Record<Terrain, string>> = {
  steppe: 'Open steppe',
  dunes: 'Sand dunes and hillocks',
  hollow: 'Hollows and ravines',
  marsh: 'Marsh and salt marsh',
  floodplain: 'River floodplain',
  heights: 'Heights',
  lake: 'Lake',
  village: 'Settlement',
};

export interface SideColours {
  /** Counter fill. */
  readonly fill: string;
  /** Counter frame and symbol. */
  readonly ink: string;
  /** Highlights and strength bar. */
  readonly accent: string;
  readonly name: string;
}

export const SIDE_COLOURS: Readonly<Record<Side, SideColours>> = {
  soviet: { fill: '#9cc3e6', ink: '#0d2a4a', accent: '#1f5fa8', name: 'Soviet–Mongolian' },
  japanese: { fill: '#f2b36b', ink: '#3d1f00', accent: '#c25e00', name: 'Japanese–Manchukuoan' },
};

export const RIVER_COLOURS = { major: '#2d68b0', minor: '#4d8fd4' } as const;
export const ROAD_COLOURS = { road: '#6b4a2b', track: '#8a6b45' } as const;

/** Multiplies an "#rrggbb" colour's channels by `factor` (above 1 lightens) and returns "#rrggbb". */
export const shade = (hex: string, factor: number): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  const ch = (v: number) => Math.max(0, Math.min(255, Math.round(v * factor)));
  const r = ch((n >> 16) & 255);
  const g = ch((n >> 8) & 255);
  const b = ch(n & 255);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
};

/** "#rrggbb" → 0xrrggbb for Phaser. */
export const toNumber = (hex: string): number => Number.parseInt(hex.slice(1), 16);
