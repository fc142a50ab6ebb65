/**
 * Entry point of the browser game: the menu and battles (`App`); in the e2e build also the plain test map page
 * (`?map=test`) that the renderer smoke test draws.
 */
import { App } from './app';
import { prestartAiWorker, WorkerBrain } from './computer/ai-client';
import { engineRules } from './engine-rules';
import { loadCatalog } from './scenario-catalog';
import './hud/hud.css';

const showTestMap = async (): Promise<void> => {
  const [{ BattleScene }, { createPhaserGame }, { buildTestMap }, { installTestMapHook }] = await Promise.all([
    import('./scenes/battle-scene'),
    import('./render/phaser-game'),
    import('./demo/test-map'),
    import('./test-hook'),
  ]);
  const map = buildTestMap();
  const scene = new BattleScene({ map, onReady: () => installTestMapHook(map) });
  createPhaserGame(scene);
};

const boot = async (): Promise<void> => {
  if (import.meta.env.MODE === 'e2e' && new URLSearchParams(window.location.search).get('map') === 'test') {
    await showTestMap();
    return;
  }
  // The computer's worker loads while the scenarios do, so that it is running before a battle's map keeps the main
  // thread busy (see ai-client.ts).
  prestartAiWorker();
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
