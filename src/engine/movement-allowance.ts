/**
 * Movement points per turn, as the turn sequence hands them out. The movement module owns the real rule
 * (`movementAllowance` in mobility.ts); this indirection keeps the turn sequence independent of when that lands.
 */
import type { GameState, Unit } from './types';
import type { UnitKind } from './vocabulary';

/** Provisional allowances by arm of service until mobility.ts provides the rule. */
const BY_KIND: Readonly<Record<UnitKind, number>> = {
  infantry: 6,
  'machine-gun': 6,
  engineer: 6,
  headquarters: 6,
  'anti-tank': 6,
  artillery: 6,
  cavalry: 10,
  'motorised-infantry': 12,
  reconnaissance: 12,
  'armoured-car': 12,
  tank: 12,
};

export const movementAllowance = (_state: GameState, unit: Unit): number => BY_KIND[unit.kind];
