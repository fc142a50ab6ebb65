/**
 * The production bundle carries no test hook: `window.__kg` and its helpers exist only in the e2e build.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the production build', () => {
  it('leaves the browser tests’ hook out', () => {
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
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
