/**
 * "Is it history?": the figures the historical record gives for each bundled battle (facts.md §B, §F), measured on a
 * finished game, so that a batch of AI-against-AI games can be set beside what happened — Azuma's group's casualties,
 * Yasuoka's tanks knocked out, the day the August pincers met. Pure functions of the final state.
 */
import { EQUIPMENT, type GameState, type Side, type Unit } from '../engine';

/** A figure a game can be measured by: a percentage, a turn (null when it never happened) or a yes/no. */
export type HistoryFigure = number | boolean | null;

export type HistoryMeasureKind = 'number' | 'turn' | 'yes-no';

export interface HistoryMeasure {
  readonly id: string;
  /** What it measures, for reports. */
  readonly label: string;
  /** What history says, in the same terms. */
  readonly history: string;
  /** History's figure as a value the game's can be ranked against (null where the sources give none). */
  readonly expected: number | boolean | null;
  /** How the figure reads: a number (percent), the turn something happened (null: never), or yes/no. */
  readonly kind: HistoryMeasureKind;
  readonly measure: (state: GameState) => HistoryFigure;
  /** Milestone or objective ids of the scenario that the measure reads (checked against the scenario file). */
  readonly reads?: readonly string[];
}

const gone = (u: Unit): boolean => u.status === 'destroyed' || u.status === 'surrendered';

/** Percent of the starting men of `units` out of action at the end: killed, wounded, missing or gone with their unit. */
export const groupLossPercent = (state: GameState, pick: (u: Unit) => boolean): number => {
  let start = 0;
  let left = 0;
  for (const u of state.units) {
    if (!pick(u)) continue;
    start += u.start.men;
    left += gone(u) ? 0 : u.men;
  }
  return start === 0 ? 0 : ((start - left) * 100) / start;
};

const TANKS_ONLY: ReadonlySet<string> = new Set(['tank']);

/** Percent of the tanks of `classes` in the units `pick` chooses knocked out or lost at the end. */
const tankLoss = (state: GameState, pick: (u: Unit) => boolean, classes: ReadonlySet<string>): number => {
  let start = 0;
  let now = 0;
  for (const u of state.units) {
    if (!pick(u)) continue;
    for (const [id, n] of Object.entries(u.start.equipment)) if (classes.has(EQUIPMENT[id]?.class ?? '')) start += n;
    if (gone(u)) continue;
    for (const [id, n] of Object.entries(u.equipment)) if (classes.has(EQUIPMENT[id]?.class ?? '')) now += n;
  }
  return start === 0 ? 0 : ((start - now) * 100) / start;
};

/**
 * Percent of a side's tanks (reinforcements included; tankettes apart, as the sources count them: Yasuoka had "73 tanks
 * and 14 tankettes" and lost 45 of the 73) knocked out or lost at the end; `classes` may add 'tankette'.
 */
export const tankLossPercent = (state: GameState, side: Side, classes: ReadonlySet<string> = TANKS_ONLY): number => tankLoss(state, (u) => u.side === side, classes);

/** Percent of the tanks (tankettes apart) of the units `pick` chooses knocked out or lost at the end. */
export const unitsTankLossPercent = (state: GameState, pick: (u: Unit) => boolean): number => tankLoss(state, pick, TANKS_ONLY);

/** A side's men killed and wounded (not missing or captured, not men who got away from a destroyed unit). */
export const killedAndWounded = (state: GameState, side: Side): number =>
  state.units.reduce((a, u) => (u.side === side ? a + u.casualties.killed + u.casualties.wounded : a), 0);

/** Men missing or captured as a percent of the men lost (killed, wounded, missing), for a side. */
export const missingPercentOfLost = (state: GameState, side: Side): number => {
  let missing = 0;
  let lost = 0;
  for (const u of state.units) {
    if (u.side !== side) continue;
    const m = u.casualties.missing + (u.status === 'surrendered' ? u.men : 0);
    missing += m;
    lost += u.casualties.killed + u.casualties.wounded + m;
  }
  return lost === 0 ? 0 : (missing * 100) / lost;
};

const missingMeasures = (): HistoryMeasure[] => [
  { id: 'soviet-missing-percent', label: 'Soviet men missing or captured (% of men lost)', history: 'few: 88 prisoners returned in the exchanges [SEED]', expected: null, kind: 'number', measure: (s) => missingPercentOfLost(s, 'soviet') },
  { id: 'japanese-missing-percent', label: 'Japanese men missing or captured (% of men lost)', history: '6% (Bureau 6A: 1,021 missing against 16,343 killed and wounded, campaign) [SEED]', expected: (1021 * 100) / (1021 + 16343), kind: 'number', measure: (s) => missingPercentOfLost(s, 'japanese') },
];

