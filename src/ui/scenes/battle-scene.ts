/**
 * The battle map scene. It only draws what it is given — the baked terrain, counters, fog, night, highlights and
 * paths — and forwards pointer input as hex indices; what a click means is decided by the controller
 * (src/ui/controller). Costly pictures (terrain, fog, reach costs) are canvases baked into textures when they change,
 * so a frame while panning is a handful of textured quads.
 */
import Phaser from 'phaser';
import { indexOf, type MapData, type Side, type Unit } from '../../engine';
import type { Selection } from '../controller/selection';
import type { MapOverlay } from '../controller/map-overlays';
import { COUNTER_H, COUNTER_RES, COUNTER_W, LABEL_FONT, counterLook, lookKey, paintCounter } from '../render/counter-painter';
import { corner, hexPolygon, indexAtPixel, type HexGeometry } from '../render/hex-geometry';
import { bakeMap } from '../render/map-texture';
import { placeText } from '../render/map-painter';
import { paintFog, paintHexMarks, paintReach, FOG_SCALE, type HexMark } from '../render/overlay-painter';
import { MapCamera } from './map-camera';
import { lightLook, type LightLook } from '../render/light';
import { RENDER_CHANGED } from '../render/render-governor';

export interface BattleSceneInput {
  readonly map: MapData;
  /** A hex was clicked or tapped (not dragged); `shift` when Shift was held. */
  onHexClick?(index: number, shift: boolean): void;
  /** The pointer moved over a hex (or off the map: -1). */
  onHexHover?(index: number): void;
  /** The scene is built and drawn once. */
  onReady?(scene: BattleScene): void;
  /** The camera moved (for the minimap). */
  onViewChange?(): void;
}

/** Phaser's point lists want Vector2s. */
const vec = (pts: readonly { x: number; y: number }[]): Phaser.Math.Vector2[] => pts.map((p) => new Phaser.Math.Vector2(p.x, p.y));

/** The smallest on-screen size, in CSS pixels, of a counter's designation and a place name at the default zoom. */
export const MIN_TEXT_PX = 11;
/** A counter's width as a share of the hex's circumradius (a hex is √3 ≈ 1.73 radii wide). */
const COUNTER_SHARE = 1.75;
/** How long a combat effect lasts, in ms (skippable). */
const EFFECT_MS = 1100;

type OverlayName = MapOverlay;

/** How many map sizes the light sheet reaches beyond each edge (the view never goes that far out). */
const LIGHT_MARGIN = 4;

/** An objective hex to mark: who holds it and what it is worth. */
export interface ObjectiveMark {
  readonly index: number;
  readonly holder: 'soviet' | 'japanese' | null;
  readonly points: number;
}

/** How far apart stacked counters are drawn, in map pixels per counter. */
const STACK_STEP = 4;
const MAX_DRAWN_IN_STACK = 3;

export class BattleScene extends Phaser.Scene {
  geometry!: HexGeometry;
  mapCamera!: MapCamera;
  private hovered = -1;
  private counters = new Map<string, Phaser.GameObjects.Image>();
  private badges = new Map<number, Phaser.GameObjects.Text>();
  private fogImage: Phaser.GameObjects.Image | null = null;
  private reachImage: Phaser.GameObjects.Image | null = null;
  private highlight!: Phaser.GameObjects.Graphics;
  private night!: Phaser.GameObjects.Rectangle;
  private lightLook: LightLook = { colour: 0, alpha: 0 };
  private objectiveMarks!: Phaser.GameObjects.Graphics;
  private objectiveLabels: Phaser.GameObjects.Text[] = [];
  private objectiveKey = '';
  /** World pixels per counter layout pixel. */
  private counterScale = 1;
  private textureSerial = 0;
  private placeLabels: Phaser.GameObjects.Text[] = [];
  private overlayImages = new Map<OverlayName, Phaser.GameObjects.Image>();
  private overlayCounts = new Map<OverlayName, number>();
  private effectObjects: Phaser.GameObjects.GameObject[] = [];
  /** How many combat effects have been played (for the tests). */
  effectsPlayed = 0;
  /** How many times a hex was pointed out ("Show me"), for the tests. */
  pointsShown = 0;

