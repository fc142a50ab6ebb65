/**
 * Debian's Chromium through playwright-core with the flags this machine needs. The e2e run starts one Chromium for all
 * its files (global-setup.ts, `launchServer`) and each file connects to it: a browser start costs about a second of
 * CPU, and the files still get their own contexts (fresh profiles), so nothing leaks between them. Closing a connected
 * browser drops its contexts and disconnects; the server stops at the end of the run.
 */
import { chromium, type Browser, type Download } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { inject } from 'vitest';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM_OPTIONS = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS };

/** The run's shared Chromium (a connection to it), or a browser of its own when the run has none. */
export const launchBrowser = (): Promise<Browser> => {
  const ws = inject('chromiumWs');
  return ws ? chromium.connect(ws) : chromium.launch(CHROMIUM_OPTIONS);
};

/** Screenshots go to a git-ignored folder for a person to look at. */
export const SCREENSHOT_DIR = 'screenshots';
export const screenshotPath = (name: string): string => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return `${SCREENSHOT_DIR}/${name}.png`;
};

/**
 * A download's content as text. Read through its stream: with the shared browser the file stays on the browser's
 * side of the connection, so `download.path()` is not available.
 */
export const downloadText = async (download: Download): Promise<string> => {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
};
