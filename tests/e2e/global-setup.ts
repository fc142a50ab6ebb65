/**
 * Starts `vite preview` on the e2e build of the game (`npm run build:e2e`, which the e2e script runs first; it carries
 * the `window.__kg` test hook that production builds leave out) by PID on a free port, and stops that PID
 * afterwards; `npx` would leave a child process holding the port.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromium, type BrowserServer } from 'playwright-core';
import { cliBundle } from '../../src/cli/worker-bundle';
import { CHROMIUM_OPTIONS } from './browser';
import '../helpers/cli-setup';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });

const waitForServer = async (url: string, timeoutMs: number): Promise<void> => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not start at ${url}`);
};

let server: ChildProcess | undefined;
let browserServer: BrowserServer | undefined;

/**
 * Records made by `sim --record` for the replay tests, placed in the served folder before the server starts (it lists
 * its files once): August is the largest game, the tutorial the quickest.
 */
export const E2E_RECORDS = { august: 'e2e-records/august-offensive-1.record.json', tutorial: 'e2e-records/tutorial-3.record.json' } as const;

const makeRecords = (cliDir: string): void => {
  mkdirSync('dist-e2e/e2e-records', { recursive: true });
  for (const [scenario, seed, file] of [
    ['august-offensive', '1', E2E_RECORDS.august],
    ['tutorial', '3', E2E_RECORDS.tutorial],
  ] as const) {
    const out = `dist-e2e/${file}`;
    if (existsSync(out)) continue;
    execFileSync(process.execPath, [join(cliDir, 'sim.mjs'), '--scenario', scenario, '--seed', seed, '--record', out], { stdio: 'ignore' });
  }
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The command-line programs, pre-built once (the tests that check a browser's file with `replay --verify` or
  // compare the lab with `batch` run them as processes).
  const cliDir = await cliBundle();
  project.provide('cliDir', cliDir);
  makeRecords(cliDir);
  const port = await freePort();
  server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', 'dist-e2e', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  await waitForServer(url, 30_000);
  project.provide('baseUrl', url);
  // One Chromium for the whole run; every test file connects to it (browser.ts).
  browserServer = await chromium.launchServer(CHROMIUM_OPTIONS);
  project.provide('chromiumWs', browserServer.wsEndpoint());
  return async () => {
    await browserServer?.close();
    if (server?.pid) process.kill(server.pid, 'SIGTERM');
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The shared Chromium's WebSocket endpoint (browser.ts connects to it). */
    chromiumWs: string;
  }
}
