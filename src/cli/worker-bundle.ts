/**
 * Pre-built JavaScript for Node: the batch worker, so that each worker thread loads plain JavaScript instead of
 * booting a TypeScript loader and compiling ~200 modules of its own (which made 2 workers no faster than 1); and the
 * command-line programs, which the command-line tests run as a user would but without a loader's start-up in every
 * process.
 *
 * Built with Vite (Rolldown) in SSR mode on first use into `node_modules/.cache/khalkhin-gol/`, named by a hash of
 * the sources it is made of, and reused until they change. Concurrent builds each write to their own folder and
 * rename into place, so two batches starting together cannot read a half-written file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT as ROOT } from '../game/node';

const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'khalkhin-gol');
/** The layers the programs are made of (src/ui is not). */
const SOURCE_DIRS = ['engine', 'format', 'scenario', 'ai', 'replay', 'analysis', 'game', 'cli'];
const SOURCE_FILES = ['package.json', 'package-lock.json'];

/** The command-line programs of `npm run -s …` (src/cli/NAME.ts). */
export const CLI_PROGRAMS = ['sim', 'batch', 'replay', 'validate', 'levers', 'compare', 'merge', 'history'] as const;
export type CliProgram = (typeof CLI_PROGRAMS)[number];

const walk = (dir: string, out: string[]): void => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|json)$/.test(name)) out.push(p);
  }
};

/** A hash of every file the bundles are built from (paths and contents). */
export const sourcesHash = (): string => {
  const files: string[] = [];
  for (const d of SOURCE_DIRS) walk(join(ROOT, 'src', d), files);
  for (const f of SOURCE_FILES) if (existsSync(join(ROOT, f))) files.push(join(ROOT, f));
  const h = createHash('sha256');
  for (const f of files) {
    h.update(relative(ROOT, f));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 16);
};

/**
 * Builds `entries` (name → source file) into one folder named `kind-HASH`, unless it is there already, and returns
 * the folder. `selfContained` bundles the dependencies too (a worker thread); otherwise they are imported from
 * node_modules at run time.
 */
const buildOnce = async (kind: string, entries: Readonly<Record<string, string>>, selfContained: boolean): Promise<string> => {
  const dir = join(CACHE_DIR, `${kind}-${sourcesHash()}`);
  if (existsSync(dir)) return dir;
  mkdirSync(CACHE_DIR, { recursive: true });
  const tmp = mkdtempSync(join(CACHE_DIR, 'build-'));
  try {
    const { build } = await import('vite');
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      publicDir: false,
      build: {
        ssr: true,
        outDir: tmp,
        emptyOutDir: false,
        minify: false,
        target: 'node20',
        copyPublicDir: false,
        rolldownOptions: { input: entries, output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunk-[hash].mjs' } },
      },
      ssr: selfContained ? { noExternal: true, target: 'node' } : { target: 'node' },
    });
    try {
      renameSync(tmp, dir);
    } catch (e) {
      // Another process finished the same build first: use its folder.
      if (!existsSync(dir)) throw e;
    }
    // Older builds of other source versions are of no further use.
    for (const old of readdirSync(CACHE_DIR)) if (old.startsWith(`${kind}-`) && join(CACHE_DIR, old) !== dir) rmSync(join(CACHE_DIR, old), { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
};

/** The path of the built batch worker, building it first if the sources changed since the last build. */
export const workerBundle = async (): Promise<string> => join(await buildOnce('batch-worker', { 'batch-worker': 'src/cli/batch-worker.ts' }, true), 'batch-worker.mjs');

/** The folder of the built command-line programs (`NAME.mjs` for each of CLI_PROGRAMS). */
export const cliBundle = (): Promise<string> => buildOnce('cli', Object.fromEntries(CLI_PROGRAMS.map((p) => [p, `src/cli/${p}.ts`])), false);
