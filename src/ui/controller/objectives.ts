/**
 * The objectives as the player's table shows them: the hexes to mark on the map (who holds each, what it is worth,
 * by when), the tooltip lines for a marked hex, the live score and the end screen's breakdown. The points come from
 * the engine's own scoring (`scoreObjectives`); nothing here decides who wins.
 */
import { SIDE_NAMES, hexKey, indexOf, objectiveDeadline, objectiveHexes as engineObjectiveHexes, scoreObjectives, type BySide, type GameState, type Objective, type Side } from '../../engine';


export interface ObjectiveHex {
  readonly index: number;
  /** Who holds the hex now (the last side to have a unit in it), or null. */
  readonly holder: Side | null;
  /** The most points any objective on this hex is worth. */
  readonly points: number;
  readonly objectives: readonly Objective[];
}

/** Every hex named by an objective, once, with the objectives that name it. */
export const objectiveHexes = (state: GameState): ObjectiveHex[] => {
  const map = state.setup.map;
  const byIndex = new Map<number, { holder: Side | null; objectives: Objective[] }>();
  for (const o of state.setup.objectives) {
    for (const h of engineObjectiveHexes(o)) {
      const index = indexOf(map, h);
      if (index < 0) continue;
      const entry = byIndex.get(index) ?? { holder: state.control[hexKey(h)] ?? null, objectives: [] };
      entry.objectives.push(o);
      byIndex.set(index, entry);
    }
  }
  return [...byIndex.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([index, e]) => ({ index, holder: e.holder, points: Math.max(...e.objectives.map((o) => o.points)), objectives: e.objectives }));
};

const deadline = (o: Objective): string => {
  const t = objectiveDeadline(o);
  return t ? `by turn ${t}` : 'by the end';
};

/** Whether the engine has recorded the objective as achieved, and when. */
export const achievedTurn = (state: GameState, o: Objective): number | null => state.milestones[o.id] ?? null;

/** The tooltip lines for an objective hex (none for other hexes). */
export const objectiveTooltip = (state: GameState, index: number): string[] => {
  const hex = objectiveHexes(state).find((x) => x.index === index);
  if (!hex) return [];
  const lines = [`Objective hex — held by ${hex.holder ? SIDE_NAMES[hex.holder] : 'no one'}`];
  for (const o of hex.objectives) {
    const done = achievedTurn(state, o);
    lines.push(`★ ${SIDE_NAMES[o.side]}: ${o.name}, ${o.points} points ${deadline(o)}${done !== null ? ` (achieved turn ${done})` : ''}`);
  }
  return lines;
};

/** The points each side has now, by the engine's count. */
export const liveScore = (state: GameState): BySide<number> => scoreObjectives(state);

export const scoreText = (state: GameState): string => {
  const p = liveScore(state);
  return `Soviet ${p.soviet} – ${p.japanese} Japanese`;
};

export interface ObjectiveRow {
  readonly side: Side;
  readonly name: string;
  readonly description: string;
  readonly points: number;
  readonly deadline: string;
  /** The points it earned: its value when achieved, else 0. */
  readonly earned: number;
  readonly achievedTurn: number | null;
}

/** One row per objective, each side's own first: for the end screen and the briefing. */
export const objectiveRows = (state: GameState, first: Side | null = null): ObjectiveRow[] => {
  const rows = state.setup.objectives.map((o) => {
    const turn = achievedTurn(state, o);
    return { side: o.side, name: o.name, description: o.description, points: o.points, deadline: deadline(o), earned: turn !== null ? o.points : 0, achievedTurn: turn };
  });
  return first ? [...rows.filter((r) => r.side === first), ...rows.filter((r) => r.side !== first)] : rows;
};

/** The objective's name for the log (its id only if the scenario has no such objective). */
export const objectiveName = (state: GameState, id: string): string => state.setup.objectives.find((o) => o.id === id)?.name ?? 'an objective';
