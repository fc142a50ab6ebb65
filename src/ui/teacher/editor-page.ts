/** The exercise editor (`?teacher=editor`): placeholder until the form lands. */
import type { ScenarioCatalog } from '../controller/catalog';
import { fill, h } from '../hud/dom';
import { teacherHeader, teacherRoot } from './teacher-shell';

export interface EditorPageDeps {
  readonly catalog: ScenarioCatalog;
  readonly onMenu: () => void;
}

export class EditorPage {
  private readonly root = teacherRoot();

  constructor(deps: EditorPageDeps) {
    fill(this.root, h('div', { class: 'wrap' }, teacherHeader('Make an exercise', 'A lesson in one file.', deps.onMenu)));
  }

  show(): void {
    this.root.classList.remove('hidden');
  }

  hide(): void {
    this.root.classList.add('hidden');
  }

  dispose(): void {
    this.root.replaceChildren();
    this.root.classList.add('hidden');
  }
}
