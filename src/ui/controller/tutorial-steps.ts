/**
 * The tutorial's coach: the steps that teach the controls, each a prompt that waits until the player has done the thing
 * (selected a unit, moved, crossed the river, bombarded, assaulted, ended the turn). Pure: it reads the commands the
 * player has given and where their units stand, so it is tested on plain data and the HUD only draws what it returns.
 * The steps may be done in any order (the battery may have nothing in sight on turn 1); the prompt shown is the first
 * step not yet done, and the others are ticked as they happen.
 */
import { axialToOffset, type Axial, type Command, type Side, type Unit } from '../../engine';

export interface TutorialStep {
  readonly id: string;
  /** A short imperative, the checklist's line. */
  readonly title: string;
  /** What to do and why, in two or three sentences. */
  readonly text: string;
  /** Where "Show me" centres the map: a unit's id or a hex (offset col/row, as the scenario file writes it). */
  readonly showMe: { readonly unitId: string } | { readonly col: number; readonly row: number } | null;
}

/** What the coach knows of the game. */
export interface TutorialFacts {
  /** The player's commands so far, oldest first. */
  readonly commands: readonly Command[];
  /** The units as the player's side sees them. */
  readonly units: readonly Unit[];
  /** Has the player selected one of their own units at any time? */
  readonly selectedOnce: boolean;
}

export interface TutorialProgress {
  readonly steps: readonly (TutorialStep & { readonly done: boolean })[];
  /** The step to prompt for: the first not done (null: all done). */
  readonly current: number | null;
  readonly doneCount: number;
}

interface StepRule extends TutorialStep {
  readonly done: (f: TutorialFacts, side: Side) => boolean;
}

const gave = (type: Command['type']) => (f: TutorialFacts) => f.commands.some((c) => c.type === type);

/** The river runs along the east side of column 7 on the tutorial map: the far bank is column 8 and beyond. */
const FAR_BANK_COL = 8;
const onFarBank = (hex: Axial | null | undefined): boolean => !!hex && axialToOffset(hex).col >= FAR_BANK_COL;

const SOVIET: readonly StepRule[] = [
  {
    id: 'select',
    title: 'Select a unit',
    text: 'Click the 1st Rifle Company (1/TB) on the west bank. The hexes it can still reach this turn light up, each with its cost in movement points.',
    showMe: { unitId: 'sov-tut-1rc' },
    done: (f) => f.selectedOnce,
  },
  {
    id: 'move',
    title: 'Move',
    text: 'Hover over a lit hex to see the path, then click it to move there. Open steppe is cheap; the floodplain by the river is slow going.',
    showMe: { unitId: 'sov-tut-1rc' },
    done: gave('move'),
  },
  {
    id: 'cross',
    title: 'Cross the river',
    text: 'The Khalkhin Gol can be crossed only at the bridge (on the track, mid-map) or the ford to the north. Put a rifle company across first: tanks alone on the far bank meet the anti-tank guns.',
    showMe: { col: 8, row: 6 },
    done: (f, side) => f.units.some((u) => u.side === side && u.status === 'active' && onFarBank(u.hex)),
  },
  {
    id: 'bombard',
    title: 'Bombard',
    text: 'Select the field battery (Bty/TA) on the heights and click an enemy it can see. A shelled unit is suppressed and fights worse when you assault it. If nothing is in sight yet, come back to this once your infantry has found the enemy.',
    showMe: { unitId: 'sov-tut-bty' },
    done: (f) => f.commands.some((c) => c.type === 'bombard' || c.type === 'fire'),
  },
  {
    id: 'assault',
    title: 'Assault',
    text: 'Move next to an enemy and click it. The odds panel shows the losses to expect on both sides and every modifier; tick more units (or shift-click them) to attack from several hexes, then confirm.',
    showMe: { col: 12, row: 6 },
    done: gave('attack'),
  },
  {
    id: 'end-turn',
    title: 'End the turn',
    text: 'When your units have done what they can, press End turn (or E). The Japanese move, then your next turn begins. A third rifle company arrives by the western road on turn 3.',
    showMe: null,
    done: gave('end-turn'),
  },
];

const JAPANESE: readonly StepRule[] = [
  {
    id: 'select',
    title: 'Select a unit',
    text: 'Click the anti-tank gun platoon (AT/TR) just north-west of the village. The hexes it can reach light up with their cost in movement points.',
    showMe: { unitId: 'jp-tut-at' },
    done: (f) => f.selectedOnce,
  },
  {
    id: 'move',
    title: 'Site the guns',
    text: 'Move the anti-tank guns where the Soviet tanks must come: the track from the bridge to the village. Hover to see the path, click to move.',
    showMe: { unitId: 'jp-tut-at' },
    done: (f) => f.commands.some((c) => c.type === 'move'),
  },
  {
    id: 'entrench',
    title: 'Dig in',
    text: 'Select the village garrison (1/TR) and press Dig in. Entrenched units lose fewer men to fire and to assault; a unit that moves leaves its works behind.',
    showMe: { unitId: 'jp-tut-village' },
    done: gave('entrench'),
  },
  {
    id: 'end-turn',
    title: 'End the turn',
    text: 'Press End turn (or E). The Soviets move and you see what they show you.',
    showMe: null,
    done: gave('end-turn'),
  },
  {
    id: 'fight',
    title: 'Fight back',
    text: 'When a Soviet unit comes next to one of yours, select yours and click the enemy: the odds panel shows what the attack would cost both sides before you commit.',
    showMe: { col: 12, row: 6 },
    done: (f) => f.commands.some((c) => c.type === 'attack' || c.type === 'fire'),
  },
];

export const TUTORIAL_STEPS: Readonly<Record<Side, readonly StepRule[]>> = { soviet: SOVIET, japanese: JAPANESE };

/** Does this scenario have a coach? */
export const hasTutorial = (scenarioId: string): boolean => scenarioId === 'tutorial';

export const tutorialProgress = (side: Side, facts: TutorialFacts): TutorialProgress => {
  const steps = TUTORIAL_STEPS[side].map(({ done, ...step }) => ({ ...step, done: done(facts, side) }));
  const current = steps.findIndex((s) => !s.done);
  return { steps, current: current < 0 ? null : current, doneCount: steps.filter((s) => s.done).length };
};
