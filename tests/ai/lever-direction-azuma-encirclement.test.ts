/** Levers move azuma-encirclement the way the sources suggest: more Japanese lorries or ammunition never worsen the Japanese result (see lever-direction.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import { compare, margins, notWorse } from './lever-direction';

const ID = 'azuma-encirclement';

describe(`${ID}: Japanese lorries and ammunition, 50 seeds`, () => {
  let base: number[] = [];
  beforeAll(() => {
    base = margins(ID, {});
  }, 1_800_000);

  it.each([
    ['japanese-trucks', 400],
    ['japanese-artillery-ammunition', 200],
  ] as const)('%s at %d never makes the Japanese average result worse', (lever, value) => {
    const c = compare(base, margins(ID, { [lever]: value }));
    expect(notWorse(c), JSON.stringify(c)).toBe(true);
  }, 1_800_000);
});
