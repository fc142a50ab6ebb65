/**
 * The version written into results and records: the package's version (the rules change with it). Read from
 * package.json at build time (Vite and tsx both inline a named JSON import), so it works in Node and the browser.
 */
import { version } from '../../package.json';

export const ENGINE_VERSION = `khalkhin-gol-1939/${version}`;
