/**
 * The tutorial's coach on screen: the current step's prompt, a checklist of the steps with the done ones ticked, "Show
 * me" (centres the map on the unit or place the step is about) and "Hide" (folds it to a small button). It renders
 * what `tutorialProgress` returns and reports presses; it decides nothing.
 */
import type { TutorialProgress, TutorialStep } from '../controller/tutorial-steps';
import { fill, h } from './dom';

export interface CoachHandlers {
  showMe(step: TutorialStep): void;
}

export class TutorialCoach {
  readonly element = h('aside', { id: 'coach', class: 'panel', 'aria-label': 'Tutorial', 'aria-live': 'polite' });
  private folded = false;
  private dismissed = false;
  private last: TutorialProgress | null = null;
  private lastKey = '';

  constructor(
    private readonly handlers: CoachHandlers,
    /** The closing words once every step is done (the scenario's own goal). */
    private readonly goal: string,
  ) {}

  render(p: TutorialProgress): void {
    this.last = p;
    const key = `${p.current}|${p.doneCount}|${this.folded}|${this.dismissed}`;
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.element.classList.toggle('hidden', this.dismissed);
    this.element.classList.toggle('folded', this.folded);
    const total = p.steps.length;
    if (this.folded) {
      fill(this.element, h('button', { id: 'coach-unfold', title: 'Show the tutorial’s prompts again', 'aria-expanded': 'false', onclick: () => this.fold(false) }, `Tutorial ${p.doneCount}/${total}`));
      return;
    }
    const step = p.current === null ? null : p.steps[p.current]!;
    const head = h(
      'div',
      { class: 'head' },
      h('h3', {}, step ? `Tutorial · step ${p.current! + 1} of ${total}` : 'Tutorial · done'),
      h('button', { class: 'fold', id: 'coach-fold', title: 'Fold the tutorial away (the steps keep counting)', 'aria-expanded': 'true', onclick: () => this.fold(true) }, 'Hide'),
    );
    const body = step
      ? [
          step.showMe ? h('button', { id: 'coach-show', title: 'Point it out on the map', onclick: () => this.handlers.showMe(step) }, 'Show me') : null,
          h('p', { class: 'coach-title', id: 'coach-step', dataset: { step: step.id } }, step.title),
          h('p', { class: 'coach-text' }, step.text),
        ]
      : [
          h('button', { id: 'coach-close', onclick: () => this.dismiss() }, 'Close the tutorial'),
          h('p', { class: 'coach-title', id: 'coach-step', dataset: { step: 'done' } }, 'You know the controls.'),
          h('p', { class: 'coach-text' }, this.goal),
        ];
    const list = h(
      'ol',
      { class: 'coach-steps', 'aria-label': 'Steps' },
      ...p.steps.map((s, i) => h('li', { class: s.done ? 'done' : i === p.current ? 'current' : '', dataset: { step: s.id } }, h('span', { class: 'tick', 'aria-hidden': 'true' }, s.done ? '✓' : '·'), ` ${s.title}`, s.done ? h('span', { class: 'sr-only' }, ' (done)') : null)),
    );
    fill(this.element, head, ...body, list);
  }

  private fold(folded: boolean): void {
    this.folded = folded;
    if (this.last) this.render(this.last);
    (this.element.querySelector(folded ? '#coach-unfold' : '#coach-fold') as HTMLElement | null)?.focus();
  }

  private dismiss(): void {
    this.dismissed = true;
    if (this.last) this.render(this.last);
  }
}