  constructor(private readonly input_: BattleSceneInput) {
    super({ key: 'battle' });
  }

  create(): void {
    const baked = bakeMap(this.input_.map);
    this.geometry = baked.geometry;
    this.counterScale = (baked.geometry.radius * COUNTER_SHARE) / COUNTER_W;
    baked.tiles.forEach((tile, k) => {
      const key = `terrain:${k}`;
      if (this.textures.exists(key)) this.textures.remove(key);
      this.addCanvasImage(key, tile.canvas);
      this.add.image(tile.x, tile.y, key).setOrigin(0, 0).setScale(1 / baked.resolution).setDepth(0);
    });
    this.addPlaceLabels();
    this.highlight = this.add.graphics().setDepth(4);
    // The light is a world-space sheet far larger than the map, so it covers every pixel of the view at any zoom or
    // scroll (a screen-sized sheet with scroll factor 0 is scaled about the camera centre when the camera zooms).
    const w = baked.geometry.pixelWidth;
    const hgt = baked.geometry.pixelHeight;
    this.night = this.add
      .rectangle(-w * LIGHT_MARGIN, -hgt * LIGHT_MARGIN, w * (1 + 2 * LIGHT_MARGIN), hgt * (1 + 2 * LIGHT_MARGIN), 0x0b1436, 0)
      .setOrigin(0, 0)
      .setDepth(2);
    this.objectiveMarks = this.add.graphics().setDepth(4.5);
    this.mapCamera = new MapCamera(this, baked.geometry.pixelWidth, baked.geometry.pixelHeight);
    this.mapCamera.onMove = () => {
      this.changed();
      this.input_.onViewChange?.();
    };
    this.scale.on('resize', () => this.mapCamera.clamp());
    this.mapCamera.fit();
    this.input.on('pointerup', (p: Phaser.Input.Pointer) => {
      if (this.mapCamera.wasDrag()) return;
      const i = this.hexAtScreen(p.x, p.y);
      const e = p.event as MouseEvent | TouchEvent | undefined;
      if (i >= 0) this.input_.onHexClick?.(i, Boolean(e && 'shiftKey' in e && e.shiftKey));
    });
    this.input.on('pointermove', (p: Phaser.Input.Pointer) => {
      const i = this.hexAtScreen(p.x, p.y);
      if (i !== this.hovered) {
        this.hovered = i;
        this.input_.onHexHover?.(i);
      }
    });
    this.input_.onReady?.(this);
  }

  override update(_time: number, delta: number): void {
    this.mapCamera.update(delta);
  }

  /** Wakes the render loop: what the map shows changed outside an input event (see render-governor.ts). */
  private changed(): void {
    // Called before the scene has booted, there is nothing drawn yet to refresh.
    this.game?.events.emit(RENDER_CHANGED);
  }

  /** The hex under a screen position, or -1. */
  hexAtScreen(x: number, y: number): number {
    const w = this.cameras.main.getWorldPoint(x, y);
    return indexAtPixel(this.geometry, this.input_.map, w.x, w.y);
  }

  /** Screen position of a hex centre (for tests and tooltips). */
  screenOfHex(index: number): { x: number; y: number } {
    const cam = this.cameras.main;
    return {
      x: (this.geometry.cx[index]! - cam.worldView.x) * cam.zoom,
      y: (this.geometry.cy[index]! - cam.worldView.y) * cam.zoom,
    };
  }

