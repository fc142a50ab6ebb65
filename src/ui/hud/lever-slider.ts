/**
 * A what-if lever as a range input with its value shown beside it: the menu (one game) and the lab (A and B) set
 * levers the same way, from the scenario's lever definition.
 */
import type { ScenarioEntry } from '../controller/catalog';
import { h } from './dom';

type Lever = ScenarioEntry['levers'][number];

export interface LeverSlider {
  readonly input: HTMLElement;
  /** The value as shown, kept up to date as the slider moves. */
  readonly output: HTMLElement;
}

export const leverSlider = (
  lever: Lever,
  value: number,
  options: { id: string; dataset: Record<string, string>; show: (v: number) => string; onValue: (v: number) => void },
): LeverSlider => {
  const output = h('output', { for: options.id }, options.show(value));
  const input = h('input', {
    id: options.id,
    type: 'range',
    min: String(lever.min),
    max: String(lever.max),
    step: String(lever.step || 1),
    value: String(value),
    title: lever.description,
    dataset: options.dataset,
    oninput: (ev: Event) => {
      const v = Number((ev.target as HTMLInputElement).value);
      output.textContent = options.show(v);
      options.onValue(v);
    },
  });
  return { input, output };
};
