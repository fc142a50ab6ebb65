/**
 * The shapes an authoring module fills in before `write-scenarios.ts` freezes them into scenario JSON
 * (docs/scenario-format.md). Units stand on `Spot`s (km or named places) and are turned into hexes by `placement.ts`.
 */
import type { Offset, Side as Hexside } from './draw-map';
import type { Spot } from './placement';

export type SideId = 'soviet' | 'japanese';

export interface UnitDraft {
  readonly id: string;
  readonly side: SideId;
  readonly name: string;
  readonly label: string;
  readonly formation: string;
  readonly kind:
    | 'infantry'
    | 'motorised-infantry'
    | 'cavalry'
    | 'tank'
    | 'armoured-car'
    | 'reconnaissance'
    | 'artillery'
    | 'anti-tank'
    | 'engineer'
    | 'headquarters'
    | 'machine-gun';
  readonly size: 'platoon' | 'company' | 'battalion' | 'regiment' | 'brigade' | 'division';
  readonly men: number;
  readonly equipment: Readonly<Record<string, number>>;
  /** Where it starts, or where and on which turn it arrives. */
  readonly at?: Spot;
  readonly arrives?: { readonly turn: number; readonly at: Spot };
  readonly cohesion?: number;
  readonly entrenchment?: number;
  readonly ammo?: number;
  readonly source: string;
  readonly note?: string;
}

/** The JSON form of a unit. */
export type UnitJson = Omit<UnitDraft, 'at' | 'arrives'> & {
  at?: Offset;
  arrives?: { turn: number; at: Offset };
};

export type { Hexside, Offset };

/** Sort equipment keys so files diff cleanly. */
export const sortedEquipment = (e: Readonly<Record<string, number>>): Record<string, number> =>
  Object.fromEntries(Object.keys(e).sort().filter((k) => (e[k] ?? 0) > 0).map((k) => [k, e[k]!]));

/**
 * Split `total` into `n` integer parts as evenly as possible (the first parts take the remainder), so a formation
 * total from a source can be spread over its counters without losing a man or a gun.
 */
export const share = (total: number, n: number, i: number): number => Math.floor(total / n) + (i < total % n ? 1 : 0);
