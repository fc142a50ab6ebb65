/**
 * The battle map scene. It only draws what it is given (the baked terrain, counters, highlights, fog) and forwards
 * pointer input as hex indices; what a click means is decided by the controller (src/ui/controller).
 */
import Phaser from 'phaser';
import type { MapData } from '../../engine/map';
import { indexAtPixel, type HexGeometry } from '../render/hex-geometry';
import { bakeMap } from '../render/map-texture';
import { MapCamera } from './map-camera';

export interface BattleSceneInput {
  readonly map: MapData;
  /** A hex was clicked or tapped (not dragged). */
  onHexClick?(index: number): void;
  /** The pointer moved over a hex (or off the map: -1). */
  onHexHover?(index: number): void;
  /** The scene is built and drawn once. */
  onReady?(scene: BattleScene): void;
}

export class BattleScene extends Phaser.Scene {
  geometry!: HexGeometry;
  mapCamera!: MapCamera;
  private hovered = -1;

  constructor(private readonly input_: BattleSceneInput) {
    super({ key: 'battle' });
  }

  create(): void {
    const baked = bakeMap(this.input_.map);
    this.geometry = baked.geometry;
    if (this.textures.exists('terrain')) this.textures.remove('terrain');
    this.textures.addCanvas('terrain', baked.canvas);
    this.add.image(0, 0, 'terrain').setOrigin(0, 0).setDepth(0);
    this.mapCamera = new MapCamera(this, baked.geometry.pixelWidth, baked.geometry.pixelHeight);
    this.mapCamera.fit();
    this.input.on('pointerup', (p: Phaser.Input.Pointer) => {
      if (this.mapCamera.wasDrag()) return;
      const i = this.hexAtScreen(p.x, p.y);
      if (i >= 0) this.input_.onHexClick?.(i);
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

  /** The hex under a screen position, or -1. */
  hexAtScreen(x: number, y: number): number {
    const w = this.cameras.main.getWorldPoint(x, y);
    return indexAtPixel(this.geometry, this.input_.map, w.x, w.y);
  }

  /** Screen position of a hex centre (for tests and tooltips). */
  screenOfHex(index: number): { x: number; y: number } {
    const cam = this.cameras.main;
    const wx = this.geometry.cx[index]!;
    const wy = this.geometry.cy[index]!;
    return { x: (wx - cam.worldView.x) * cam.zoom, y: (wy - cam.worldView.y) * cam.zoom };
  }
}
