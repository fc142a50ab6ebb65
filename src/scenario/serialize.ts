/**
 * A scenario back to file text (the pair of `parseScenario`): two-space JSON in schema key order, ending in a newline.
 * `parseScenario(serializeScenario(s))` gives `s` again, and the same content hash.
 */
import type { Scenario } from './schema';

export const serializeScenario = (scenario: Scenario): string => `${JSON.stringify(scenario, null, 2)}\n`;