  /**
   * Draws the stacks a side sees. Counters that changed hex glide to their new place over `glideMs`, so the other
   * side's moves can be followed; `glideMs = 0` jumps.
   */
  setStacks(stacks: ReadonlyMap<number, readonly Unit[]>, selectedId: string | null, glideMs = 0, viewer: Side | null = null): void {
    this.changed();
    const seen = new Set<string>();
    for (const badge of this.badges.values()) badge.setVisible(false);
    for (const [index, stack] of stacks) {
      // The selected unit is drawn on top of its stack; otherwise the stack keeps its id order.
      const ordered = [...stack].sort((a, b) => Number(a.id === selectedId) - Number(b.id === selectedId));
      const drawn = ordered.slice(-MAX_DRAWN_IN_STACK);
      ordered.forEach((u, k) => {
        seen.add(u.id);
        const depthInStack = drawn.indexOf(u);
        const offset = depthInStack < 0 ? 0 : (depthInStack - (drawn.length - 1)) * STACK_STEP;
        const x = this.geometry.cx[index]! + offset;
        const y = this.geometry.cy[index]! + offset;
        const key = this.counterTexture(u, viewer);
        let img = this.counters.get(u.id);
        if (!img) {
          img = this.add.image(x, y, key).setScale(this.counterScale / COUNTER_RES);
          this.counters.set(u.id, img);
        } else if (img.texture.key !== key) img.setTexture(key);
        img.setVisible(depthInStack >= 0).setDepth(5 + k * 0.01);
        if (img.x !== x || img.y !== y) {
          this.tweens.killTweensOf(img);
          if (glideMs > 0) this.tweens.add({ targets: img, x, y, duration: glideMs, ease: 'Sine.easeInOut' });
          else img.setPosition(x, y);
        }
      });
      if (stack.length > 1) this.stackBadge(index, stack.length);
    }
    for (const [id, img] of this.counters) {
      if (!seen.has(id)) {
        img.destroy();
        this.counters.delete(id);
      }
    }
  }

  /** Finish every glide at once (skipping the other side's turn). */
  finishGlides(): void {
    this.changed();
    for (const img of this.counters.values()) {
      for (const t of this.tweens.getTweensOf(img)) t.complete();
    }
  }

  /** Shades hexes the side cannot see; null clears the fog. */
  setFog(visible: Uint8Array | null): void {
    this.changed();
    this.fogImage?.destroy();
    this.fogImage = null;
    if (!visible) return;
    const canvas = paintFog(this.input_.map, this.geometry, visible);
    this.fogImage = this.add.image(0, 0, this.canvasTexture('fog', canvas)).setOrigin(0, 0).setScale(1 / FOG_SCALE).setDepth(3);
  }

  /** Tints the whole map for dusk, night and bad weather (a storm is grey-green and flat, night dark blue). */
  setLight(light: 'day' | 'dusk' | 'night', weather: string | null = null): void {
    this.changed();
    this.lightLook = lightLook(light, weather);
    this.night.setFillStyle(this.lightLook.colour, this.lightLook.alpha);
  }

  /** How many objective hexes are marked. */
  get objectiveCount(): number {
    return this.objectiveLabels.length;
  }

  /** For the tests: the light sheet's colour and alpha, and whether it covers the camera's whole view. */
  lightCover(): { colour: number; alpha: number; covers: boolean } {
    const v = this.cameras.main.worldView;
    const r = this.night;
    const covers = r.x <= v.x && r.y <= v.y && r.x + r.width >= v.right && r.y + r.height >= v.bottom;
    return { ...this.lightLook, covers };
  }

  /**
   * Rings the objective hexes in the colour of the side holding them (grey when no one does), with a star and the
   * points. What a mark means is the controller's to say (the tooltip); the scene only draws.
   */
  setObjectives(marks: readonly ObjectiveMark[]): void {
    this.changed();
    const key = JSON.stringify(marks.map((m) => [m.index, m.holder, m.points]));
    if (key === this.objectiveKey) return;
    this.objectiveKey = key;
    const g = this.objectiveMarks;
    g.clear();
    for (const t of this.objectiveLabels) t.destroy();
    this.objectiveLabels = [];
    const r = this.geometry.radius;
    for (const m of marks) {
      const colour = m.holder === 'soviet' ? 0x4f8fd6 : m.holder === 'japanese' ? 0xe07b1a : 0xdddddd;
      const ring = vec(hexPolygon(this.geometry, m.index, 0.86));
      g.lineStyle(Math.max(3, r * 0.12), 0x111111, 0.85);
      g.strokePoints(ring, true, true);
      g.lineStyle(Math.max(2, r * 0.07), colour, 1);
      g.strokePoints(ring, true, true);
      const label = this.add
        .text(this.geometry.cx[m.index]!, this.geometry.cy[m.index]! + r * 0.62, `★${m.points}`, {
          fontFamily: 'system-ui, sans-serif',
          fontSize: `${Math.max(12, Math.round(r * 0.34))}px`,
          fontStyle: 'bold',
          color: '#ffe14d',
          backgroundColor: '#222222',
          padding: { x: 2, y: 0 },
        })
        .setOrigin(0.5)
        .setDepth(6.5);
      this.objectiveLabels.push(label);
    }
  }

