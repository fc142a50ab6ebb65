/**
 * The project's folder (where package.json, scenarios/ and src/ are), found by walking up from this module. A fixed
 * `new URL('../../../', import.meta.url)` would break once the module is bundled into another folder (the batch
 * workers and the command-line tests run pre-built bundles from node_modules/.cache).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'khalkhin-gol-1939';

const isProjectRoot = (dir: string): boolean => {
  const pkg = join(dir, 'package.json');
  if (!existsSync(pkg)) return false;
  try {
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
};

const findProjectRoot = (from: string): string => {
  for (let dir = from; ; dir = dirname(dir)) {
    if (isProjectRoot(dir)) return dir;
    if (dirname(dir) === dir) throw new Error(`no ${PACKAGE_NAME} package.json above ${from}`);
  }
};

export const PROJECT_ROOT: string = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
