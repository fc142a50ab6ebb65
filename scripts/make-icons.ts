/**
 * Draws the app icons (assets/icons/icon-*.png, the web app manifest's and the favicon) from assets/icons/app-icon.svg
 * in headless Chromium: `npx tsx scripts/make-icons.ts`. The PNGs are committed; run this again after editing the SVG.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('assets/icons/app-icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const size of [32, 192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: `assets/icons/icon-${size}.png`, omitBackground: true });
    await page.close();
  }
  // A maskable icon: the artwork inside the safe zone (80 %) on a full-bleed background.
  const size = 512;
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = Math.round(size * 0.8);
  await page.setContent(
    `<html><body style="margin:0;background:#1d1f1a;display:flex;align-items:center;justify-content:center;height:${size}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</body></html>`,
  );
  await page.screenshot({ path: 'assets/icons/icon-maskable-512.png' });
  await page.close();
} finally {
  await browser.close();
}