  /** Reachable hexes with their costs, the hovered path, the selected unit and a previewed target. */
  setSelection(sel: Selection, selectedHex: number): void {
    this.changed();
    this.reachImage?.destroy();
    this.reachImage = null;
    if (sel.reach && sel.reach.costs.size > 0) {
      const baked = paintReach(this.geometry, sel.reach.costs);
      this.reachImage = this.add.image(baked.x, baked.y, this.canvasTexture('reach', baked.canvas)).setOrigin(0, 0).setDepth(4);
    }
    this.drawMarks(sel, selectedHex);
  }

  /** Redraws only the cheap marks (path, outlines): called on every hover. */
  drawMarks(sel: Selection, selectedHex: number): void {
    this.changed();
    const g = this.highlight;
    g.clear();
    const outline = (index: number, colour: number, width: number): void => {
      g.lineStyle(width, colour, 1);
      g.strokePoints(vec(hexPolygon(this.geometry, index, 0.94)), true, true);
    };
    if (sel.hover >= 0) outline(sel.hover, 0xffffff, 2);
    if (selectedHex >= 0) outline(selectedHex, 0xffe14d, 4);
    if (sel.preview) outline(sel.preview.targetIndex, 0xd7191c, 5);
    if (sel.path && sel.path.length > 1) {
      g.lineStyle(5, 0x111111, 0.8);
      g.strokePoints(vec(sel.path.map((i) => ({ x: this.geometry.cx[i]!, y: this.geometry.cy[i]! }))), false, false);
      g.lineStyle(3, 0xffe14d, 1);
      g.strokePoints(vec(sel.path.map((i) => ({ x: this.geometry.cx[i]!, y: this.geometry.cy[i]! }))), false, false);
      const last = sel.path[sel.path.length - 1]!;
      g.fillStyle(0xffe14d, 1);
      g.fillCircle(this.geometry.cx[last]!, this.geometry.cy[last]!, this.geometry.radius * 0.18);
    }
  }

  /**
   * What the last command did, for the replay viewer: a move's path in white, or a line from each attacker to the
   * target (red; the target ringed, filled when the hex was taken). Null clears it.
   */
  drawEffect(effect: { kind: 'move'; path: readonly number[] } | { kind: 'attack'; from: readonly number[]; target: number; hexTaken: boolean } | null): void {
    this.changed();
    const g = this.highlight;
    g.clear();
    if (!effect) return;
    const at = (i: number) => ({ x: this.geometry.cx[i]!, y: this.geometry.cy[i]! });
    if (effect.kind === 'move') {
      if (effect.path.length < 2) return;
      g.lineStyle(6, 0x111111, 0.8);
      g.strokePoints(vec(effect.path.map(at)), false, false);
      g.lineStyle(3, 0xffffff, 1);
      g.strokePoints(vec(effect.path.map(at)), false, false);
      const last = at(effect.path[effect.path.length - 1]!);
      g.fillStyle(0xffffff, 1);
      g.fillCircle(last.x, last.y, this.geometry.radius * 0.18);
      return;
    }
    if (effect.target < 0) return;
    const t = at(effect.target);
    for (const i of effect.from) {
      const f = at(i);
      g.lineStyle(6, 0x111111, 0.8);
      g.lineBetween(f.x, f.y, t.x, t.y);
      g.lineStyle(3, 0xd7191c, 1);
      g.lineBetween(f.x, f.y, t.x, t.y);
    }
    g.lineStyle(5, 0xd7191c, 1);
    g.strokePoints(vec(hexPolygon(this.geometry, effect.target, 0.94)), true, true);
    if (effect.hexTaken) {
      g.fillStyle(0xd7191c, 0.25);
      g.fillPoints(vec(hexPolygon(this.geometry, effect.target, 0.94)), true);
    }
  }

