/**
 * The production bundle: it carries no test hook (`window.__kg` and its helpers exist only in the e2e build), and the
 * first load — the scripts index.html loads and preloads, before Phaser and the battle are fetched — stays within
 * 500 KB of JavaScript after gzip. The whole bundle, Phaser included, is reported beside it. A whole production build
 * takes seconds of CPU the fast tier cannot spare, so this runs in the slow tier (and CI).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect } from 'vitest';
import { deep } from './tier';

describe('the production build', () => {
  deep('leaves the browser tests’ hook out and loads at most 500 KB of JavaScript after gzip at first', () => {
    const out = mkdtempSync(join(tmpdir(), 'kg-prod-'));
    try {
      execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', out, '--logLevel', 'error'], { stdio: 'pipe' });
      const scripts = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js'));
      expect(scripts.length).toBeGreaterThan(2);
      for (const f of scripts) {
        const text = readFileSync(join(out, 'assets', f), 'utf8');
        expect(text.includes('__kg'), f).toBe(false);
        expect(text.includes('replayProof'), f).toBe(false);
      }
      const gz = (f: string) => gzipSync(readFileSync(join(out, 'assets', f)), { level: 9 }).length;
      const html = readFileSync(join(out, 'index.html'), 'utf8');
      const first = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
      expect(first.length).toBeGreaterThan(0);
      const firstLoad = first.reduce((sum, f) => sum + gz(f), 0);
      const total = scripts.reduce((sum, f) => sum + gz(f), 0);
      console.log(`JavaScript: first load ${first.length} files ${(firstLoad / 1024).toFixed(1)} KB gzip; all ${scripts.length} files ${(total / 1024).toFixed(1)} KB gzip`);
      expect(firstLoad).toBeLessThan(500 * 1024);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
