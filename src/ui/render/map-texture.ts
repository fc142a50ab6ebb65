/**
 * Bakes a map into an offscreen canvas once, so the battle scene draws the whole terrain as a single image and
 * panning costs one textured quad per frame instead of thousands of polygons.
 */
import type { MapData } from '../../engine';
import { buildGeometry, fittingRadius, type HexGeometry } from './hex-geometry';
import { paintMap } from './map-painter';

/** Largest texture side we ask of the GPU (SwiftShader and phones manage 4096). */
export const MAX_TEXTURE = 4096;
/** Preferred hex radius in texture pixels: large enough for legible labels at zoom 1. */
export const PREFERRED_RADIUS = 30;

/** Most texture pixels the terrain may take in all (its tiles together): about 48 MB of GPU memory. */
export const TERRAIN_PIXEL_BUDGET = 12_000_000;
/** Texture pixels per map pixel are at most this: sharp up to 2× zoom. */
export const MAX_TERRAIN_RESOLUTION = 2;

/** One piece of the terrain picture: a canvas at `resolution` texture pixels per map pixel, placed at (x, y). */
export interface TerrainTile {
  readonly canvas: HTMLCanvasElement;
  readonly x: number;
  readonly y: number;
}

export interface BakedMap {
  /** The map's world geometry (world pixels; the camera zooms this). */
  readonly geometry: HexGeometry;
  /** Texture pixels per world pixel of the terrain tiles. */
  readonly resolution: number;
  readonly tiles: readonly TerrainTile[];
}

/** The terrain's resolution: as high as MAX_TERRAIN_RESOLUTION within the pixel budget. */
export const terrainResolution = (pixelWidth: number, pixelHeight: number): number =>
  Math.max(1, Math.min(MAX_TERRAIN_RESOLUTION, Math.sqrt(TERRAIN_PIXEL_BUDGET / (pixelWidth * pixelHeight))));

/**
 * Bakes the terrain (without place names: the scene draws those above the counters) at a resolution higher than the
 * world's, cut into tiles no larger than MAX_TEXTURE, so it stays sharp when zoomed in.
 */
export const bakeMap = (map: MapData): BakedMap => {
  const geometry = buildGeometry(map, fittingRadius(map, PREFERRED_RADIUS, MAX_TEXTURE));
  const resolution = terrainResolution(geometry.pixelWidth, geometry.pixelHeight);
  const fine = buildGeometry(map, geometry.radius * resolution);
  const tiles: TerrainTile[] = [];
  for (let ty = 0; ty < fine.pixelHeight; ty += MAX_TEXTURE) {
    for (let tx = 0; tx < fine.pixelWidth; tx += MAX_TEXTURE) {
      const canvas = document.createElement('canvas');
      canvas.width = Math.min(MAX_TEXTURE, fine.pixelWidth - tx);
      canvas.height = Math.min(MAX_TEXTURE, fine.pixelHeight - ty);
      const ctx = canvas.getContext('2d');
      if (ctx) {
        ctx.translate(-tx, -ty);
        paintMap(ctx, map, fine, { detail: true, labels: false });
      }
      tiles.push({ canvas, x: tx / resolution, y: ty / resolution });
    }
  }
  return { geometry, resolution, tiles };
};

/** A small picture of the map (menu cards, minimap) at most `maxWidth` × `maxHeight` pixels. */
export const paintThumbnail = (map: MapData, maxWidth: number, maxHeight: number): { canvas: HTMLCanvasElement; geometry: HexGeometry } => {
  const geometry = buildGeometry(map, Math.min(fittingRadius(map, 100, maxWidth), (maxHeight / (1.5 * (map.height - 1) + 2))));
  const canvas = document.createElement('canvas');
  canvas.width = geometry.pixelWidth;
  canvas.height = geometry.pixelHeight;
  const ctx = canvas.getContext('2d');
  if (ctx) paintMap(ctx, map, geometry, { detail: false, labels: false });
  return { canvas, geometry };
};
