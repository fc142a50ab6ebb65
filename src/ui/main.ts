/**
 * Entry point of the browser game: the menu and battles (`App`), or the plain test map page with `?map=test`.
 */
import { App } from './app';
import { WorkerBrain } from './ai/ai-client';
import { buildTestMap } from './demo/test-map';
import { engineRules } from './engine-rules';
import { loadCatalog } from './scenario-catalog';
import './hud/hud.css';

const showTestMap = async (): Promise<void> => {
  const [{ default: Phaser }, { BattleScene }, { pageRenderer }] = await Promise.all([import('phaser'), import('./scenes/battle-scene'), import('./render/renderer-choice')]);
  const map = buildTestMap();
  const scene = new BattleScene({
    map,
    onReady: () => {
      (window as unknown as { __kg: unknown }).__kg = { ready: true, screen: 'test-map', map: { width: map.width, height: map.height } };
    },
  });
  new Phaser.Game({
    type: pageRenderer() === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent: 'game',
    banner: false,
    backgroundColor: '#1d1f1a',
    scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
    scene: [scene],
  });
};

const boot = async (): Promise<void> => {
  if (new URLSearchParams(window.location.search).get('map') === 'test') {
    await showTestMap();
    return;
  }
  const { catalog, problems } = await loadCatalog();
  for (const p of problems) console.warn(p);
  const app = new App({
    catalog,
    rules: engineRules,
    brain: (c, scenarioId) => new WorkerBrain((side) => c.aiPlan(scenarioId, side)),
  });
  await app.boot();
};

void boot();
