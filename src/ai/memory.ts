/**
 * What the AI remembers between turns: where it last saw each enemy unit and what that unit looked like, and which
 * plan triggers have fired. Plain JSON data carried by the caller from one side-turn to the next (and saved with a
 * game), so the AI never needs more than the side's own view to play fairly.
 */
import { indexOf, isOnMap, otherSide, type Axial, type GameState, type Side, type UnitKind } from '../engine';
import { estimateStrength, unitStrength, type StrengthEstimate } from './unit-strength';

export interface RememberedEnemy {
  readonly id: string;
  readonly hex: Axial;
  /** The turn it was last seen there. */
  readonly turn: number;
  readonly kind: UnitKind;
  readonly men: number;
  readonly strength: StrengthEstimate;
}

export interface AiMemory {
  readonly side: Side;
  /** Sorted by id. */
  readonly enemies: readonly RememberedEnemy[];
  /** Keys "formationId#triggerIndex" of plan triggers that have fired, sorted. */
  readonly firedTriggers: readonly string[];
}

/** Sightings older than this many turns are forgotten: the enemy has surely moved. */
export const MEMORY_TURNS = 8;

/**
 * Every memory is this one object literal, never a spread (`{ ...memory, enemies }`): one hidden class for V8, so the
 * planner's reads of the memory stay optimised from side-turn to side-turn (see src/engine/unit-shape.ts).
 */
const makeMemory = (side: Side, enemies: readonly RememberedEnemy[], firedTriggers: readonly string[]): AiMemory => ({ side, enemies, firedTriggers });

export const createMemory = (side: Side): AiMemory => makeMemory(side, [], []);


/**
 * Updates the memory from a side's view: enemies in view are (re)recorded where they stand; a remembered enemy whose
 * hex is now in view but empty of it is forgotten, as is anything not seen for `MEMORY_TURNS`.
 * `viewState` is the fogged state from `viewFor`; `visible` its per-hex visibility (1 = seen now).
 */
export const rememberView = (memory: AiMemory, viewState: GameState, visible: Uint8Array): AiMemory => {
  const enemySide = otherSide(memory.side);
  const map = viewState.setup.map;
  const seen = new Map<string, RememberedEnemy>();
  const gone = new Set<string>();
  for (const u of viewState.units) {
    if (u.side !== enemySide) continue;
    if (!isOnMap(u)) {
      if (u.status === 'destroyed' || u.status === 'surrendered' || u.status === 'exited') gone.add(u.id);
      continue;
    }
    seen.set(u.id, { id: u.id, hex: { q: u.hex.q, r: u.hex.r }, turn: viewState.turn, kind: u.kind, men: u.men, strength: unitStrength(u) });
  }
  const kept: RememberedEnemy[] = [];
  for (const e of memory.enemies) {
    if (seen.has(e.id) || gone.has(e.id)) continue;
    if (viewState.turn - e.turn > MEMORY_TURNS) continue;
    const i = indexOf(map, e.hex);
    if (i >= 0 && visible[i] === 1) continue; // we look at that hex now and it is not there
    kept.push(e);
  }
  const enemies = [...kept, ...seen.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return makeMemory(memory.side, enemies, memory.firedTriggers);
};

export const withFiredTriggers = (memory: AiMemory, keys: readonly string[]): AiMemory => {
  if (keys.length === 0) return memory;
  const all = [...new Set([...memory.firedTriggers, ...keys])].sort();
  return makeMemory(memory.side, memory.enemies, all);
};

/** Id prefix of an enemy the AI ran into without seeing it (a move refused because the hex is held). */
export const CONTACT_PREFIX = 'contact@';

/** What an unseen enemy met in the dark is taken to be: about a company with machine guns. */
const CONTACT_STRENGTH = estimateStrength(150, { LMG: 6, HMG: 2 });

/**
 * Records that an enemy holds `hex` although the side cannot see it: the rules refused a move into it, as they would
 * tell a player. It is remembered like a sighting (and forgotten the same way).
 */
export const rememberContact = (memory: AiMemory, hex: Axial, turn: number): AiMemory => {
  const id = `${CONTACT_PREFIX}${hex.q},${hex.r}`;
  if (memory.enemies.some((e) => e.hex.q === hex.q && e.hex.r === hex.r)) return memory;
  const enemies = [...memory.enemies, { id, hex: { q: hex.q, r: hex.r }, turn, kind: 'infantry' as const, men: 150, strength: CONTACT_STRENGTH }];
  return makeMemory(memory.side, enemies.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), memory.firedTriggers);
};
