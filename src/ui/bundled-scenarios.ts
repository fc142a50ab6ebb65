/**
 * The bundled scenario registry for the browser: Vite inlines every `scenarios/*.json` as text at build time, and the
 * same parser as the CLI checks it (src/scenario/registry.ts).
 */
import { createRegistry, type ScenarioRegistry } from '../scenario/registry';

const texts = import.meta.glob('../../scenarios/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const bundledScenarios: ScenarioRegistry = createRegistry(
  Object.keys(texts)
    .sort()
    .map((path) => ({ fileName: path.slice(path.lastIndexOf('/') + 1), text: texts[path]! })),
);