  /**
   * Lays an overlay over the map (marked hexes, each with a fill, an outline and perhaps a short text), or clears it
   * with null. What a mark means is the controller's to say; the scene only draws.
   */
  setOverlay(name: OverlayName, marks: readonly HexMark[] | null): void {
    this.changed();
    this.overlayImages.get(name)?.destroy();
    this.overlayImages.delete(name);
    this.overlayCounts.delete(name);
    if (!marks) return;
    this.overlayCounts.set(name, marks.length);
    if (marks.length === 0) return;
    const baked = paintHexMarks(this.geometry, marks);
    const img = this.add.image(baked.x, baked.y, this.canvasTexture(`overlay-${name}`, baked.canvas)).setOrigin(0, 0).setDepth(3.5);
    this.overlayImages.set(name, img);
  }

  /** For the tests: each overlay that is on, with how many hexes it marks. */
  overlaysShown(): Record<string, number> {
    return Object.fromEntries(this.overlayCounts);
  }

  /**
   * A combat on the map: a fire line from each attacker's hex to the target, a flash on the target and each side's
   * losses floating up over the counters ("−23"). Short (EFFECT_MS) and skipped by `skipEffects`.
   */
  playCombat(effect: { from: readonly number[]; target: number; losses: readonly { index: number; text: string }[]; hexTaken: boolean }): void {
    this.changed();
    this.skipEffects();
    const g = this.geometry;
    const at = (i: number) => ({ x: g.cx[i]!, y: g.cy[i]! });
    const t = at(effect.target);
    const lines = this.add.graphics().setDepth(6.6);
    for (const i of effect.from) {
      const f = at(i);
      lines.lineStyle(Math.max(4, g.radius * 0.16), 0x111111, 0.7);
      lines.lineBetween(f.x, f.y, t.x, t.y);
      lines.lineStyle(Math.max(2, g.radius * 0.08), 0xffb300, 1);
      lines.lineBetween(f.x, f.y, t.x, t.y);
    }
    const flash = this.add.graphics().setDepth(6.7);
    flash.fillStyle(effect.hexTaken ? 0xff3d00 : 0xfff3b0, 0.85);
    flash.fillPoints(vec(hexPolygon(g, effect.target, 0.9)), true);
    flash.lineStyle(Math.max(3, g.radius * 0.12), 0xd7191c, 1);
    flash.strokePoints(vec(hexPolygon(g, effect.target, 0.9)), true, true);
    this.tweens.add({ targets: flash, alpha: 0, delay: EFFECT_MS * 0.15, duration: EFFECT_MS * 0.6, ease: 'Quad.easeOut' });
    this.tweens.add({ targets: lines, alpha: 0, delay: EFFECT_MS * 0.4, duration: EFFECT_MS * 0.6 });
    this.effectObjects.push(lines, flash);
    const size = Math.max(16, Math.round(g.radius * 0.62));
    effect.losses.forEach((l, k) => {
      const p = at(l.index);
      const text = this.add
        .text(p.x, p.y - g.radius * 0.2 + (k % 2) * size * 0.4, l.text, {
          fontFamily: 'system-ui, sans-serif',
          fontSize: `${size}px`,
          fontStyle: '800',
          color: '#ffffff',
          stroke: '#8b0000',
          strokeThickness: Math.max(4, size / 4),
          resolution: 2,
        })
        .setOrigin(0.5)
        .setDepth(7.5);
      this.tweens.add({ targets: text, y: p.y - g.radius * 1.1, duration: EFFECT_MS, ease: 'Quad.easeOut' });
      this.tweens.add({ targets: text, alpha: 0, delay: EFFECT_MS * 0.55, duration: EFFECT_MS * 0.45 });
      this.effectObjects.push(text);
    });
    this.effectsPlayed++;
    this.time.delayedCall(EFFECT_MS + 50, () => this.skipEffects());
  }

  /** Ends any combat effect at once. */
  skipEffects(): void {
    this.changed();
    for (const o of this.effectObjects) {
      this.tweens.killTweensOf(o);
      o.destroy();
    }
    this.effectObjects = [];
  }

