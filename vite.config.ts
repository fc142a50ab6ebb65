import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The game's own icons (assets/icons, drawn by scripts/make-icons.ts) copied into the build as icons/…. */
const appIcons = (): Plugin => ({
  name: 'kg-app-icons',
  apply: 'build',
  generateBundle() {
    for (const f of readdirSync('assets/icons')) this.emitFile({ type: 'asset', fileName: `icons/${f}`, source: readFileSync(`assets/icons/${f}`) });
  },
});

/**
 * The built page's Content-Security-Policy, as a <meta> at the top of index.html (build only: the dev server injects
 * its own inline styles for hot reload). Scripts, styles, workers and data come only from the game's own origin: no
 * inline script, no eval, no inline style (the HUD sets styles through the CSSOM, which a policy does not govern).
 * Images may be data:/blob: URLs (map thumbnails and Phaser's canvas textures), and the service worker and the AI and
 * lab Web Workers are same-origin modules. Files a player opens are read as text and never reach the DOM as markup.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // Exercise files may come from a school's learning platform (`?exercise=https://…`, fetched with CORS and read as
  // untrusted text): https addresses may be fetched, nothing may run from them.
  "connect-src 'self' https: data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'kg-content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
});

export default defineConfig({
  base: './',
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
  worker: { format: 'es' },
  plugins: [
    contentSecurityPolicy(),
    appIcons(),
    // Installable and playable offline after the first visit: a web app manifest, and a service worker that
    // precaches the whole build — the game, Phaser's chunk, the AI worker, the bundled scenarios and the icons.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: {
        name: 'Khalkhin Gol 1939',
        short_name: 'Khalkhin Gol',
        description: 'A turn-based tactical hex wargame of the 1939 Soviet–Japanese battles on the Khalkhin Gol.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        background_color: '#1d1f1a',
        theme_color: '#1d1f1a',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/app-icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,png,svg}'],
        // Records the browser tests put next to the build are fetched live, never precached.
        globIgnores: ['e2e-records/**'],
        // Phaser's chunk is ~1.4 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Scenario and exercise files stay files (fetched, precached, openable by URL), however small: an exercise of a
    // few KB would otherwise be inlined into the script as a data: URL.
    assetsInlineLimit: (file: string) => (/[\\/]scenarios[\\/]/.test(file) ? false : undefined),
    // Phaser is a prebuilt ~1.4 MB bundle; keep it in a chunk of its own so the game code stays small.
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          return id.includes('node_modules/phaser') ? 'phaser' : undefined;
        },
      },
    },
  },
});
