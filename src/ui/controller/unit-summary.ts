/**
 * What the unit panel shows: composition now against the start, condition, and what the unit can still do this
 * turn, in words. It reads the unit's state only; whether an order is legal is still the engine's answer.
 */
import { EQUIPMENT, type Unit } from '../../engine';

export interface CompositionRow {
  readonly id: string;
  readonly name: string;
  readonly now: number;
  readonly start: number;
  readonly damaged: number;
}

export interface UnitSummary {
  readonly title: string;
  readonly subtitle: string;
  readonly men: { readonly now: number; readonly start: number };
  /** Percent of starting men still fit to fight (the strength bar). */
  readonly strengthPercent: number;
  readonly rows: readonly CompositionRow[];
  readonly condition: readonly { readonly label: string; readonly value: string }[];
  readonly canStill: readonly string[];
  readonly note: string | null;
}

const SIZE_WORDS: Readonly<Record<Unit['size'], string>> = {
  platoon: 'platoon',
  company: 'company',
  battalion: 'battalion',
  regiment: 'regiment',
  brigade: 'brigade',
  division: 'division',
};

export const strengthPercent = (u: Unit): number => (u.start.men > 0 ? Math.round((100 * u.men) / u.start.men) : 100);

export const summarizeUnit = (u: Unit): UnitSummary => {
  const ids = [...new Set([...Object.keys(u.start.equipment), ...Object.keys(u.equipment), ...Object.keys(u.damaged)])].sort();
  const rows = ids.map((id) => ({
    id,
    name: EQUIPMENT[id]?.name ?? id,
    now: u.equipment[id] ?? 0,
    start: u.start.equipment[id] ?? 0,
    damaged: u.damaged[id] ?? 0,
  }));
  const canStill: string[] = [];
  if (u.status === 'active') {
    if (u.mp > 0) canStill.push(`move (${u.mp} movement points left)`);
    if (!u.acted.attacked && !u.acted.fired) canStill.push('attack or fire');
    if (!u.acted.moved && !u.acted.dug) canStill.push('dig in');
    if (!u.acted.rallied && u.cohesion < 100) canStill.push('rally');
  }
  const status = u.status === 'active' ? 'in action' : u.status;
  return {
    title: `${u.label} — ${u.name}`,
    subtitle: `${SIZE_WORDS[u.size]} · ${u.kind.replace('-', ' ')} · ${u.formation}`,
    men: { now: u.men, start: u.start.men },
    strengthPercent: strengthPercent(u),
    rows,
    condition: [
      { label: 'Status', value: status },
      { label: 'Cohesion', value: `${u.cohesion}%` },
      { label: 'Supply', value: u.supply + (u.turnsOutOfSupply > 0 ? ` (${u.turnsOutOfSupply} turns)` : '') },
      { label: 'Ammunition', value: `${u.ammo}%` },
      { label: 'Suppression', value: `${u.suppression}%` },
      { label: 'Fatigue', value: `${u.fatigue}%` },
      { label: 'Dug in', value: ['no', 'shallow', 'trenches', 'fortified'][u.entrenchment] ?? String(u.entrenchment) },
      { label: 'Losses', value: `${u.casualties.killed} killed, ${u.casualties.wounded} wounded, ${u.casualties.missing} missing` },
    ],
    canStill: canStill.length > 0 ? canStill : ['nothing more this turn'],
    note: u.note ?? null,
  };
};