  /** Frame a group of hexes (a side's forces at the start) at a zoom where counters read well. */
  lookAtHexes(indices: readonly number[]): void {
    if (indices.length === 0) return;
    let x = 0;
    let y = 0;
    for (const i of indices) {
      x += this.geometry.cx[i]!;
      y += this.geometry.cy[i]!;
    }
    this.mapCamera.lookAt(x / indices.length, y / indices.length, this.readableZoom());
  }

  /**
   * The default zoom: the one at which a counter's designation (and a place name) is MIN_TEXT_PX on screen. Framing
   * never goes further out than this, so the first view of every scenario can be read.
   */
  readableZoom(): number {
    return Math.ceil((100 * MIN_TEXT_PX) / (LABEL_FONT * this.counterScale)) / 100;
  }

  /** For the tests: a counter designation's height on screen at the current zoom, in CSS pixels. */
  counterLabelPx(): number {
    return LABEL_FONT * this.counterScale * this.cameras.main.zoom;
  }

  /** For the tests: the smallest place name's height on screen at the current zoom (0 when the map has none). */
  placeLabelPx(): number {
    if (this.placeLabels.length === 0) return 0;
    return this.placeFontPx() * this.cameras.main.zoom;
  }

  private placeFontPx(): number {
    return Math.max(12, Math.round(this.geometry.radius * 0.42));
  }

  /**
   * Place names as text above the counters (depth 7), at the top of their hex, so a counter never hides them. Drawn at
   * twice the world resolution so they stay sharp when zoomed in.
   */
  private addPlaceLabels(): void {
    const map = this.input_.map;
    const size = this.placeFontPx();
    for (const p of map.places) {
      const i = indexOf(map, p.hex);
      if (i < 0) continue;
      const label = this.add
        // The map keeps names short (the tooltip gives the full one): "Remizov heights (Balshagal)" → "Remizov heights".
        .text(this.geometry.cx[i]!, corner(this.geometry, i, 4).y + size * 0.15, placeText({ kind: p.kind, name: p.name.replace(/\s*\(.*\)\s*$/, '') }), {
          fontFamily: 'system-ui, sans-serif',
          fontSize: `${size}px`,
          fontStyle: '600',
          color: '#2a2418',
          stroke: '#faf6e6',
          strokeThickness: Math.max(3, size / 3),
          resolution: 2,
        })
        .setOrigin(0.5, 0.5)
        .setAlpha(0.92)
        .setDepth(7);
      this.placeLabels.push(label);
    }
  }

  /**
   * Frame the side's forces together with the places it must reach: the box around both, at zoom 1 at most (counters
   * read well) and zoomed out as far as the box needs. With no goals it is `lookAtHexes`.
   */
  frameHexes(forces: readonly number[], goals: readonly number[]): void {
    if (forces.length === 0 || goals.length === 0) {
      this.lookAtHexes(forces);
      return;
    }
    // Every goal if that reads well, else the goal nearest the forces' centre, else the forces alone.
    const cx = forces.reduce((a, i) => a + this.geometry.cx[i]!, 0) / forces.length;
    const cy = forces.reduce((a, i) => a + this.geometry.cy[i]!, 0) / forces.length;
    const nearest = [...goals].sort((a, b) => Math.hypot(this.geometry.cx[a]! - cx, this.geometry.cy[a]! - cy) - Math.hypot(this.geometry.cx[b]! - cx, this.geometry.cy[b]! - cy))[0]!;
    const at = (i: number) => ({ x: this.geometry.cx[i]!, y: this.geometry.cy[i]! });
    const options = [
      [...forces, ...goals].map(at),
      [...forces, nearest].map(at),
      // The forces are spread too wide: from their centre to the nearest goal.
      [{ x: cx, y: cy }, at(nearest)],
    ];
    for (const points of options) {
      const framing = this.framing(points);
      if (framing.zoom >= this.readableZoom()) {
        this.mapCamera.lookAt(framing.x, framing.y, framing.zoom);
        return;
      }
    }
    // Too far apart to frame at a readable zoom: the nearest goal at the edge of the view, the forces' way.
    const zoom = this.readableZoom();
    const cam = this.cameras.main;
    const goal = at(nearest);
    const dx = cx - goal.x;
    const dy = cy - goal.y;
    const d = Math.hypot(dx, dy);
    const reach = Math.min(d, (0.38 * Math.min(cam.width, cam.height - 140)) / zoom);
    this.mapCamera.lookAt(goal.x + (d > 0 ? (dx / d) * reach : 0), goal.y + (d > 0 ? (dy / d) * reach : 0), zoom);
  }

