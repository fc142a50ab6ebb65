/** Result summaries and scenario labels built by hand, for analysis tests that need no game. */
import type { GameResultSummary, LossCount, ScenarioLabels } from '../../src/analysis';

const noLoss: LossCount = { killed: 0, wounded: 0, missing: 0, tanks: 0, armouredCars: 0, guns: 0, aircraft: 0 };
const force = { men: 1000, tanks: 10, armouredCars: 0, guns: 4, aircraft: 0, units: 5 };

export interface SummaryParts {
  readonly seed: number;
  readonly winner?: GameResultSummary['winner'];
  readonly levers?: Record<string, number>;
  readonly events?: Record<string, number | null>;
  readonly history?: GameResultSummary['history'];
  readonly japaneseKilled?: number;
  readonly sovietTanks?: number;
  readonly points?: { soviet: number; japanese: number };
}

export const summary = (p: SummaryParts): GameResultSummary => {
  const winner = p.winner ?? 'soviet';
  const points = p.points ?? { soviet: winner === 'soviet' ? 10 : 0, japanese: winner === 'japanese' ? 10 : 0 };
  return {
    scenario: 'azuma-encirclement',
    seed: p.seed,
    levers: p.levers ?? { 'japanese-trucks': 100 },
    engineVersion: 'test-engine',
    winner,
    victoryLevel: winner === 'draw' ? 'draw' : 'marginal',
    turnsPlayed: 20,
    finalHash: `hash${p.seed}`,
    initial: { soviet: force, japanese: force },
    losses: { soviet: { ...noLoss, tanks: p.sovietTanks ?? 0 }, japanese: { ...noLoss, killed: p.japaneseKilled ?? 0 } },
    events: p.events ?? {},
    players: { soviet: 'ai:regular', japanese: 'ai:veteran' },
    points,
    margin: points.soviet - points.japanese,
    scenarioHash: 'c0ffee',
    ...(p.history ? { history: p.history } : {}),
  };
};

/** Labels shaped like Azuma's (its id selects its history measures), cut down to what the tests read. */
export const azumaLabels: ScenarioLabels = {
  id: 'azuma-encirclement',
  title: 'Azuma test',
  contentHash: 'c0ffee',
  levers: [
    { id: 'japanese-trucks', name: 'Japanese motor transport', unit: '%', default: 100, min: 50, max: 400, step: 25, description: 'Lorries.' },
    { id: 'fire-proofing', name: 'Soviet vehicles fire-proofed', default: 0, min: 0, max: 1, step: 1, description: 'A switch.' },
  ],
  events: [
    { id: 'sov-destroy-azuma', name: "Destroy Azuma's group", kind: 'objective', side: 'soviet' },
    { id: 'azuma-destroyed', name: "Azuma's group destroyed", kind: 'milestone' },
    { id: 'mpr-command-post-overrun', name: 'MPR command post overrun', kind: 'milestone' },
  ],
  historical: {
    winner: 'soviet',
    result: 'Soviet victory.',
    losses: { japanese: { killed: 105, wounded: 34, missing: null } },
    milestones: { 'mpr-command-post-overrun': { date: '1939-05-28T08:00', turn: 3 }, 'azuma-destroyed': { date: '1939-05-29', turn: 15 } },
  },
};
