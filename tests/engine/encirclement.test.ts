/**
 * Retreat paths and encirclement: which neighbour a beaten unit falls back to, and when it has none.
 */
import { describe, expect, it } from 'vitest';
import { isEncircled, retreatHex } from '../../src/engine/encirclement';
import { findUnit } from '../../src/engine/state-update';
import { at } from '../helpers/test-setup';
import { battle, rifleBattalion, rifleCompany } from './combat-fixtures';

const retreatOf = (s: ReturnType<typeof battle>, id: string, threats: [number, number][]) => {
  const u = findUnit(s, id)!;
  return retreatHex(s, u, u.hex!, threats.map(([c, r]) => at(c, r)));
};

describe('retreat hexes', () => {
  it('falls back directly away from a single attacker', () => {
    const s = battle([rifleBattalion('sov', 'soviet', [5, 5]), rifleCompany('jap', 'japanese', [6, 5])]);
    // attacked from the west, the company goes east (its hexes next to the attacker are in its zone)
    expect(retreatOf(s, 'jap', [[5, 5]])).toEqual(at(7, 5));
  });

  it('never into a lake, over the Khalkhin Gol without a crossing, or into an enemy zone', () => {
    const rows = Array(15).fill('....................');
    rows[5] = '.......~............';
    const s = battle([rifleBattalion('sov', 'soviet', [5, 5]), rifleCompany('jap', 'japanese', [6, 5])], {
      map: {
        rows,
        hexsides: [
          { col: 6, row: 5, direction: 5, river: 'major' }, // NE
          { col: 6, row: 5, direction: 1, river: 'major' }, // SE
        ],
      },
    });
    // E is a lake, NE and SE are over the river, the rest lie in the attacker's zone of control
    expect(retreatOf(s, 'jap', [[5, 5]])).toBeNull();
    expect(isEncircled(s, findUnit(s, 'jap')!, [at(5, 5)])).toBe(true);
  });

  it('a bridge over the river is a way out', () => {
    const rows = Array(15).fill('....................');
    rows[5] = '.......~............';
    const s = battle([rifleBattalion('sov', 'soviet', [5, 5]), rifleCompany('jap', 'japanese', [6, 5])], {
      map: {
        rows,
        hexsides: [
          { col: 6, row: 5, direction: 5, river: 'major', crossing: 'bridge' },
          { col: 6, row: 5, direction: 1, river: 'major' },
        ],
      },
    });
    expect(retreatOf(s, 'jap', [[5, 5]])).toEqual(at(7, 4));
  });

  it('friends holding a hex in the enemy zone keep it open, unless the hex is full', () => {
    const corner = [rifleBattalion('s1', 'soviet', [1, 0]), rifleBattalion('s2', 'soviet', [1, 2]), rifleCompany('jap', 'japanese', [0, 0])];
    // the company's way out is (0, 1), in the enemy zone: open only while a friend stands there
    expect(retreatOf(battle(corner), 'jap', [[1, 0]])).toBeNull();
    const held = battle([...corner, rifleCompany('friend', 'japanese', [0, 1])]);
    expect(retreatOf(held, 'jap', [[1, 0]])).toEqual(at(0, 1));
    const full = battle([...corner, rifleBattalion('f1', 'japanese', [0, 1]), rifleBattalion('f2', 'japanese', [0, 1])]);
    expect(retreatOf(full, 'jap', [[1, 0]])).toBeNull();
  });
});