type Reading = Pick<HistoryMeasure, 'measure' | 'reads' | 'kind'>;
const turnOf = (id: string): Reading => ({ kind: 'turn', reads: [id], measure: (state) => state.milestones[id] ?? null });
const happened = (id: string): Reading => ({ kind: 'yes-no', reads: [id], measure: (state) => state.milestones[id] !== undefined });
const never = (id: string): Reading => ({ kind: 'yes-no', reads: [id], measure: (state) => state.milestones[id] === undefined });

/** The measures of each bundled battle, by scenario id. */
export const HISTORY_MEASURES: Readonly<Record<string, readonly HistoryMeasure[]>> = {
  'azuma-encirclement': [
    { id: 'azuma-loss-percent', label: "Azuma's group, men out of action (%)", history: '63% (139 of 220) [SEED]', expected: (139 * 100) / 220, kind: 'number', measure: (s) => groupLossPercent(s, (u) => u.id.startsWith('jp-azuma')) },
    { id: 'azuma-broken', label: "Azuma's group destroyed or broken", history: 'yes', expected: true, ...happened('azuma-destroyed') },
    { id: 'bridge-held', label: 'Kawatama bridge held', history: 'yes', expected: true, ...never('kawatama-bridge-taken') },
    ...missingMeasures(),
  ],
  'yasuoka-night-attack': [
    { id: 'bridge-held', label: 'Kawatama bridge held', history: 'yes: Yasuoka never reached it [SEED]', expected: true, ...never('kawatama-bridge-taken') },
    { id: 'japanese-tank-loss-percent', label: 'Japanese tanks knocked out (%)', history: '62% (45 of 73 tanks) [ULANOV]', expected: (45 * 100) / 73, kind: 'number', measure: (s) => tankLossPercent(s, 'japanese') },
    { id: 'japanese-tankette-loss-percent', label: 'Japanese tankettes knocked out (%)', history: 'not given', expected: null, kind: 'number', measure: (s) => tankLossPercent(s, 'japanese', new Set(['tankette'])) },
    { id: 'baintsagan-soviet-at-end', label: 'Baintsagan back in Soviet hands at the end', history: 'yes: the Japanese were back across by 5 July', expected: true, ...happened('sov-hold-baintsagan') },
    { id: 'soviet-11tb-tank-loss-percent', label: '11th Tank Brigade, tanks knocked out (%)', history: 'about half (Zhukov: "36 tanks deployed, 24 soon burning"; an upper-bound impression) [KOLOM]', expected: 50, kind: 'number', measure: (s) => unitsTankLossPercent(s, (u) => u.id.startsWith('sov-11tb-')) },
    ...missingMeasures(),
  ],
  'august-offensive': [
    { id: 'linkup-turn', label: 'Turn the wings link up at Nomonhan', history: 'turn 22 (25 August) [SEED]', expected: 22, ...turnOf('nomonhan-linkup') },
    { id: 'pocket-destroyed', label: 'Japanese pocket destroyed by the last turn', history: 'yes (31 August)', expected: true, ...happened('japanese-pocket-destroyed') },
    { id: 'soviet-loss-percent', label: 'Soviet men out of action (%)', history: '19% (9,284 of about 50,000) [KNIGALUB; SEED]', expected: (9284 * 100) / 50000, kind: 'number', measure: (s) => groupLossPercent(s, (u) => u.side === 'soviet') },
    { id: 'fui-heights-turn', label: 'Turn the Fui Heights fall', history: 'turn 19–20 (held until the night of 24 August) [GOLDMAN p.22]', expected: 19.5, ...turnOf('fui-heights-fall') },
    { id: 'south-of-holsten-turn', label: 'Turn the ground south of the Holsten is cleared', history: 'turn 29–31 (27 August) [SEED]', expected: 30, ...turnOf('south-of-holsten-cleared') },
    { id: 'pocket-destroyed-turn', label: 'Turn the pocket is destroyed', history: 'turn 45 (31 August) [SEED]', expected: 45, ...turnOf('japanese-pocket-destroyed') },
    { id: 'soviet-killed-wounded', label: 'Soviet men killed and wounded', history: '9,284 [KNIGALUB; SEED]', expected: 9284, kind: 'number', measure: (s) => killedAndWounded(s, 'soviet') },
    ...missingMeasures(),
  ],
};

/** Every measure of the scenario for one finished game (an empty record for a scenario with none). */
export const measureHistory = (state: GameState): Record<string, HistoryFigure> => {
  const out: Record<string, HistoryFigure> = {};
  for (const m of HISTORY_MEASURES[state.setup.scenarioId] ?? []) out[m.id] = m.measure(state);
  return out;
};
