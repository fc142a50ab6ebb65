/**
 * The bundled scenario registry for Node (CLI tools and tests): every `scenarios/*.json` of the project, read with fs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRegistry, type ScenarioRegistry } from '../../scenario';
import { PROJECT_ROOT } from './project-root';

/** The project's `scenarios/` folder, wherever the command is run from. */
export const SCENARIOS_DIR = join(PROJECT_ROOT, 'scenarios');

let cached: ScenarioRegistry | undefined;

/** Reads and parses the bundled scenarios once per process. */
export const bundledScenarios = (): ScenarioRegistry => {
  if (!cached) {
    let names: string[] = [];
    try {
      names = readdirSync(SCENARIOS_DIR).filter((n) => n.endsWith('.json')).sort();
    } catch {
      names = [];
    }
    cached = createRegistry(names.map((fileName) => ({ fileName, text: readFileSync(join(SCENARIOS_DIR, fileName), 'utf8') })));
  }
  return cached;
};
