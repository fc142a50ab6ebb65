/**
 * What each kind of objective names: its hexes and its deadline, read by an exhaustive switch on the kind so a new
 * kind of objective is a type error here until it says what it covers.
 */
import type { Axial } from './hex';
import type { Objective } from './types';

/** The hexes an objective is about (hold, take, link-up), which hex control tracks; none for the other kinds. */
export const objectiveHexes = (o: Objective): readonly Axial[] => {
  switch (o.kind) {
    case 'hold-hex':
    case 'take-hex':
    case 'link-up':
      return o.hexes;
    case 'destroy-unit':
    case 'extract-unit':
    case 'loss-threshold':
    case 'milestone':
      return [];
  }
};

/** The last turn by which the objective counts (inclusive); undefined = by the end of the game. */
export const objectiveDeadline = (o: Objective): number | undefined => {
  switch (o.kind) {
    case 'hold-hex':
    case 'take-hex':
    case 'destroy-unit':
    case 'extract-unit':
    case 'link-up':
    case 'milestone':
      return o.byTurn;
    case 'loss-threshold':
      return undefined;
  }
};
