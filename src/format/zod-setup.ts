/**
 * zod compiles its object parsers with `new Function` when it may, and probes for that on first use. In a browser page
 * or worker the Content-Security-Policy forbids eval (vite.config.ts), so the probe alone would report a violation:
 * there zod runs without compiling ("jitless", the same results a little slower). Node keeps the compiled parsers.
 * Imported for its effect by this layer's front door, which every parser of files goes through.
 */
import { z } from 'zod';

const global = globalThis as Record<string, unknown>;
if (typeof global.document !== 'undefined' || typeof global.WorkerGlobalScope !== 'undefined') z.config({ jitless: true });
