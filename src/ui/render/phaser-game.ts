/**
 * The one Phaser game configuration of the page: the battle and the test map both start their scene through it, so
 * the renderer choice, the background and the resize mode cannot drift apart.
 */
import Phaser from 'phaser';
import { pageRenderer } from './renderer-choice';

export const createPhaserGame = (scene: Phaser.Scene, parent = 'game'): Phaser.Game =>
  new Phaser.Game({
    type: pageRenderer() === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    banner: false,
    backgroundColor: '#1d1f1a',
    scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
    scene: [scene],
  });
