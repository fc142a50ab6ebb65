/**
 * The bundled scenario registry for Node (CLI tools and tests): every `scenarios/*.json` of the project, read with fs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRegistry, type ScenarioRegistry } from '../../scenario';

/** The project's `scenarios/` folder, wherever the command is run from. */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../../scenarios/', import.meta.url));

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
