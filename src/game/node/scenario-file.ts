/**
 * Finding a scenario on disk (Node only): `--scenario` and the scripts take a bundled id (`scenarios/<id>.json`) or a
 * path to a file. Every problem is a one-line message, never a stack trace.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { loadScenarioText, type LoadResult } from '../load-scenario';
import { PROJECT_ROOT } from './project-root';

/** Where `--scenario` points: a path if it names an existing file (or ends in .json), else a bundled id. */
export const scenarioFile = (arg: string): string => {
  if (arg.endsWith('.json') || arg.includes('/') || existsSync(arg)) return resolve(arg);
  return resolve(PROJECT_ROOT, 'scenarios', `${arg}.json`);
};

/** Reads, parses and prepares the scenario `arg` names (a bundled id or a path). */
export const loadScenarioGame = (arg: string): LoadResult => {
  if (arg === '') return { ok: false, message: '--scenario is empty' };
  const file = scenarioFile(arg);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, message: `no scenario '${arg}' (looked for ${file})` };
  }
  return loadScenarioText(text, basename(file));
};
