/** What the teacher's two pages share: their page element (made on first use) and their header with the way back. */
import { h } from '../hud/dom';
import './teacher.css';

export const teacherRoot = (): HTMLElement => {
  let root = document.getElementById('teacher');
  if (!root) {
    root = h('main', { id: 'teacher' });
    document.body.append(root);
  }
  root.classList.remove('hidden');
  return root;
};

export const teacherHeader = (title: string, lede: string, onMenu: () => void): HTMLElement =>
  h(
    'header',
    { class: 'teacher-header' },
    h('div', {}, h('h1', {}, title), h('p', { class: 'lede' }, lede)),
    h('div', { class: 'teacher-header-buttons' }, h('button', { id: 'teacher-menu', type: 'button', title: 'Back to the menu', onclick: () => onMenu() }, 'Menu')),
  );
