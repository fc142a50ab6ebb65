/**
 * The teacher's pages, loaded only when asked for (`?teacher=…`): the class view and the exercise editor. The App
 * hands over the catalogue and the ways out (the menu, the replay viewer); the workers are made here, so the
 * bundler finds them with the page that uses them.
 */
import type { GameRecord } from '../../replay';
import type { ScenarioCatalog } from '../controller/catalog';
import type { LabInit, LabReply, LabTask } from '../lab/lab-messages';
import type { PoolWorker } from '../lab/lab-pool';
import type { CheckInit, CheckReply, CheckTask } from './check-messages';
import { ClassPage } from './class-page';
import { EditorPage } from './editor-page';
import type { TeacherRoute } from './teacher-url';

export interface TeacherDeps {
  readonly catalog: ScenarioCatalog;
  readonly onMenu: () => void;
  readonly onWatch: (record: GameRecord, title: string, back: () => void) => void;
}

export interface TeacherPage {
  show(): void;
  hide(): void;
  dispose(): void;
}

export const openTeacherPage = (route: TeacherRoute, deps: TeacherDeps): TeacherPage => {
  if (route === 'editor') return new EditorPage({ catalog: deps.catalog, onMenu: deps.onMenu });
  return new ClassPage({
    ...deps,
    labWorkers: () => new Worker(new URL('../lab/lab-worker.ts', import.meta.url), { type: 'module' }) as unknown as PoolWorker<LabTask | LabInit, LabReply>,
    checkWorkers: () => new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' }) as unknown as PoolWorker<CheckTask | CheckInit, CheckReply>,
  });
};
