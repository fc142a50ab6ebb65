/**
 * The one Phaser game configuration of the page: the battle and the test map both start their scene through it, so
 * the renderer choice, the background and the resize mode cannot drift apart.
 */
import Phaser from 'phaser';
import { RenderGovernor } from './render-governor';
import { pageRenderer } from './renderer-choice';

const governors = new WeakMap<Phaser.Game, RenderGovernor>();

/** The governor that lets a game's loop sleep while its map stands still (see render-governor.ts). */
export const renderGovernorOf = (game: Phaser.Game): RenderGovernor | undefined => governors.get(game);

export const createPhaserGame = (scene: Phaser.Scene, parent = 'game'): Phaser.Game => {
  const game = new Phaser.Game({
    type: pageRenderer() === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    banner: false,
    backgroundColor: '#1d1f1a',
    scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
    scene: [scene],
  });
  governors.set(game, new RenderGovernor(game));
  return game;
};
