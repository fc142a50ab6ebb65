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

export interface BakedMap {
  readonly geometry: HexGeometry;
  readonly canvas: HTMLCanvasElement;
}

export const bakeMap = (map: MapData): BakedMap => {
  const geometry = buildGeometry(map, fittingRadius(map, PREFERRED_RADIUS, MAX_TEXTURE));
  const canvas = document.createElement('canvas');
  canvas.width = geometry.pixelWidth;
  canvas.height = geometry.pixelHeight;
  const ctx = canvas.getContext('2d');
  if (ctx) paintMap(ctx, map, geometry, { detail: true, labels: true });
  return { geometry, canvas };
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
