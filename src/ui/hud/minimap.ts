/**
 * The minimap: the whole map small, the counters a side sees as dots, and the camera's view as a frame. Clicking or
 * dragging on it moves the camera there.
 */
import { indexOf, type MapData, type Unit } from '../../engine';
import { paintThumbnail } from '../render/map-texture';
import { SIDE_COLOURS } from '../render/palette';
import type { HexGeometry } from '../render/hex-geometry';
import { byId, fill } from './dom';

export class Minimap {
  private readonly canvas = document.createElement('canvas');
  private readonly base: HTMLCanvasElement;
  private readonly small: HexGeometry;

  constructor(
    private readonly map: MapData,
    /** The big map's geometry: the minimap's frame is in its pixels. */
    private readonly big: HexGeometry,
    onPick: (bigX: number, bigY: number) => void,
  ) {
    const t = paintThumbnail(map, 220, 160);
    this.base = t.canvas;
    this.small = t.geometry;
    this.canvas.width = this.base.width;
    this.canvas.height = this.base.height;
    this.canvas.id = 'minimap-canvas';
    this.canvas.title = 'Minimap: click to look there';
    const pick = (e: PointerEvent) => {
      const r = this.canvas.getBoundingClientRect();
      const sx = ((e.clientX - r.left) / r.width) * this.canvas.width;
      const sy = ((e.clientY - r.top) / r.height) * this.canvas.height;
      const k = this.big.pixelWidth / this.small.pixelWidth;
      onPick(sx * k, sy * k);
    };
    this.canvas.addEventListener('pointerdown', (e) => {
      pick(e);
      this.canvas.setPointerCapture(e.pointerId);
    });
    this.canvas.addEventListener('pointermove', (e) => {
      if (e.buttons) pick(e);
    });
    fill(byId('minimap'), this.canvas);
  }

  /** Redraws dots and the view frame (`view` in big-map pixels). */
  draw(units: readonly Unit[], view: { x: number; y: number; width: number; height: number }, objectives: readonly number[] = []): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    ctx.drawImage(this.base, 0, 0);
    const r = Math.max(1.5, this.small.radius * 0.6);
    for (const u of units) {
      if (!u.hex || (u.status !== 'active' && u.status !== 'routed')) continue;
      const i = indexOf(this.map, u.hex);
      if (i < 0) continue;
      ctx.fillStyle = SIDE_COLOURS[u.side].accent;
      ctx.fillRect(this.small.cx[i]! - r, this.small.cy[i]! - r, 2 * r, 2 * r);
    }
    // Objective hexes: a yellow ring with a dark edge, so where to go shows on the whole map.
    const ring = Math.max(3, this.small.radius * 1.3);
    for (const i of objectives) {
      ctx.lineWidth = 3;
      ctx.strokeStyle = '#111111';
      ctx.beginPath();
      ctx.arc(this.small.cx[i]!, this.small.cy[i]!, ring, 0, Math.PI * 2);
      ctx.stroke();
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = '#ffe14d';
      ctx.stroke();
    }
    const k = this.small.pixelWidth / this.big.pixelWidth;
    ctx.strokeStyle = '#ffe14d';
    ctx.lineWidth = 1.5;
    ctx.strokeRect(view.x * k, view.y * k, view.width * k, view.height * k);
  }
}
