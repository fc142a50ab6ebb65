/**
 * Where enemy fire can reach next turn, per hex, from the enemies the AI sees or remembers: anti-personnel fire and
 * anti-armour fire as two integer maps. An enemy threatens the hexes it can fire on now plus those it can close to,
 * so a unit weighing a move sees the price of standing there. Built once per change of the memory, O(enemies × area).
 */
import { fastDistance, hexAt, type Axial, type MapData } from '../engine';
import type { RememberedEnemy } from './memory';

export interface ThreatMap {
  /** Anti-personnel fire that can reach each hex. */
  readonly fire: Int32Array;
  /** Anti-armour fire (penetration × pieces) that can reach each hex. */
  readonly antiArmour: Int32Array;
  /** 1 where a known enemy stands. */
  readonly occupied: Uint8Array;
  /** Number of known enemy units adjacent to each hex (a crude zone of control and pocket signal). */
  readonly adjacentEnemies: Uint8Array;
}

/** How many hexes an enemy can close before it fires, beyond its weapons' reach. */
const CLOSING_HEXES = 2;

const axialCache = new WeakMap<MapData, readonly Axial[]>();
/** Axial coordinates of every map index, built once per map. */
export const hexesOf = (map: MapData): readonly Axial[] => {
  let hexes = axialCache.get(map);
  if (!hexes) {
    hexes = Array.from({ length: map.width * map.height }, (_, i) => hexAt(map, i));
    axialCache.set(map, hexes);
  }
  return hexes;
};

/**
 * `visibilityMetres` caps direct fire: at night or in a storm the enemy cannot shoot further than it can see.
 */
export const buildThreatMap = (map: MapData, enemies: readonly RememberedEnemy[], visibilityMetres = Number.MAX_SAFE_INTEGER): ThreatMap => {
  const n = map.width * map.height;
  const fire = new Int32Array(n);
  const antiArmour = new Int32Array(n);
  const occupied = new Uint8Array(n);
  const adjacentEnemies = new Uint8Array(n);
  const hexes = hexesOf(map);
  for (const e of enemies) {
    const reach = Math.floor(Math.min(e.strength.directRangeM, visibilityMetres) / map.hexMetres) + CLOSING_HEXES;
    // Scan only the rows the reach can touch.
    const r0 = Math.max(0, e.hex.r - reach);
    const r1 = Math.min(map.height - 1, e.hex.r + reach);
    for (let row = r0; row <= r1; row++) {
      for (let col = 0; col < map.width; col++) {
        const i = row * map.width + col;
        const d = fastDistance(hexes[i]!, e.hex);
        if (d > reach) continue;
        fire[i] = fire[i]! + e.strength.firepower;
        antiArmour[i] = antiArmour[i]! + e.strength.antiArmour;
        if (d === 0) occupied[i] = 1;
        else if (d === 1) adjacentEnemies[i] = Math.min(6, adjacentEnemies[i]! + 1);
      }
    }
  }
  return { fire, antiArmour, occupied, adjacentEnemies };
};