  /** The centre and zoom (at most 1) that show every one of the hexes, with room for the top bar and bottom panels. */
  private framing(points: readonly { x: number; y: number }[]): { x: number; y: number; zoom: number } {
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const pad = this.geometry.radius * 3;
    const minX = Math.min(...xs) - pad;
    const maxX = Math.max(...xs) + pad;
    const minY = Math.min(...ys) - pad;
    const maxY = Math.max(...ys) + pad;
    const cam = this.cameras.main;
    const zoom = Math.min(this.readableZoom(), cam.width / (maxX - minX), (cam.height - 140) / (maxY - minY));
    return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, zoom };
  }

  /**
   * Points a hex out (the tutorial's "Show me"): centres on it and pulses a ring around it three times, so it is found
   * even when the whole map is already on screen.
   */
  pointAt(index: number): void {
    this.centreOnHex(index);
    this.changed();
    const g = this.geometry;
    const ring = this.add.graphics().setDepth(7.2);
    ring.lineStyle(Math.max(4, g.radius * 0.18), 0xffd54f, 1);
    ring.strokeCircle(0, 0, g.radius * 1.05);
    ring.setPosition(g.cx[index]!, g.cy[index]!);
    this.tweens.add({
      targets: ring,
      scale: { from: 1.6, to: 0.9 },
      alpha: { from: 0.35, to: 1 },
      duration: 450,
      yoyo: true,
      repeat: 2,
      onComplete: () => ring.destroy(),
    });
    this.pointsShown++;
  }

  /** Centre the camera on a hex (next unit, minimap click). */
  centreOnHex(index: number): void {
    this.mapCamera.centreOn(this.geometry.cx[index]!, this.geometry.cy[index]!);
  }

  private counterTexture(u: Unit, viewer: Side | null): string {
    const look = counterLook(u, viewer);
    const key = lookKey(look);
    if (!this.textures.exists(key)) {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(COUNTER_W * COUNTER_RES);
      canvas.height = Math.round(COUNTER_H * COUNTER_RES);
      const ctx = canvas.getContext('2d');
      if (ctx) paintCounter(ctx, look);
      this.addCanvasImage(key, canvas);
    }
    return key;
  }

  /** A fresh texture key per bake, so Phaser never keeps showing a stale upload. */
  private canvasTexture(prefix: string, canvas: HTMLCanvasElement): string {
    for (const key of this.textures.getTextureKeys()) if (key.startsWith(`${prefix}:`)) this.textures.remove(key);
    const key = `${prefix}:${++this.textureSerial}`;
    this.addCanvasImage(key, canvas);
    return key;
  }

  /**
   * Adds a finished canvas as a plain texture. `textures.addCanvas` would make a CanvasTexture, which copies every
   * pixel back out with getImageData so the canvas can be edited through it; these canvases are painted once and never
   * edited, and after a turn dozens of counters and the fog are repainted at once (the copies were a tenth of a skipped
   * computer turn in August).
   */
  private addCanvasImage(key: string, canvas: HTMLCanvasElement): void {
    // Phaser's texture sources take a canvas as they take an image (TextureSource checks for both).
    this.textures.addImage(key, canvas as unknown as HTMLImageElement);
  }

  private stackBadge(index: number, n: number): void {
    let badge = this.badges.get(index);
    if (!badge) {
      badge = this.add
        .text(0, 0, '', { fontFamily: 'system-ui, sans-serif', fontSize: '12px', color: '#ffffff', backgroundColor: '#222222', padding: { x: 3, y: 1 } })
        .setOrigin(0.5)
        .setDepth(6);
      this.badges.set(index, badge);
    }
    badge
      .setText(String(n))
      .setPosition(this.geometry.cx[index]! + this.geometry.radius * 0.62, this.geometry.cy[index]! - this.geometry.radius * 0.5)
      .setVisible(true);
  }
}
