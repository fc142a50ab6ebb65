/**
 * What the battle panels show, worked out from the game and the screen's selection: the clock, whose move it is,
 * the selected unit, the attack preview, the log and the order buttons. Pure, so it is tested on plain state.
 */
import { SIDE_NAMES, clockAt, type Command, type GameState, type Side } from '../../engine';
import type { HudModel } from '../hud/battle-hud';
import type { AiPace } from './ai-turn';
import type { LogLine } from './game-session';
import { orderButton, type OrderButton } from './order-labels';
import type { Selection } from './selection';
import type { OverlayName } from './map-overlays';
import type { MovementTable } from './rules-port';
import { summarizeUnit } from './unit-summary';
import { liveScore } from './objectives';

export interface HudInputs {
  readonly title: string;
  /** The true state (for the clock and whose move it is). */
  readonly state: GameState;
  /** What the side on screen sees (for the selected unit). */
  readonly seen: GameState;
  /** The side whose eyes the screen uses, or null while the hand-over screen hides the map. */
  readonly reader: Side | null;
  readonly selection: Selection;
  readonly canOrder: boolean;
  readonly aiRunning: boolean;
  /** The banner's words about the computer's acting unit, if the side on screen may see it. */
  readonly aiText?: string | null;
  readonly aiPace?: AiPace;
  readonly status: string | null;
  readonly log: readonly LogLine[];
  /** The orders the engine offers the selected unit besides moving and attacking. */
  readonly offeredOrders: readonly Command[];
  /** The player's last command may be taken back. */
  readonly canUndo: boolean;
  /** The overlays switched on. */
  readonly overlays?: readonly OverlayName[];
  /** The terrain legend's movement costs, when it is on. */
  readonly legend?: MovementTable | null;
}

export const hudModel = (i: HudInputs): HudModel => {
  const clock = clockAt(i.state.setup, i.state.turn);
  const id = i.selection.selectedId;
  const unit = id ? i.seen.units.find((u) => u.id === id) : undefined;
  const orders: OrderButton[] = id && i.canOrder ? i.offeredOrders.map(orderButton) : [];
  return {
    title: i.title,
    date: clock.date,
    time: clock.hourMinute,
    turnText: `Turn ${i.state.turn} of ${i.state.setup.clock.turns}`,
    light: clock.light,
    phase: clock.phase,
    weather: clock.weather?.name ?? null,
    sideToMove: i.state.activeSide,
    perspective: i.reader ?? i.state.activeSide,
    humanTurn: i.canOrder,
    aiRunning: i.aiRunning,
    aiText: i.aiText ?? null,
    aiPace: i.aiPace ?? 'normal',
    unit: unit ? { ...summarizeUnit(unit), own: unit.side === i.reader } : null,
    preview: i.selection.preview,
    attackers: i.selection.preview ? i.selection.preview.attackerIds.map((a) => i.seen.units.find((u) => u.id === a)?.label ?? 'a unit').join(', ') : '',
    overlays: i.overlays ?? [],
    legend: i.legend ?? null,
    joinable: i.selection.preview
      ? i.selection.joinable.map((id) => ({ id, label: i.seen.units.find((u) => u.id === id)?.label ?? 'a unit', checked: i.selection.preview!.attackerIds.includes(id) }))
      : [],
    score: liveScore(i.state),
    resultText: i.state.result ? (i.state.result.winner === 'draw' ? 'Game over: draw' : `Game over: ${SIDE_NAMES[i.state.result.winner]} ${i.state.result.level} victory`) : null,
    selectedId: id,
    units: i.reader ? i.seen.units.filter((u) => u.side === i.reader) : [],
    log: i.reader ? i.log : [],
    status: i.status,
    orders,
    canUndo: i.canUndo,
  };
};
