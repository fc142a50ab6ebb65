/**
 * The batch worker as one pre-built JavaScript file, so that each worker thread loads plain JavaScript instead of
 * booting a TypeScript loader and compiling ~200 modules of its own (which made 2 workers no faster than 1).
 *
 * Built with Vite (Rolldown) in SSR mode on first use into `node_modules/.cache/khalkhin-gol/`, named by a hash of
 * the sources it is made of, and reused until they change. Concurrent builds each write to their own folder and
 * rename into place, so two batches starting together cannot read a half-written file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'khalkhin-gol');
const ENTRY = 'src/cli/batch-worker.ts';
/** The layers the worker is made of (src/ui and the rest of src/cli are not). */
const SOURCE_DIRS = ['engine', 'format', 'scenario', 'ai', 'replay', 'analysis', 'game'];
const SOURCE_FILES = ['src/cli/batch-worker.ts', 'src/cli/batch-job.ts', 'package.json', 'package-lock.json'];

const walk = (dir: string, out: string[]): void => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|json)$/.test(name)) out.push(p);
  }
};

/** A hash of every file the bundle is built from (paths and contents). */
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

/** The path of the built worker, building it first if the sources changed since the last build. */
export const workerBundle = async (): Promise<string> => {
  const file = join(CACHE_DIR, `batch-worker-${sourcesHash()}.mjs`);
  if (existsSync(file)) return file;
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
        ssr: ENTRY,
        outDir: tmp,
        emptyOutDir: false,
        minify: false,
        target: 'node20',
        copyPublicDir: false,
        rolldownOptions: { output: { format: 'es', entryFileNames: 'batch-worker.mjs', codeSplitting: false } },
      },
      ssr: { noExternal: true, target: 'node' },
    });
    renameSync(join(tmp, 'batch-worker.mjs'), file);
    // Older builds of other source versions are of no further use.
    for (const old of readdirSync(CACHE_DIR)) if (old.startsWith('batch-worker-') && join(CACHE_DIR, old) !== file) rmSync(join(CACHE_DIR, old), { force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return file;
};
