/**
 * Messages the player must read but that need no decision: a URL parameter that was wrong and what was used instead,
 * a save that could not be written. Shown in a polite live region at the top of the page until dismissed; never
 * silent, never a blocking dialog.
 */
import { h } from './dom';

export const showNotices = (messages: readonly string[]): void => {
  if (messages.length === 0) return;
  let box = document.getElementById('notices');
  if (!box) {
    box = h('div', { id: 'notices', class: 'panel', role: 'status', 'aria-live': 'polite' });
    document.body.append(box);
  }
  const list = box.querySelector('ul') ?? box.appendChild(h('ul'));
  // Text only: a message may quote a URL or a file, which must never become markup.
  for (const m of messages) list.append(h('li', {}, m));
  if (!box.querySelector('button')) {
    box.append(h('button', { id: 'notices-close', title: 'Dismiss these messages', onclick: () => document.getElementById('notices')?.remove() }, 'OK'));
  }
};
