/**
 * Camera controls for the battle map: wheel zoom about the pointer, drag to pan (mouse or one finger), pinch to zoom
 * (two fingers), arrow/WASD keys to pan and +/− to zoom. Reports whether a pointer-up was a drag, so a pan never
 * counts as a click on a hex.
 */
import Phaser from 'phaser';

export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 3;
const DRAG_THRESHOLD = 6;
const KEY_PAN_PER_SECOND = 700;
/** How far past a map edge the view may go, in screen pixels. */
const EDGE_SLACK = 120;

export const clampZoom = (z: number): number => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));

export class MapCamera {
  private dragStart: { x: number; y: number; scrollX: number; scrollY: number } | null = null;
  private dragged = false;
  private pinchDistance = 0;
  private readonly keys: Record<string, Phaser.Input.Keyboard.Key> | null;
  /** Called whenever the view moves (for the minimap). */
  onMove: () => void = () => {};

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly worldWidth: number,
    private readonly worldHeight: number,
  ) {
    const cam = scene.cameras.main;
    scene.input.addPointer(1);
    scene.input.on('wheel', (p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
      this.zoomAt(p.x, p.y, dy > 0 ? 1 / 1.15 : 1.15);
    });
    scene.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      if (this.twoFingers()) return;
      this.dragStart = { x: p.x, y: p.y, scrollX: cam.scrollX, scrollY: cam.scrollY };
      this.dragged = false;
    });
    scene.input.on('pointermove', (p: Phaser.Input.Pointer) => {
      if (this.twoFingers()) {
        this.pinch();
        return;
      }
      if (!this.dragStart || !p.isDown) return;
      const dx = p.x - this.dragStart.x;
      const dy = p.y - this.dragStart.y;
      if (!this.dragged && Math.abs(dx) + Math.abs(dy) < DRAG_THRESHOLD) return;
      this.dragged = true;
      cam.setScroll(this.dragStart.scrollX - dx / cam.zoom, this.dragStart.scrollY - dy / cam.zoom);
      this.clamp();
      this.onMove();
    });
    scene.input.on('pointerup', () => {
      this.dragStart = null;
      this.pinchDistance = 0;
    });
    const kb = scene.input.keyboard;
    this.keys = kb
      ? (kb.addKeys('UP,DOWN,LEFT,RIGHT,W,A,S,D', false) as Record<string, Phaser.Input.Keyboard.Key>)
      : null;
    kb?.on('keydown', (e: KeyboardEvent) => {
      if (isTyping()) return;
      if (e.key === '+' || e.key === '=') this.zoomAt(cam.width / 2, cam.height / 2, 1.25);
      if (e.key === '-' || e.key === '_') this.zoomAt(cam.width / 2, cam.height / 2, 0.8);
    });
  }

  /** True when the last pointer-up ended a drag rather than a click. */
  wasDrag(): boolean {
    return this.dragged;
  }

  zoomAt(screenX: number, screenY: number, factor: number): void {
    const cam = this.scene.cameras.main;
    const before = cam.getWorldPoint(screenX, screenY);
    cam.setZoom(clampZoom(cam.zoom * factor));
    cam.preRender();
    const after = cam.getWorldPoint(screenX, screenY);
    cam.setScroll(cam.scrollX + before.x - after.x, cam.scrollY + before.y - after.y);
    this.clamp();
    this.onMove();
  }

  /**
   * Keeps the map on screen: along an axis where the whole map fits, it is centred; otherwise the view may run past
   * an edge by at most EDGE_SLACK screen pixels (room to see a counter under a panel), never into a wide black band.
   * Phaser's own camera bounds pin a small world to the left edge instead of centring it, so this is done here.
   */
  clamp(): void {
    const cam = this.scene.cameras.main;
    const axis = (scroll: number, viewPx: number, worldPx: number): number => {
      const view = viewPx / cam.zoom;
      // Phaser's scroll is the view's left edge plus half the difference the zoom makes about the camera centre.
      const offset = (view - viewPx) / 2;
      if (view >= worldPx) return (worldPx - view) / 2 + offset;
      const slack = EDGE_SLACK / cam.zoom;
      return Math.min(Math.max(scroll, -slack + offset), worldPx - view + slack + offset);
    };
    const x = axis(cam.scrollX, cam.width, this.worldWidth);
    const y = axis(cam.scrollY, cam.height, this.worldHeight);
    if (x !== cam.scrollX || y !== cam.scrollY) cam.setScroll(x, y);
    cam.preRender();
  }

  /** Zoom so the whole map fits the screen, centred. */
  fit(): void {
    const cam = this.scene.cameras.main;
    cam.setZoom(clampZoom(Math.min(cam.width / this.worldWidth, cam.height / this.worldHeight) * 0.95));
    cam.centerOn(this.worldWidth / 2, this.worldHeight / 2);
    this.clamp();
    this.onMove();
  }

  /** Zoom to `zoom` (clamped, but never smaller than fitting the map) and centre on a point. */
  lookAt(x: number, y: number, zoom: number): void {
    const cam = this.scene.cameras.main;
    const fit = Math.min(cam.width / this.worldWidth, cam.height / this.worldHeight) * 0.95;
    cam.setZoom(clampZoom(Math.max(fit, zoom)));
    cam.centerOn(x, y);
    this.clamp();
    this.onMove();
  }

  centreOn(x: number, y: number): void {
    this.scene.cameras.main.centerOn(x, y);
    this.clamp();
    this.onMove();
  }

  /** Pans by screen pixels. */
  panBy(dx: number, dy: number): void {
    const cam = this.scene.cameras.main;
    cam.setScroll(cam.scrollX + dx / cam.zoom, cam.scrollY + dy / cam.zoom);
    this.clamp();
    this.onMove();
  }

  update(deltaMs: number): void {
    if (!this.keys || isTyping()) return;
    const cam = this.scene.cameras.main;
    const step = (KEY_PAN_PER_SECOND * deltaMs) / 1000 / cam.zoom;
    const k = this.keys;
    let dx = 0;
    let dy = 0;
    if (k.LEFT?.isDown || k.A?.isDown) dx -= step;
    if (k.RIGHT?.isDown || k.D?.isDown) dx += step;
    if (k.UP?.isDown || k.W?.isDown) dy -= step;
    if (k.DOWN?.isDown || k.S?.isDown) dy += step;
    if (dx || dy) {
      cam.setScroll(cam.scrollX + dx, cam.scrollY + dy);
      this.clamp();
      this.onMove();
    }
  }

  private twoFingers(): boolean {
    const i = this.scene.input;
    return Boolean(i.pointer1?.isDown && i.pointer2?.isDown);
  }

  private pinch(): void {
    const a = this.scene.input.pointer1!;
    const b = this.scene.input.pointer2!;
    const d = Math.hypot(a.x - b.x, a.y - b.y);
    if (this.pinchDistance > 0 && d > 0) this.zoomAt((a.x + b.x) / 2, (a.y + b.y) / 2, d / this.pinchDistance);
    this.pinchDistance = d;
    this.dragged = true;
    this.dragStart = null;
  }
}

/** Keys typed into a form field (the seed box, a lever) must not pan the map. */
const isTyping = (): boolean => {
  const el = document.activeElement;
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
};
