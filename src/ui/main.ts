/** Entry point of the browser game. */
import Phaser from 'phaser';

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  banner: false,
  backgroundColor: '#1d1f1a',
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  scene: [],
});
(window as unknown as { game: Phaser.Game }).game = game;
