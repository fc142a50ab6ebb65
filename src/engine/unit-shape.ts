/**
 * The one place a `Unit` object is built, so every unit in every state has the same hidden class.
 *
 * Why: JavaScript engines give an object a hidden class ("shape") from the properties it was built with and their
 * order. Units used to come from spreads (`{ ...u, ...patch }`, `{ ...base, ...(note ? { note } : {}) }`), which made
 * dozens of shapes: with or without `arrives`/`note`, and a different one per spread site. Every hot rule then saw
 * several shapes, so V8 kept throwing away its optimised code ("wrong map") and compiling it again on its background
 * threads, in every game and in every batch worker. Here each unit is one object literal with every field present,
 * always in the order below (`arrives` and `note` are `undefined` when a unit has none).
 *
 * `undefined` fields change nothing outside the engine's speed: JSON.stringify leaves them out, the state hash skips
 * them as JSON does (hash.ts), and the unit type already declared them optional.
 */
import type { Unit, UnitActions, UnitSetup } from './types';

/**
 * `u` with the fields of `patch` replaced: what `{ ...u, ...patch }` gives, but in the one shape. A field absent
 * from the patch (or `undefined` in it, which the patch type allows only for `arrives` and `note`) keeps its value.
 */
export const patchUnit = (u: Unit, p: Partial<Unit>): Unit => ({
  id: p.id ?? u.id,
  side: p.side ?? u.side,
  name: p.name ?? u.name,
  label: p.label ?? u.label,
  formation: p.formation ?? u.formation,
  kind: p.kind ?? u.kind,
  size: p.size ?? u.size,
  status: p.status ?? u.status,
  hex: p.hex !== undefined ? p.hex : u.hex,
  men: p.men ?? u.men,
  equipment: p.equipment ?? u.equipment,
  damaged: p.damaged ?? u.damaged,
  destroyed: p.destroyed ?? u.destroyed,
  start: p.start ?? u.start,
  casualties: p.casualties ?? u.casualties,
  cohesion: p.cohesion ?? u.cohesion,
  suppression: p.suppression ?? u.suppression,
  fatigue: p.fatigue ?? u.fatigue,
  entrenchment: p.entrenchment ?? u.entrenchment,
  supply: p.supply ?? u.supply,
  turnsOutOfSupply: p.turnsOutOfSupply ?? u.turnsOutOfSupply,
  ammo: p.ammo ?? u.ammo,
  mp: p.mp ?? u.mp,
  acted: p.acted ?? u.acted,
  arrives: p.arrives ?? u.arrives,
  source: p.source ?? u.source,
  note: p.note ?? u.note,
});

const NO_PATCH: Partial<Unit> = Object.freeze({});

/** A unit with every field present, in the fixed order: the patch that replaces nothing. */
export const makeUnit = (x: Unit): Unit => patchUnit(x, NO_PATCH);

/**
 * `acted` with one more flag set. The flags keep one shape too: an object literal with the same keys in the same order
 * as `NO_ACTIONS` (side-part.ts) shares its hidden class, where a spread (`{ ...acted, moved: true }`) made new ones.
 */
export const withAction = (a: UnitActions, flag: keyof UnitActions): UnitActions => ({
  moved: a.moved || flag === 'moved',
  attacked: a.attacked || flag === 'attacked',
  fired: a.fired || flag === 'fired',
  dug: a.dug || flag === 'dug',
  rallied: a.rallied || flag === 'rallied',
  built: a.built || flag === 'built',
});

/**
 * A unit's setup with every field present, in the fixed order (the optional ones `undefined` when the scenario has
 * none). The scenario layer builds each game's order of battle through it: spreads of optional fields there gave the
 * setup units about twenty shapes, new ones in every game, so the rules that read `setup.units` were recompiled in
 * every game.
 */
export const makeUnitSetup = (u: UnitSetup): UnitSetup => ({
  id: u.id,
  side: u.side,
  name: u.name,
  label: u.label,
  formation: u.formation,
  kind: u.kind,
  size: u.size,
  men: u.men,
  equipment: u.equipment,
  hex: u.hex,
  arrives: u.arrives,
  cohesion: u.cohesion,
  entrenchment: u.entrenchment,
  ammo: u.ammo,
  source: u.source,
  note: u.note,
});
