/**
 * What every command does at its edges: leave quietly when the reader of its output goes away (`… | head -1`),
 * check output paths before any work, and replace files whole (a reader never sees half a file).
 */
import { accessSync, constants, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Exits 0 without a word when stdout or stderr is a closed pipe (EPIPE), instead of a stack trace. */
export const quietPipes = (): void => {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
};

/**
 * Why `path` (given with `flag`) cannot be written, or undefined: its folder must exist and be writable, and the
 * path itself must not be a folder (or, if it is a file, must be writable).
 */
export const outputPathProblem = (flag: string, path: string): string | undefined => {
  const full = resolve(path);
  try {
    const st = statSync(full);
    if (st.isDirectory()) return `${flag} ${path}: is a folder; give a file name`;
    accessSync(full, constants.W_OK);
    return undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return `${flag} ${path}: cannot write to it`;
  }
  const dir = dirname(full);
  try {
    if (!statSync(dir).isDirectory()) return `${flag} ${path}: ${dirname(path)} is not a folder`;
    accessSync(dir, constants.W_OK);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? `${flag} ${path}: the folder ${dirname(path)} does not exist` : `${flag} ${path}: cannot write in ${dirname(path)}`;
  }
  return undefined;
};

/** Writes `text` to a temporary file beside `path` and renames it into place. */
export const writeFileWhole = (path: string, text: string): void => {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
};

/** Whether the module at `moduleUrl` is the script node was started with (so its `main` runs), not an import. */
export const isEntry = (moduleUrl: string): boolean => {
  const script = process.argv[1];
  return script !== undefined && pathToFileURL(resolve(script)).href === moduleUrl;
};
