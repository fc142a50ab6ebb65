/** Entry point of the browser game. */
import Phaser from 'phaser';
import { buildTestMap } from './demo/test-map';
import { BattleScene } from './scenes/battle-scene';
import './hud/hud.css';

const map = buildTestMap();
const scene = new BattleScene({
  map,
  onReady: () => {
    (window as unknown as { __kg: unknown }).__kg = { ready: true, map: { width: map.width, height: map.height } };
  },
});
const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  banner: false,
  backgroundColor: '#1d1f1a',
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  scene: [scene],
});
(window as unknown as { game: Phaser.Game }).game = game;
