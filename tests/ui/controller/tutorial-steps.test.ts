/**
 * The tutorial's coach waits for each thing to be done, in any order, and the tutorial itself is a whole game: it is
 * not decided before its last turn.
 */
import { describe, expect, it } from 'vitest';
import { offsetToAxial, type Command, type Unit } from '../../../src/engine';
import { loadScenarioGame, runGame } from '../../../src/game/node';
import { hasTutorial, TUTORIAL_STEPS, tutorialProgress } from '../../../src/ui/controller/tutorial-steps';

const start = () => {
  const l = loadScenarioGame('tutorial');
  if (!l.ok) throw new Error(l.message);
  const s = l.start(1, {});
  if (!s.ok) throw new Error(s.message);
  return { l, s };
};

const moveTo = (units: readonly Unit[], id: string, col: number, row: number): Unit[] => units.map((u) => (u.id === id ? { ...u, hex: offsetToAxial({ col, row }) } : u));

describe('the tutorial coach', () => {
  const { s } = start();
  const units = s.state.units;

  it('starts at "select a unit" with nothing ticked', () => {
    const p = tutorialProgress('soviet', { commands: [], units, selectedOnce: false });
    expect(p.current).toBe(0);
    expect(p.steps[0]!.id).toBe('select');
    expect(p.doneCount).toBe(0);
  });

  it('moves on only when the thing is done, and ticks steps done out of order', () => {
    const move: Command = { type: 'move', unitId: 'sov-tut-1rc', to: offsetToAxial({ col: 6, row: 5 }) };
    let p = tutorialProgress('soviet', { commands: [move], units, selectedOnce: true });
    expect(p.steps[p.current!]!.id).toBe('cross');
    // Ending the turn before crossing ticks "end the turn" but still asks for the crossing.
    p = tutorialProgress('soviet', { commands: [move, { type: 'end-turn' }], units, selectedOnce: true });
    expect(p.steps[p.current!]!.id).toBe('cross');
    expect(p.steps.find((x) => x.id === 'end-turn')!.done).toBe(true);
    // A rifle company on the east bank is a crossing; one still on the floodplain west of the river is not.
    expect(tutorialProgress('soviet', { commands: [move], units: moveTo(units, 'sov-tut-1rc', 7, 6), selectedOnce: true }).steps[2]!.done).toBe(false);
    expect(tutorialProgress('soviet', { commands: [move], units: moveTo(units, 'sov-tut-1rc', 8, 6), selectedOnce: true }).steps[2]!.done).toBe(true);
  });

  it('is done when every step is', () => {
    const target = offsetToAxial({ col: 11, row: 5 });
    const commands: Command[] = [
      { type: 'move', unitId: 'sov-tut-1rc', to: target },
      { type: 'bombard', unitId: 'sov-tut-bty', target },
      { type: 'attack', unitIds: ['sov-tut-1rc'], target },
      { type: 'end-turn' },
    ];
    const p = tutorialProgress('soviet', { commands, units: moveTo(units, 'sov-tut-1rc', 9, 6), selectedOnce: true });
    expect(p.current).toBeNull();
    expect(p.doneCount).toBe(TUTORIAL_STEPS.soviet.length);
  });

  it('has steps for the Japanese side that name its own units', () => {
    const ids = new Set(units.map((u) => u.id));
    for (const side of ['soviet', 'japanese'] as const) {
      for (const step of TUTORIAL_STEPS[side]) if (step.showMe && 'unitId' in step.showMe) expect(ids.has(step.showMe.unitId)).toBe(true);
    }
    const p = tutorialProgress('japanese', { commands: [{ type: 'entrench', unitId: 'jp-tut-village' }], units, selectedOnce: true });
    expect(p.steps.find((x) => x.id === 'entrench')!.done).toBe(true);
    expect(hasTutorial('tutorial')).toBe(true);
    expect(hasTutorial('august-offensive')).toBe(false);
  });
});

describe('the tutorial game', () => {
  it('is decided on its last turn, not before (the village is judged at the end of turn 8)', () => {
    for (const seed of [1, 2]) {
      const { l } = start();
      const st = l.start(seed, {});
      if (!st.ok) throw new Error(st.message);
      const out = runGame({ state: st.state, plan: l.plan, difficulty: { soviet: 'regular', japanese: 'regular' }, seed, levers: st.levers, engineVersion: 'test' });
      expect(out.game.state.result).not.toBeNull();
      expect(out.game.state.turn).toBe(8);
    }
  });
});
