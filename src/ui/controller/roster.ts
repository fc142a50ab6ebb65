/**
 * The roster: a side's units on the map as rows (label, type, men, movement left, whether it can still act),
 * filtered and sorted as the player asks. Pure, so it is tested on plain state.
 */
import type { Side, Unit } from '../../engine';
import { canStillAct } from './stacks';
import { strengthPercent } from './unit-summary';

export type RosterSort = 'type' | 'label' | 'strength';

export interface RosterRow {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly type: string;
  readonly men: number;
  readonly strengthPercent: number;
  readonly mp: number;
  readonly canAct: boolean;
  readonly state: string;
}

const typeWord = (u: Unit): string => u.kind.replace(/-/g, ' ');

export const rosterRows = (units: readonly Unit[], side: Side, opts: { onlyCanAct: boolean; sort: RosterSort }): RosterRow[] => {
  const rows = units
    .filter((u) => u.side === side && u.hex && (u.status === 'active' || u.status === 'routed'))
    .map((u) => {
      const canAct = canStillAct(u);
      const state = u.status === 'routed' ? 'routed' : canAct ? (u.acted.moved || u.acted.attacked || u.acted.fired ? 'partly used' : 'ready') : 'done';
      return { id: u.id, label: u.label, name: u.name, type: typeWord(u), men: u.men, strengthPercent: strengthPercent(u), mp: u.mp, canAct, state };
    })
    .filter((r) => !opts.onlyCanAct || r.canAct);
  const byLabel = (a: RosterRow, b: RosterRow) => a.label.localeCompare(b.label, 'en', { numeric: true });
  const sorters: Record<RosterSort, (a: RosterRow, b: RosterRow) => number> = {
    type: (a, b) => a.type.localeCompare(b.type) || byLabel(a, b),
    label: byLabel,
    strength: (a, b) => a.strengthPercent - b.strengthPercent || byLabel(a, b),
  };
  return rows.sort(sorters[opts.sort]);
};
