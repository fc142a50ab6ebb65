/**
 * What a report needs to know of a scenario to speak in names, not ids: its title, its levers (name, unit, default),
 * its objectives and milestones (name, and for objectives the side), its historical block and content hash. Plain
 * data, so stats.json can carry it and `compare` or the browser lab can write sentences without the scenario file.
 */
import { contentHash, type Scenario } from '../scenario';
import type { Side } from '../engine';
import type { HistoricalOutcome } from './after-action';

export interface LeverLabel {
  readonly id: string;
  readonly name: string;
  readonly unit?: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly description: string;
}

export interface EventLabel {
  readonly id: string;
  readonly name: string;
  readonly kind: 'objective' | 'milestone';
  /** The side an objective belongs to (milestones have none). */
  readonly side?: Side;
}

export interface ScenarioLabels {
  readonly id: string;
  readonly title: string;
  readonly contentHash: string;
  readonly levers: readonly LeverLabel[];
  /** Objectives in file order, then milestones. */
  readonly events: readonly EventLabel[];
  readonly historical?: HistoricalOutcome;
}

export const scenarioLabels = (scenario: Scenario): ScenarioLabels => ({
  id: scenario.id,
  title: scenario.title,
  contentHash: contentHash(scenario),
  levers: scenario.levers.map((l) => ({
    id: l.id,
    name: l.name,
    ...(l.unit ? { unit: l.unit } : {}),
    default: l.default,
    min: l.min,
    max: l.max,
    step: l.step,
    description: l.description,
  })),
  events: [
    ...scenario.objectives.map((o): EventLabel => ({ id: o.id, name: o.name, kind: 'objective', side: o.side })),
    ...scenario.milestones.map((m): EventLabel => ({ id: m.id, name: m.name, kind: 'milestone' })),
  ],
  ...(scenario.historical ? { historical: scenario.historical } : {}),
});

/** Display names of objectives and milestones by id. */
export const eventNameMap = (labels: Pick<ScenarioLabels, 'events'> | undefined): Record<string, string> =>
  Object.fromEntries((labels?.events ?? []).map((e) => [e.id, e.name]));

/** A lever's value for people: "400 %" or "4 turns"; a switch lever (0–1) as on/off. */
export const leverValueText = (lever: Pick<LeverLabel, 'unit' | 'min' | 'max'> | undefined, value: number): string => {
  if (!lever) return String(value);
  if (lever.min === 0 && lever.max === 1 && !lever.unit) return value === 1 ? 'on' : 'off';
  return lever.unit ? `${value} ${lever.unit}` : String(value);
};

/** "Japanese motor transport 400 %" for each lever away from its default, or "history's settings" for none. */
export const leverSettingText = (levers: Readonly<Record<string, number>>, labels: readonly LeverLabel[]): string => {
  const changed = labels.filter((l) => levers[l.id] !== undefined && levers[l.id] !== l.default);
  if (changed.length === 0) return "history's settings";
  return changed.map((l) => `${l.name} ${leverValueText(l, levers[l.id]!)}`).join(', ');
};
