/**
 * Unit tier global setup: builds the command-line programs once (src/cli/worker-bundle.ts `cliBundle`, cached by a
 * hash of the sources) so the tests that run them as processes start plain JavaScript — not a TypeScript loader that
 * compiles ~200 modules in every process, which was most of the tier's CPU time.
 */
import type { TestProject } from 'vitest/node';
import { cliBundle } from '../../src/cli/worker-bundle';

export default async function setup(project: TestProject): Promise<void> {
  project.provide('cliDir', await cliBundle());
}

declare module 'vitest' {
  export interface ProvidedContext {
    cliDir: string;
  }
}
