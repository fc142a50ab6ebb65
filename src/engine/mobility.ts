/**
 * How a unit moves: its mobility class (foot, horse, wheeled, tracked) from its kind and equipment, and the movement
 * points (MP) it gets each turn.
 *
 * MP scale: one MP is half the cost of crossing a hex of open steppe, so every terrain cost is a whole number and a road
 * can be cheaper than open ground (see movement-costs.ts). At 500 m hexes and 60-minute turns the allowances are
 * foot 12 (6 steppe hexes, 3 km/h), horse 20 (5 km/h), wheeled 24 and tracked 24 (12 steppe hexes, 6 km/h tactical
 * speed off-road; a wheeled column on a road goes twice as far). Longer turns add less than their length (see
 * marchMinutes): 2-hour turns give foot 16 and wheels 32; 6-hour turns on 1 km hexes the same 16 and 32.
 */
import { EQUIPMENT } from './equipment';
import type { GameState, Unit } from './types';
import { KIND_RULES } from './unit-kinds';
import type { MobilityClass } from './vocabulary';

/** Movement points per 60-minute turn on 500 m hexes, before fatigue and cohesion. */
export const BASE_MP: Readonly<Record<MobilityClass, number>> = { foot: 12, horse: 20, wheeled: 24, tracked: 24 };

/** Men one truck carries when it lifts a foot unit (a GAZ-AA or Isuzu with its load: about 20 men). */
export const MEN_PER_TRUCK = 20;

/**
 * Turns longer than this count as this long: men and engines do not keep marching through a whole day, so a
 * 24-hour turn gives about a day's march, not 24 hours of movement.
 */
export const MAX_MARCH_MINUTES = 480;

/**
 * Minutes of a turn that count as movement. The first hour counts in full; beyond it only a third does, because a
 * force on the move for hours halts, refuels, waits for its tail, reconnoitres and deploys, so a day's sustained advance
 * is far less than an hour's dash times the hours. 30 → 30, 60 → 60, 120 → 80, 240 → 120, 360 → 160, 480 or more → 200.
 */
export const marchMinutes = (minutesPerTurn: number): number => {
  const m = Math.min(Math.max(minutesPerTurn, 0), MAX_MARCH_MINUTES);
  return m <= 60 ? m : 60 + Math.floor((m - 60) / 3);
};

/**
 * Order from the most to the least restricted class. A unit moves as its most restricted element; wheels rank below
 * tracks because a mixed column of tanks and lorries is held to where the lorries can go.
 */
const RANK: Readonly<Record<MobilityClass, number>> = { foot: 0, horse: 1, wheeled: 2, tracked: 3 };

/** The class a unit's men move at, before its vehicles and guns are considered. */
const menClass = (unit: Pick<Unit, 'kind' | 'men' | 'equipment'>, vehicles: MobilityClass | null): MobilityClass => {
  const kind = KIND_RULES[unit.kind];
  if (kind.menMobility !== null) return kind.menMobility;
  if (kind.crewed && vehicles !== null) return vehicles;
  const trucks = unit.equipment['truck'] ?? 0;
  if (unit.men > 0 && trucks * MEN_PER_TRUCK >= unit.men) return 'wheeled';
  if (unit.men === 0 && vehicles !== null) return vehicles;
  return 'foot';
};

/**
 * The unit's mobility class: the slowest of its men and its non-foot equipment. Trucks never slow a unit (they are its
 * transport); foot-mobile weapons (machine guns, mortars, light guns) are carried or man-hauled at the men's pace.
 * Tanks and tankettes are tracked; armoured cars, lorried and truck-drawn guns wheeled; horse-drawn guns horse.
 */
export const unitMobility = (unit: Pick<Unit, 'kind' | 'men' | 'equipment'>): MobilityClass => {
  let vehicles: MobilityClass | null = null;
  for (const id of Object.keys(unit.equipment).sort()) {
    if ((unit.equipment[id] ?? 0) <= 0 || id === 'truck') continue;
    const mobility = EQUIPMENT[id]?.mobility;
    if (mobility === undefined || mobility === 'foot') continue;
    if (vehicles === null || RANK[mobility] < RANK[vehicles]) vehicles = mobility;
  }
  if (vehicles === null) vehicles = KIND_RULES[unit.kind].defaultVehicles;
  const men = menClass(unit, vehicles);
  if (vehicles === null) return men;
  return RANK[men] < RANK[vehicles] ? men : vehicles;
};

/**
 * MP for a class in a turn of `minutesPerTurn` on hexes `hexMetres` apart, before fatigue and cohesion:
 * BASE_MP × marchMinutes / 60 × 500 / hexMetres, rounded down.
 */
export const scaledAllowance = (mobility: MobilityClass, minutesPerTurn: number, hexMetres: number): number =>
  Math.floor((BASE_MP[mobility] * marchMinutes(minutesPerTurn) * 500) / (60 * Math.max(hexMetres, 1)));

/**
 * Percent of the full allowance left to a tired or shaken unit: fatigue takes up to half (100 fatigue = 50 %), and a
 * unit below 50 cohesion loses a further quarter (its officers spend the time restoring order).
 */
export const allowancePercent = (unit: Pick<Unit, 'fatigue' | 'cohesion'>): number => {
  const fatigue = Math.min(Math.max(unit.fatigue, 0), 100);
  const rested = 100 - Math.floor(fatigue / 2);
  return unit.cohesion < 50 ? Math.floor((rested * 75) / 100) : rested;
};

/** The unit's full allowance for the scenario's turn length and scale, ignoring fatigue and cohesion. */
export const fullAllowance = (state: GameState, unit: Pick<Unit, 'kind' | 'men' | 'equipment'>): number =>
  scaledAllowance(unitMobility(unit), state.setup.clock.minutesPerTurn, state.setup.map.hexMetres);

/**
 * Movement points the unit gets at the start of its side's turn (integer). Units not on the map get 0. A unit with
 * any allowance keeps at least 1 MP so exhaustion slows it but never pins it for good. Routed units move normally but
 * may not enter an enemy zone of control (movement.ts).
 */
export const movementAllowance = (state: GameState, unit: Unit): number => {
  if ((unit.status !== 'active' && unit.status !== 'routed') || unit.hex === null) return 0;
  const full = fullAllowance(state, unit);
  if (full <= 0) return 0;
  return Math.max(1, Math.floor((full * allowancePercent(unit)) / 100));
};
