/**
 * The teacher's pages in the address: `?teacher=class` (the class view) and `?teacher=editor` (make an exercise).
 * Small and free of the pages themselves, so the first load carries only this; the pages are loaded when asked for.
 */
export type TeacherRoute = 'class' | 'editor';

/** The page the address asks for, or null (with a sentence when `teacher=` names no page). */
export const teacherRoute = (search: string): { route: TeacherRoute | null; problem: string | null } => {
  const value = new URLSearchParams(search).get('teacher');
  if (value === null) return { route: null, problem: null };
  if (value === 'class' || value === 'editor') return { route: value, problem: null };
  return { route: null, problem: `"teacher=${value.slice(0, 40)}" is not a page; use teacher=class (class results) or teacher=editor (make an exercise).` };
};
